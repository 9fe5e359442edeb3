import TaakboekCore

extension PeriodHistory {
    /// The histories as one HTML page: per municipality its chart and its table.
    public static func page(_ histories: [PeriodHistory], language: Language) -> String {
        let title = LocalizedText(
            nl: "Historie taakstelling huisvesting vergunninghouders",
            en: "History of the housing target for permit holders")
        let introduction = LocalizedText(
            nl:
                "Per halfjaar: achterstand aan het begin, taakstelling, opgave, gehuisvest en achterstand aan het eind. Een onbekend cijfer is een lege plek in de grafiek en ‘onbekend’ in de tabel, nooit 0.",
            en:
                "Per half-year: backlog at the start, target, to house, housed and backlog at the end. An unknown figure is a gap in the chart and ‘unknown’ in the table, never 0."
        )
        let sections = histories.map { history in
            HTMLPage.Section(
                heading: history.name,
                body: "<figure>\n" + history.chart.svg(language: language, standalone: false) + "</figure>\n"
                    + history.table.render(.html, language: language))
        }
        return HTMLPage.render(
            title: title.text(in: language), introduction: introduction.text(in: language), sections: sections,
            language: language)
    }
}
