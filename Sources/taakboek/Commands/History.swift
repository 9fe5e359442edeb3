import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekHistory
import TaakboekState

extension Taakboek {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract:
                "Toont de cijfers van elke periode over de hele reeks: achterstand begin, taakstelling, opgave, gehuisvest, achterstand eind.",
            discussion: """
                Zonder --as-of: de records in de werkmap (in een kale repository: HEAD). Met --as-of: de records \
                zoals ze stonden in die revisie of op die datum (JJJJ-MM-DD: de laatste commit van die dag). \
                Een onbekend cijfer blijft leeg (onbekend), nooit 0. Met --chart ook een SVG-grafiek van \
                achterstand, taakstelling en gehuisvest (een onbekend cijfer is een onderbreking in de lijn); \
                --format html geeft één HTML-pagina met grafiek en tabel.
                """)

        @ParentCommand var root: Taakboek

        @OptionGroup var asOf: AsOfOption

        @Option(help: ArgumentHelp("Alleen deze gemeente (haar map onder records/).", valueName: "map"))
        var gemeente: String?

        @Option(
            help: ArgumentHelp(
                "Schrijf ook een SVG-grafiek van de reeks naar dit bestand (de map moet al bestaan).",
                valueName: "bestand.svg"))
        var chart: String?

        @OptionGroup var output: FormatOption<FormatsWithHTML>
        var format: QueryFormat { output.format }

        func run() throws {
            do {
                let state = try RecordStates.chosen(asOf: asOf.asOf, root)
                let histories = try PeriodHistory.load(from: state, municipality: gemeente)
                if let chart { try writeChart(histories, to: chart) }
                if format == .html {
                    FileHandleOutput.standardOutput(PeriodHistory.page(histories, language: root.lang))
                } else {
                    FileHandleOutput.standardOutput(
                        PeriodHistory.render(histories, format: format, language: root.lang))
                }
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }

        /// Writes the chart of the one municipality; refuses to create folders or to guess which
        /// municipality is meant.
        private func writeChart(_ histories: [PeriodHistory], to path: String) throws(SourceError) {
            guard histories.count == 1, let history = histories.first else {
                let folders = histories.map(\.folder).joined(separator: ", ")
                throw SourceError(
                    LocalizedText(
                        nl: "--chart tekent één gemeente; kies er een met --gemeente <map>: \(folders)",
                        en: "--chart draws one municipality; choose one with --gemeente <folder>: \(folders)"))
            }
            let file = URL(
                fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            let folder = file.deletingLastPathComponent()
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "de map '\(folder.path)' voor de grafiek bestaat niet; maak haar eerst aan of kies een andere plek",
                        en:
                            "the folder '\(folder.path)' for the chart does not exist; create it first or choose another place"
                    ))
            }
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "'\(path)' is een map; geef een bestandsnaam voor de grafiek, bijvoorbeeld \(path)/historie.svg",
                        en: "'\(path)' is a folder; give a file name for the chart, for example \(path)/historie.svg"))
            }
            // Whole or not at all, also when stopped halfway; an earlier chart is replaced.
            do {
                try AtomicFile.write(history.chart.svg(language: root.lang), to: file.path, replacing: true)
            } catch {
                throw SourceError(
                    LocalizedText(
                        nl: "kan de grafiek niet schrijven naar '\(path)'; controleer of u in die map mag schrijven",
                        en: "cannot write the chart to '\(path)'; check that the folder can be written to"))
            }
        }
    }
}
