/// A calendar date known to the day, the month or only the year (`2024-09-15`, `2024-09`,
/// `2025`). Sources often give no exact day ("in September 2024"), and a record must not invent
/// one: comparisons therefore work on the range of days a date may stand for.
public struct PartialDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist. Reads the
    /// UTF-8 bytes (every date of every record comes through here); text with a non-ASCII byte is
    /// left to `reference(_:)`, the Character-based reading this one must agree with.
    public init?(_ text: String) {
        switch text.utf8.withContiguousStorageIfAvailable(PartialDate.parseASCII) {
        case .some(.date(let date)): self = date
        case .some(.invalid): return nil
        case .some(.notASCII), nil:
            guard let date = PartialDate.reference(text) else { return nil }
            self = date
        }
    }

    private enum ASCIIParse {
        case date(PartialDate)
        case invalid
        case notASCII
    }

    /// ASCII digits in parts of 4, 2 and 2 bytes between `-`, with an existing month and day.
    private static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIParse {
        guard ASCIIBytes.isASCII(bytes) else { return .notASCII }
        // The year's four digits, then "-MM" and "-DD": 4, 7 or 10 bytes.
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10,
            let year = ASCIIBytes.digits(bytes, 0..<4)
        else { return .invalid }
        guard bytes.count >= 7 else { return .date(PartialDate(year: year)) }
        guard bytes[4] == UInt8(ascii: "-"), let month = ASCIIBytes.digits(bytes, 5..<7), (1...12).contains(month)
        else { return .invalid }
        guard bytes.count == 10 else { return .date(PartialDate(year: year, month: month)) }
        guard bytes[7] == UInt8(ascii: "-"), let day = ASCIIBytes.digits(bytes, 8..<10),
            (1...PartialDate.daysIn(month: month, year: year)).contains(day)
        else { return .invalid }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    /// The Character-based parse `init?(_:)` replaced: it still reads text with a non-ASCII byte,
    /// and tests compare the two on every other input.
    static func reference(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0])
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, let value = Int(parts[2]),
                (1...PartialDate.daysIn(month: month, year: year)).contains(value)
            else { return nil }
            day = value
        }
        return PartialDate(year: year, month: month, day: day)
    }

    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    public var isExact: Bool { day != nil }

    /// Days since 1970-01-01 of the first day this date may stand for.
    public var earliestDayNumber: Int {
        PartialDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// Days since 1970-01-01 of the last day this date may stand for.
    public var latestDayNumber: Int {
        let lastMonth = month ?? 12
        return PartialDate.dayNumber(
            year: year, month: lastMonth, day: day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// Whether this date is certainly before `other` (every day it may be lies before every day of other).
    public func isCertainlyBefore(_ other: PartialDate) -> Bool { latestDayNumber < other.earliestDayNumber }

    /// Whether this date is certainly after `other`.
    public func isCertainlyAfter(_ other: PartialDate) -> Bool { earliestDayNumber > other.latestDayNumber }

    /// The date `months` calendar months later (day clamped to the month's length).
    public func adding(months: Int) -> PartialDate {
        guard let month else { return PartialDate(year: year + months / 12) }
        let zeroBased = year * 12 + (month - 1) + months
        let newYear = zeroBased / 12
        let newMonth = zeroBased % 12 + 1
        guard let day else { return PartialDate(year: newYear, month: newMonth) }
        return PartialDate(
            year: newYear, month: newMonth, day: min(day, PartialDate.daysIn(month: newMonth, year: newYear)))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days since 1970-01-01 of a day in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of a day number (Howard Hinnant's `civil_from_days`), the inverse of `dayNumber`.
    public static func civil(dayNumber days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) { self = PartialDate.zeroPadded(value, width: 4) }
}

extension PartialDate {
    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
