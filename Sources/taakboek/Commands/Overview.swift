import ArgumentParser
import TaakboekCore
import TaakboekHistory
import TaakboekState

extension Taakboek {
    struct Overview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overview",
            abstract:
                "Toont per gemeente de stand op een peildatum: achterstand, taakstelling en opgave van de periode die dan begint.",
            discussion: """
                De peildatum is 1 januari of 1 juli (JJJJ-01-01 of JJJJ-07-01). De achterstand is de achterstand_begin \
                van de periode die dan begint, anders de achterstand_eind van de periode ervoor, anders berekend uit \
                die periode (achterstand_begin + taakstelling − gehuisvest); de kolom 'Achterstand uit' zegt welke. \
                Een onbekend cijfer blijft leeg (onbekend), nooit 0. Zonder --as-of: de records in de werkmap (in \
                een kale repository: HEAD), met de cijfers van vandaag; met --as-of: de records zoals ze stonden in \
                die revisie of op die datum, met de cijfers van die dag (bij een revisie: de dag van haar commit). \
                Een correctie met een latere datum is teruggedraaid; de kolom 'Gecorrigeerd' noemt de correcties \
                die toen al golden. De stand zoals die op de peildatum zelf was: --as-of gelijk aan --date.
                """)

        @ParentCommand var root: Taakboek

        @Option(help: ArgumentHelp("De peildatum: 1 januari of 1 juli.", valueName: "JJJJ-MM-DD"))
        var date: String

        @Option(help: ArgumentHelp("Alleen de gemeenten van deze provincie.", valueName: "naam"))
        var province: String?

        @OptionGroup var asOf: AsOfOption

        @OptionGroup var output: FormatOption<QueryFormats>

        func validate() throws {
            guard let day = PartialDate(date), day.day != nil, PeriodOverview.period(startingOn: day) != nil else {
                throw UsageLanguage.error(
                    nl:
                        "'\(date)' is geen peildatum; geef 1 januari of 1 juli als JJJJ-MM-DD, bijvoorbeeld 2025-01-01.",
                    en:
                        "'\(date)' is not a reference date; give 1 January or 1 July as YYYY-MM-DD, for example 2025-01-01."
                )
            }
        }

        func run() throws {
            guard let day = PartialDate(date), let period = PeriodOverview.period(startingOn: day) else {
                throw CommandExit(.failure)
            }
            do {
                let moment = try RecordStates.moment(asOf: asOf.asOf, root)
                let municipalities = try moment.state.periodRecords()
                var overview = PeriodOverview(municipalities, period: period, on: moment.day)
                if let province {
                    overview = overview.inProvince(province)
                    guard !overview.rows.isEmpty else {
                        let known = Set(municipalities.compactMap { $0.municipality?.provincie?.value }).sorted()
                        let list = known.isEmpty ? "geen" : known.joined(separator: ", ")
                        let listEn = known.isEmpty ? "none" : known.joined(separator: ", ")
                        throw SourceError(
                            LocalizedText(
                                nl:
                                    "geen gemeente in provincie '\(province)'; provincies in de records (veld provincie in gemeente.yaml): \(list)",
                                en:
                                    "no municipality in province '\(province)'; provinces in the records (field provincie in gemeente.yaml): \(listEn)"
                            ))
                    }
                }
                FileHandleOutput.standardOutput(
                    overview.table(
                        peildatum: date, language: root.lang, allColumns: [.json, .csv].contains(output.format)
                    ).render(output.format, language: root.lang))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
