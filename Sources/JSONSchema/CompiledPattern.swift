import Foundation

/// A `pattern` or `patternProperties` key, compiled once.
///
/// Uses `NSRegularExpression` (ICU) rather than Swift `Regex`: it is `Sendable`, its syntax
/// is closer to ECMA-262, and it was no slower in measurement. Matching is an unanchored
/// search, as JSON Schema requires.
struct CompiledPattern: Sendable {
    let source: String
    private let expression: NSRegularExpression

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
        let range = NSRange(location: 0, length: text.utf16.count)
        return expression.rangeOfFirstMatch(in: text, options: [], range: range).location != NSNotFound
    }

    struct PatternError: Error {
        let reason: String
    }
}
