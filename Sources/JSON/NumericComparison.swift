/// Exact comparisons between the two numeric representations of a JSON number.
package enum NumericComparison {
    /// Whether an integer and a double are the same number (no rounding either way).
    package static func equal(integer: Int, double: Double) -> Bool {
        guard let exact = Int(exactly: double) else { return false }
        return exact == integer
    }
}
