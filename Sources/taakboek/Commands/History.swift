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
                let state: RecordState
                if let asOf {
                    guard let git = RecordStates.repository(root) else {
                        throw SourceError(
                            LocalizedText(
                                nl:
                                    "--as-of werkt alleen in een git-repository; geef met -C de map van een repository op",
                                en: "--as-of works only in a git repository; give the folder of a repository with -C"))
                    }
                    state = try RecordStates.point(asOf, in: git)
                } else {
                    state = try RecordStates.current(root)
                }
                let histories = try PeriodHistory.load(from: state, municipality: gemeente)
                FileHandleOutput.standardOutput(PeriodHistory.render(histories, format: format, language: root.lang))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
