import TaakboekCore

/// Dates as .xlsx stores them: a serial number of days, with the time as its fraction. In the
/// 1900 system day 1 is 1900-01-01 and day 60 is the 29 February 1900 that never was (Lotus 1-2-3
/// counted 1900 as a leap year, and Excel kept it), so from day 61 on the days count from
/// 1899-12-30. In the 1904 system day 0 is 1904-01-01.
enum ExcelDate {
    static func serial(_ text: String, uses1904: Bool) -> Cell? {
        guard let value = Double(text), value.isFinite, value >= 0, value < 3_000_000 else { return nil }
        let day = Int(value.rounded(.down))
        let days: Int
        if uses1904 {
            days = PartialDate.dayNumber(year: 1904, month: 1, day: 1) + day
        } else if day == 0 || day == 60 {
            return nil
        } else if day < 60 {
            days = PartialDate.dayNumber(year: 1899, month: 12, day: 31) + day
        } else {
            days = PartialDate.dayNumber(year: 1899, month: 12, day: 30) + day
        }
        let (year, month, dayOfMonth) = PartialDate.civil(dayNumber: days)
        return .date(year: year, month: month, day: dayOfMonth)
    }

    /// `2025-03-01` or `2025-03-01T00:00:00` (the `t="d"` cells some programs write).
    static func iso(_ text: String) -> Cell? {
        let date = text.prefix(10)
        let parts = date.split(separator: "-")
        guard date.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), day >= 1, day <= PartialDate.daysIn(month: month, year: year)
        else { return nil }
        return .date(year: year, month: month, day: day)
    }
}
