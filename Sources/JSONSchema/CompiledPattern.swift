import Foundation

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

    func matches(_ text: String) -> Bool {
        let key = ExactString(text)
        if let known = memo.lookUp(key) { return known }
        let range = NSRange(location: 0, length: text.utf16.count)
        let found =
            expression.rangeOfFirstMatch(in: text, options: [], range: range).location != NSNotFound
        memo.remember(key, found, capacity: Self.memoCapacity)
        return found
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
        var results: [ExactString: Bool] = [:]
    }

    private func shard(_ key: ExactString) -> Shard {
        shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
    }

    func lookUp(_ key: ExactString) -> Bool? {
        let shard = shard(key)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.results[key]
    }

    func remember(_ key: ExactString, _ result: Bool, capacity: Int) {
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
