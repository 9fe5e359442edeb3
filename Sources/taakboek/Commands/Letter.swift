import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekHistory
import TaakboekScaffold
import TaakboekState

extension Taakboek {
    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "letter",
            abstract: "Raadsinformatiebrieven als records.",
            subcommands: [New.self])
    }
}

extension Taakboek.Letter {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract:
                "Schrijft een nieuwe brief in records/<gemeente>/brieven/ met de cijfers en de tabel uit de records.",
            discussion: """
                Het voorwerk (datum, soort, periode, onderwerp, cijfers) en de tabel komen uit de records in de \
                werkmap; schrijf de tekst van de brief eromheen. Een bestaand bestand wordt nooit overschreven. \
                Drukt het pad af van het geschreven bestand.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("De periode, bijvoorbeeld 2025-I of tynaarlo/2025-I.", valueName: "periode"))
        var period: String

        @Option(help: ArgumentHelp("De gemeente (haar map onder records/).", valueName: "map"))
        var gemeente: String?

        @Option(
            help: ArgumentHelp(
                "Datum van de brief (JJJJ-MM-DD, JJJJ-MM of JJJJ); standaard vandaag.", valueName: "datum"))
        var datum: String?

        func validate() throws {
            guard let datum, PartialDate(datum) == nil else { return }
            throw UsageLanguage.error(
                nl: "'\(datum)' is geen datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ.",
                en: "'\(datum)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        }

        func run() throws {
            do {
                let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
                let state: RecordState
                if let git = RecordStates.repository(root) {
                    state = try RecordStates.workingTree(of: git, root)
                } else {
                    state = .workingTree(folder)
                }
                let report = try PeriodReport.load(period, municipality: gemeente, from: state)
                let written = try LetterDraft(report, date: date()).write(in: folder)
                FileHandleOutput.standardOutput(written + "\n")
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }

        /// `--datum`, or today in Dutch time (the time the rest of taakboek reads dates in).
        private func date() -> PartialDate {
            datum.flatMap(PartialDate.init) ?? DraftDate.today()
        }
    }
}
