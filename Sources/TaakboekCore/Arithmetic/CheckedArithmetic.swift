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
    public static func ceilingOfProductQuotient(_ a: Int, _ b: Int, _ c: Int) -> Int? {
        guard a >= 0, b >= 0, c > 0 else { return nil }
        let product = a.multipliedFullWidth(by: b)
        // The quotient fits in an Int exactly when the high word is below the divisor.
        guard product.high < c else { return nil }
        let (quotient, remainder) = c.dividingFullWidth((high: product.high, low: product.low))
        if remainder == 0 { return quotient }
        let (rounded, overflow) = quotient.addingReportingOverflow(1)
        return overflow ? nil : rounded
    }
}
