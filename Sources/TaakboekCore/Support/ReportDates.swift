/// Dates and half-years written out as a council letter writes them: "1 juli 2024",
/// "juli–december 2024" (English: "1 July 2024", "July–December 2024").
public enum ReportDates {
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    public static func month(_ number: Int, _ language: Language) -> String {
        let names = language == .nl ? dutchMonths : englishMonths
        return names.indices.contains(number - 1) ? names[number - 1] : String(number)
    }

    /// "1 juli 2024"; a month- or year-precise date as "juli 2024" or "2024".
    public static func long(_ date: PartialDate, _ language: Language) -> String {
        guard let monthNumber = date.month else { return String(date.year) }
        let monthAndYear = "\(month(monthNumber, language)) \(date.year)"
        guard let day = date.day else { return monthAndYear }
        return "\(day) \(monthAndYear)"
    }

    /// The months a half-year spans: "juli–december 2024".
    public static func months(_ period: PeriodID, _ language: Language) -> String {
        "\(month(period.firstDay.month ?? 1, language))–\(month(period.lastDay.month ?? 12, language)) \(period.year)"
    }

    /// Both languages at once, for the texts a report carries.
    public static func long(_ date: PartialDate) -> LocalizedText {
        LocalizedText(nl: long(date, .nl), en: long(date, .en))
    }

    public static func months(_ period: PeriodID) -> LocalizedText {
        LocalizedText(nl: months(period, .nl), en: months(period, .en))
    }
}
