import ArgumentParser
import Foundation
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
                nog over zijn (de huidige meegeteld), naar boven afgerond. Leest de huidige records van de werkmap.
                """)

        @ParentCommand var root: Taakboek

        @Option(help: ArgumentHelp("De datum (standaard vandaag).", valueName: "JJJJ-MM-DD"))
        var date: String?

        @OptionGroup var output: FormatOption<QueryFormats>

        func validate() throws {
            if let date, PartialDate(date)?.day == nil {
                throw UsageLanguage.error(
                    nl: "'\(date)' is geen datum; geef JJJJ-MM-DD, bijvoorbeeld 2025-03-15.",
                    en: "'\(date)' is not a date; give YYYY-MM-DD, for example 2025-03-15.")
            }
        }

        func run() throws {
            let text = date ?? HistoryPoint.dateText(Int64(Date().timeIntervalSince1970))
            guard let day = PartialDate(text) else { throw CommandExit(.failure) }
            do {
                let tree = try RecordStates.current(root).periodTree(placements: true, also: [.coa])
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
