/// Sums and products that report overflow instead of wrapping or trapping: a figure too large for
/// the arithmetic is a finding, never a silent wrong total.
public enum CheckedArithmetic {
    /// `terms` added with their signs; nil on overflow.
    public static func sum(_ terms: [(sign: Int, value: Int)]) -> Int? {
        var total = 0
        for term in terms {
            let (next, overflow) =
                term.sign >= 0
                ? total.addingReportingOverflow(term.value) : total.subtractingReportingOverflow(term.value)
            if overflow { return nil }
            total = next
        }
        return total
    }

    /// ⌈a × b / c⌉ for non-negative a, b and positive c; nil when the result does not fit.
    ///
    /// Worked in unsigned 128 bits: a signed full-width division traps when its quotient does not
    /// fit an Int even though the high word is below the divisor (⌈Int.max × 4 / 2⌉ did).
    public static func ceilingOfProductQuotient(_ a: Int, _ b: Int, _ c: Int) -> Int? {
        guard a >= 0, b >= 0, c > 0 else { return nil }
        let product = UInt(a).multipliedFullWidth(by: UInt(b))
        let divisor = UInt(c)
        // The quotient fits in 64 unsigned bits exactly when the high word is below the divisor.
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let (rounded, overflow) = quotient.addingReportingOverflow(remainder == 0 ? 0 : 1)
        return overflow ? nil : Int(exactly: rounded)
    }
}
