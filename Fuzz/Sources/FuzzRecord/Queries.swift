import TaakboekCore
import TaakboekHistory

/// Every query that reads a record tree: what `history` (with its chart), `report`, `overview` and
/// `progress` print for the fuzzed records, in one format and language.
enum Queries {
    static func run(on tree: RecordTree, format: QueryFormat, language: Language) {
        let histories = tree.municipalities.map(PeriodHistory.init)
        if format == .html {
            _ = PeriodHistory.page(histories, language: language)
        } else {
            _ = PeriodHistory.render(histories, format: format, language: language)
        }
        // A table format for the queries that have no HTML.
        let tableFormat = format == .html ? QueryFormat.markdown : format
        let periods = Set(tree.municipalities.flatMap { $0.periods.compactMap(\.id) })
        for records in tree.municipalities {
            for period in records.periods.compactMap(\.id) {
                _ = PeriodReport(records, period: period)?.render(format, language: language)
            }
        }
        for period in periods {
            _ = PeriodOverview(tree.municipalities, period: period)
                .table(peildatum: period.firstDay.description, language: language).render(
                    tableFormat, language: language)
            for date in [period.firstDay, PartialDate(year: period.year, month: period.half * 6 - 2), period.lastDay] {
                _ = PeriodProgress(tree, on: date).table(language: language).render(tableFormat, language: language)
            }
        }
    }
}
