import ArgumentParser
import TaakboekCore
import TaakboekHistory
import TaakboekRepository

extension Taakboek {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Toont de cijfers van elke periode over de hele reeks: achterstand begin, taakstelling, opgave, gehuisvest, achterstand eind.",
            discussion: """
                Zonder --as-of: de records in de werkmap (in een kale repository: HEAD). Met --as-of: de records \
                zoals ze stonden in die revisie of op die datum (JJJJ-MM-DD: de laatste commit van die dag). \
                Een onbekend cijfer blijft leeg (onbekend), nooit 0.
                """)

        @ParentCommand var root: Taakboek

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "De records zoals ze stonden in deze revisie of op deze datum.", valueName: "revisie|datum"))
        var asOf: String?

        @Option(help: ArgumentHelp("Alleen deze gemeente (haar map onder records/).", valueName: "map"))
        var gemeente: String?

        @OptionGroup var output: FormatOption
        var format: QueryFormat { output.format }

        func run() throws {
            do {
                let state = try RecordStates.chosen(asOf: asOf, root)
                let histories = try PeriodHistory.load(from: state, municipality: gemeente)
                FileHandleOutput.standardOutput(PeriodHistory.render(histories, format: format, language: root.lang))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
