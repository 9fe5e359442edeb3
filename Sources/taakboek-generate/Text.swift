/// Small text helpers that avoid Foundation's `String(format:)`, which is slow in bulk.
enum Text {
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// `value` in decimal, left-padded with zeros to at least `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value < 0 ? -value : value)
        let padding = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// `1 persoon`, `3 personen`.
    static func persons(_ count: Int) -> String {
        count == 1 ? "1 persoon" : "\(count) personen"
    }

    /// A backlog in Dutch words: `een achterstand van 12` or `een voorsprong van 3`.
    static func backlog(_ value: Int) -> String {
        value < 0 ? "een voorsprong van \(-value)" : "een achterstand van \(value)"
    }
}
