/// A calendar day, stored as the number of days since 1970-01-01 (proleptic Gregorian).
///
/// Foundation's `Calendar` is slow and time-zone dependent; the generator needs only whole days,
/// so it uses Howard Hinnant's civil-from-days algorithms, which are exact and fast.
struct CivilDay: Comparable, Hashable, Sendable {
    let number: Int

    init(number: Int) {
        self.number = number
    }

    init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// (year, month, day) of this day.
    var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    var year: Int { components.year }
    var month: Int { components.month }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int {
        let w = (number + 4) % 7
        return w >= 0 ? w : w + 7
    }

    func adding(days: Int) -> CivilDay {
        CivilDay(number: number + days)
    }

    /// Monday to Friday, except New Year's Day and Christmas (the fixed public holidays).
    var isWorkday: Bool {
        guard weekday != 0 && weekday != 6 else { return false }
        let c = components
        return !(c.month == 1 && c.day == 1) && !(c.month == 12 && (c.day == 25 || c.day == 26))
    }

    /// The workday `count` workdays after the first workday on or after this day.
    func adding(workdays count: Int) -> CivilDay {
        var day = nextWorkday
        for _ in 0..<max(0, count) { day = day.adding(days: 1).nextWorkday }
        return day
    }

    /// The first workday on or after this day.
    var nextWorkday: CivilDay {
        var day = self
        while !day.isWorkday { day = day.adding(days: 1) }
        return day
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        let c = components
        return "\(Text.padded(c.year, 4))-\(Text.padded(c.month, 2))-\(Text.padded(c.day, 2))"
    }

    /// Dutch long form, e.g. `1 juli 2024`.
    var dutch: String {
        let c = components
        return "\(c.day) \(Text.dutchMonths[c.month - 1]) \(c.year)"
    }

    static func < (lhs: CivilDay, rhs: CivilDay) -> Bool {
        lhs.number < rhs.number
    }
}
