/// A calendar half-year: `2024-I` is 1 January to 30 June 2024, `2024-II` is 1 July to 31 December.
public struct PeriodID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 or 2.
    public let half: Int

    public init(year: Int, half: Int) {
        self.year = year
        self.half = half
    }

    /// Parses `YYYY-I` or `YYYY-II`; nil for anything else. Reads the UTF-8 bytes; text with a
    /// non-ASCII byte is left to `reference(_:)`, the Character-based reading this one must agree with.
    public init?(_ text: String) {
        switch text.utf8.withContiguousStorageIfAvailable(PeriodID.parseASCII) {
        case .some(.period(let period)): self = period
        case .some(.invalid): return nil
        case .some(.notASCII), nil:
            guard let period = PeriodID.reference(text) else { return nil }
            self = period
        }
    }

    private enum ASCIIParse {
        case period(PeriodID)
        case invalid
        case notASCII
    }

    /// Four digits making a year of at least 1000, `-`, and `I` or `II`.
    private static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIParse {
        guard ASCIIBytes.isASCII(bytes) else { return .notASCII }
        guard bytes.count == 6 || bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = ASCIIBytes.digits(bytes, 0..<4), year >= 1000
        else { return .invalid }
        if ASCIIBytes.equal(bytes, 5..<bytes.count, "I") { return .period(PeriodID(year: year, half: 1)) }
        if ASCIIBytes.equal(bytes, 5..<bytes.count, "II") { return .period(PeriodID(year: year, half: 2)) }
        return .invalid
    }

    /// The Character-based parse `init?(_:)` replaced: it still reads text with a non-ASCII byte,
    /// and tests compare the two on every other input.
    static func reference(_ text: String) -> PeriodID? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII),
            let year = Int(parts[0]), year >= 1000
        else { return nil }
        switch parts[1] {
        case "I": return PeriodID(year: year, half: 1)
        case "II": return PeriodID(year: year, half: 2)
        default: return nil
        }
    }

    /// The half-year that contains a date (for a month- or year-precise date, its first day).
    public init(containing date: PartialDate) {
        year = date.year
        half = (date.month ?? 1) <= 6 ? 1 : 2
    }

    public var description: String { "\(year)-\(half == 1 ? "I" : "II")" }

    public var next: PeriodID { half == 1 ? PeriodID(year: year, half: 2) : PeriodID(year: year + 1, half: 1) }
    public var previous: PeriodID { half == 2 ? PeriodID(year: year, half: 1) : PeriodID(year: year - 1, half: 2) }

    public var firstDay: PartialDate { PartialDate(year: year, month: half == 1 ? 1 : 7, day: 1) }
    public var lastDay: PartialDate { PartialDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31) }

    /// The day `achterstand_begin` is measured on: the half-year's first day (2024-II: 1 July 2024).
    public var backlogStartDate: PartialDate { firstDay }

    /// The day `achterstand_eind` is measured on: the next half-year's first day (2024-II: 1 January
    /// 2025), as council letters say "achterstand per 1 januari 2025".
    public var backlogEndDate: PartialDate { next.firstDay }

    /// Whether a date lies inside this half-year. A month-precise date lies inside when its month
    /// does; a year-precise date never lies inside one half-year for certain.
    public func contains(_ date: PartialDate) -> Bool {
        date.earliestDayNumber >= firstDay.earliestDayNumber && date.latestDayNumber <= lastDay.latestDayNumber
    }

    public static func < (lhs: PeriodID, rhs: PeriodID) -> Bool { (lhs.year, lhs.half) < (rhs.year, rhs.half) }

    /// The number of half-years from `self` to `other` (positive when other is later).
    public func distance(to other: PeriodID) -> Int { (other.year - year) * 2 + (other.half - half) }
}
