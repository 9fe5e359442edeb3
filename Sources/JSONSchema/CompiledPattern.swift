import Foundation
import JSON

/// A `pattern` or `patternProperties` key, compiled once.
///
/// Uses `NSRegularExpression` (ICU) rather than Swift `Regex`: it is `Sendable`, its syntax
/// is closer to ECMA-262, and it was no slower in measurement. Matching is an unanchored
/// search, as JSON Schema requires.
///
/// A regex search costs about a microsecond, which dominated validation of small records,
/// while the strings searched (member names, codes, periods) repeat from one record to
/// the next. So results are remembered, up to `memoCapacity` distinct strings per pattern.
struct CompiledPattern: Sendable {
    let source: String
    private let expression: NSRegularExpression
    private let memo = PatternMemo()

    /// Enough for every date of a national repository's quarter century (about 9,000).
    static let memoCapacity = 65_536

    /// Throws the ICU error text when the pattern is invalid.
    init(_ source: String) throws(PatternError) {
        self.source = source
        do {
            expression = try NSRegularExpression(pattern: ECMAScriptPattern.icuPattern(for: source))
        } catch {
            throw PatternError(reason: "\(error.localizedDescription)")
        }
    }

    /// What a search found; `tooExpensive` when it was stopped after `budget` progress reports.
    enum SearchResult: Sendable {
        case found
        case notFound
        case tooExpensive
    }

    /// Whether the pattern occurs in `text`, searching at most `budget` progress reports of ICU's
    /// matcher (see `ValidationLimits.maxPatternSearch`).
    func search(_ text: String, budget: Int) -> SearchResult {
        let key = ExactString(text)
        if let known = memo.lookUp(key) { return known }
        let range = NSRange(location: 0, length: text.utf16.count)
        var result = SearchResult.notFound
        var reports = 0
        // `reportProgress` makes ICU call back every 10,000 steps, which is where a runaway
        // search is stopped.
        expression.enumerateMatches(in: text, options: [.reportProgress], range: range) { match, _, stop in
            if match != nil {
                result = .found
                stop.pointee = true
                return
            }
            reports += 1
            if reports > budget {
                result = .tooExpensive
                stop.pointee = true
            }
        }
        memo.remember(key, result, capacity: Self.memoCapacity)
        return result
    }

    /// `search` with the default budget, a search stopped counting as no match (to pick the
    /// schema of a member by its name).
    func matches(_ text: String) -> Bool {
        search(text, budget: ValidationLimits.default.maxPatternSearch) == .found
    }

    struct PatternError: Error {
        let reason: String
    }
}

/// Remembered match results, shared by every thread using the validator: in shards with a
/// lock each, so threads validating records at the same time seldom wait for one another.
private final class PatternMemo: @unchecked Sendable {
    private let shards = (0..<16).map { _ in Shard() }

    private final class Shard: @unchecked Sendable {
        // @unchecked: `results` is only touched while holding `lock`.
        let lock = NSLock()
        var results: [ExactString: CompiledPattern.SearchResult] = [:]
    }

    private func shard(_ key: ExactString) -> Shard {
        shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
    }

    func lookUp(_ key: ExactString) -> CompiledPattern.SearchResult? {
        let shard = shard(key)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.results[key]
    }

    func remember(_ key: ExactString, _ result: CompiledPattern.SearchResult, capacity: Int) {
        // Long strings are unlikely to repeat and would make the memo large.
        guard key.value.utf8.count <= 256 else { return }
        let shard = shard(key)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        if shard.results.count < capacity / shards.count {
            shard.results[key] = result
        }
    }
}
