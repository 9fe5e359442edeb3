import JSON
/// Exact comparisons between the two numeric representations (equality is `JSON`'s).
extension NumericComparison {
    /// Three-way comparison of two JSON numbers without losing integer precision where both
    /// sides are integers. Returns nil when either value is not a number.
    static func compare(_ lhs: JSONValue, _ rhs: NumericLimit) -> Int? {
        switch lhs {
        case .integer(let value):
            if let limit = rhs.integer {
                return value < limit ? -1 : (value == limit ? 0 : 1)
            }
            return compareDoubles(Double(value), rhs.double)
        case .number(let value):
            return compareDoubles(value, rhs.double)
        default:
            return nil
        }
    }

    private static func compareDoubles(_ a: Double, _ b: Double) -> Int {
        a < b ? -1 : (a == b ? 0 : 1)
    }
}

/// A numeric schema limit kept in both representations, so integer instances compare exactly.
struct NumericLimit: Sendable, Hashable {
    let double: Double
    let integer: Int?

    init?(_ value: JSONValue) {
        switch value {
        case .integer(let value):
            double = Double(value)
            integer = value
        case .number(let value) where value.isFinite:
            double = value
            integer = Int(exactly: value)
        default:
            return nil
        }
    }
}
