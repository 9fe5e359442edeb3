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

    static let memoCapacity = 2_048

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

/// Remembered match results, shared by every thread using the validator.
private final class PatternMemo: @unchecked Sendable {
    // @unchecked: `results` is only touched while holding `lock`.
    private let lock = NSLock()
    private var results: [ExactString: Bool] = [:]

    func lookUp(_ key: ExactString) -> Bool? {
        lock.lock()
        defer { lock.unlock() }
        return results[key]
    }

    func remember(_ key: ExactString, _ result: Bool, capacity: Int) {
        // Long strings are unlikely to repeat and would make the memo large.
        guard key.value.utf8.count <= 256 else { return }
        lock.lock()
        defer { lock.unlock() }
        if results.count < capacity {
            results[key] = result
        }
    }
}
