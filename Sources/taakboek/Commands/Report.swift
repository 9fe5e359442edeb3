import ArgumentParser
import TaakboekCore
import TaakboekHistory
import TaakboekState

extension Taakboek {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract:
                "Toont de tabel en de zinnen van een raadsinformatiebrief over één periode: achterstand begin, taakstelling, totaal, gehuisvest, achterstand eind.",
            discussion: """
                De periode als JJJJ-I of JJJJ-II (2024-II), of <map>/<periode> (tynaarlo/2024-II). Zonder --as-of: \
                de records in de werkmap (in een kale repository: HEAD); met --as-of: zoals ze stonden in die \
                revisie of op die datum (JJJJ-MM-DD: de laatste commit van die dag). De cijfers zijn die van de \
                dag van --as-of (bij een revisie: de dag van haar commit; zonder --as-of: vandaag): een \
                correctie met een latere datum is teruggedraaid, een eerdere staat bij het cijfer. Een onbekend \
                cijfer staat er als onbekend, nooit als 0. --format html geeft één pagina die op zichzelf staat \
                en goed afdrukt.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("De periode, bijvoorbeeld 2024-II of tynaarlo/2024-II.", valueName: "periode"))
        var period: String

        @OptionGroup var asOf: AsOfOption

        @Option(help: ArgumentHelp("De gemeente (haar map onder records/).", valueName: "map"))
        var gemeente: String?

        @OptionGroup var output: FormatOption<FormatsWithHTML>

        func run() throws {
            do {
                let moment = try RecordStates.moment(asOf: asOf.asOf, root)
                let report = try PeriodReport.load(period, municipality: gemeente, from: moment.state, on: moment.day)
                FileHandleOutput.standardOutput(report.render(output.format, language: root.lang))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
