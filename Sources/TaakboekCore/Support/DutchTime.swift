import Foundation

/// The calendar the records are kept in: the Gregorian calendar in Dutch time (Europe/Amsterdam).
/// A commit made on 1 July at 23:30 in the Netherlands is dated 1 July, whatever the machine's
/// own time zone.
public enum DutchTime {
    public static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone.gmt

    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    /// A moment (seconds since 1970) as `YYYY-MM-DD` in Dutch time.
    public static func dateText(_ seconds: Int64) -> String {
        let components = calendar.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// Today in Dutch time.
    public static func today() -> PartialDate {
        PartialDate(dateText(Int64(Date().timeIntervalSince1970))) ?? PartialDate(year: 1970, month: 1, day: 1)
    }
}
