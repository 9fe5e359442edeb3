import ArgumentParser
import TaakboekCore
import TaakboekHistory
import TaakboekState

extension Taakboek {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract:
                "Toont per gemeente de voortgang in de open periode: opgave, gehuisvest volgens de plaatsingen, resterend en nodig per maand.",
            discussion: """
                Gehuisvest telt de personen van de meetellende plaatsingen (soorten met telt: true in \
                schemas/soorten.yaml) met een datum op of voor --date (standaard vandaag); een datum met alleen een \
                maand telt zodra die maand begonnen is. Nodig per maand is resterend gedeeld door de maanden die \
                nog over zijn (de huidige meegeteld), naar boven afgerond. De opgave is die van --date: een \
                correctie met een latere datum is teruggedraaid, een eerdere staat in de opmerking. Zonder --as-of: \
                de records in de werkmap (in een kale repository: HEAD); met --as-of: zoals ze stonden in die \
                revisie of op die datum. Is --as-of een datum en ontbreekt --date, dan telt die datum (bij een \
                revisie: de dag van haar commit).
                """)

        @ParentCommand var root: Taakboek

        @Option(
            help: ArgumentHelp(
                "De datum die telt (standaard de dag van --as-of, anders vandaag).", valueName: "JJJJ-MM-DD"))
        var date: String?

        @OptionGroup var asOf: AsOfOption

        @OptionGroup var output: FormatOption<QueryFormats>

        func validate() throws {
            if let date, PartialDate(date)?.day == nil {
                throw UsageLanguage.error(
                    nl: "'\(date)' is geen datum; geef JJJJ-MM-DD, bijvoorbeeld 2025-03-15.",
                    en: "'\(date)' is not a date; give YYYY-MM-DD, for example 2025-03-15.")
            }
        }

        func run() throws {
            do {
                let moment = try RecordStates.moment(asOf: asOf.asOf, root)
                let day = date.flatMap(PartialDate.init) ?? moment.day
                let tree = try moment.state.periodTree(placements: true, also: [.coa])
                let progress = PeriodProgress(tree, on: day)
                FileHandleOutput.standardOutput(
                    progress.table(language: root.lang, coaColumns: [.json, .csv].contains(output.format))
                        .render(output.format, language: root.lang))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
