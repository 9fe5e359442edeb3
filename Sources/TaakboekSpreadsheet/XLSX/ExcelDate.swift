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
            days = daysFromCivil(year: 1904, month: 1, day: 1) + day
        } else if day == 0 || day == 60 {
            return nil
        } else if day < 60 {
            days = daysFromCivil(year: 1899, month: 12, day: 31) + day
        } else {
            days = daysFromCivil(year: 1899, month: 12, day: 30) + day
        }
        let (year, month, dayOfMonth) = civil(fromDays: days)
        return .date(year: year, month: month, day: dayOfMonth)
    }

    /// `2025-03-01` or `2025-03-01T00:00:00` (the `t="d"` cells some programs write).
    static func iso(_ text: String) -> Cell? {
        let date = text.prefix(10)
        let parts = date.split(separator: "-")
        guard date.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return .date(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a day in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
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
