import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekHistory
import TaakboekState

extension Taakboek {
    struct Reconcile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reconcile",
            abstract:
                "Zet de cijfers van het COA (records/<gemeente>/coa/) naast de records: taakstelling, gerealiseerd en nog te realiseren, met de plaatsingen aan weerszijden van de peildatum en wat te controleren.",
            discussion: """
                Neemt per gemeente de laatste COA-stand op of vóór --date (standaard: de laatste die er is); met een \
                periode (2025-I of tynaarlo/2025-I) de laatste stand van die periode. De taakstelling van het COA \
                wordt vergeleken met achterstand_begin + taakstelling zoals die op de peildatum in de records stonden \
                (latere correcties teruggedraaid), gerealiseerd met de meetellende plaatsingen van de periode met een \
                datum vóór de peildatum. Zonder --as-of: de records in de werkmap (in een kale repository: HEAD); met \
                --as-of: zoals ze stonden in die revisie of op die datum (een datum is zonder --date ook de dag \
                waarop de COA-stand wordt gekozen). Afsluitstatus 0 als COA en records \
                overeenkomen, 1 als er verschillen zijn, 2 bij een fout in de opdracht of de records.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("De periode, bijvoorbeeld 2025-I of tynaarlo/2025-I.", valueName: "periode"))
        var period: String?

        @Option(help: ArgumentHelp("De laatste COA-stand op of vóór deze datum.", valueName: "JJJJ-MM-DD"))
        var date: String?

        @OptionGroup var asOf: AsOfOption

        @Option(help: ArgumentHelp("De gemeente (haar map onder records/).", valueName: "map"))
        var gemeente: String?

        @OptionGroup var output: FormatOption<QueryFormats>

        func validate() throws {
            if let date, PartialDate(date)?.day == nil {
                throw UsageLanguage.error(
                    nl: "'\(date)' is geen datum; geef JJJJ-MM-DD, bijvoorbeeld 2025-03-01.",
                    en: "'\(date)' is not a date; give YYYY-MM-DD, for example 2025-03-01.")
            }
        }

        func run() throws {
            do {
                let moment = try RecordStates.moment(asOf: asOf.asOf, root)
                // With --as-of a date and no --date, the COA figures known on that date.
                let day = date.flatMap(PartialDate.init) ?? (moment.isDate ? moment.day : nil)
                let report = try ReconciliationReport.load(period, municipality: gemeente, on: day, from: moment.state)
                FileHandleOutput.standardOutput(report.render(output.format, language: root.lang))
                if report.hasDifferences { throw CommandExit(.findings) }
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
