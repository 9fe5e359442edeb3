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
                werkmap, of met --as-of uit de records zoals ze stonden in die revisie of op die datum; schrijf de \
                tekst van de brief eromheen. De cijfers zijn die van de datum van de brief: een correctie met een \
                latere datum is teruggedraaid, een eerdere staat bij het cijfer. De datum is --datum, anders de \
                dag van --as-of (bij een revisie: de dag van haar commit), anders vandaag. Met --lang en zijn het \
                onderwerp, de tabel en de zinnen Engels; de sleutels blijven die van het schema. De brief komt \
                altijd in de werkmap; een bestaand bestand wordt nooit overschreven. Drukt het pad af van het \
                geschreven bestand.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("De periode, bijvoorbeeld 2025-I of tynaarlo/2025-I.", valueName: "periode"))
        var period: String

        @Option(help: ArgumentHelp("De gemeente (haar map onder records/).", valueName: "map"))
        var gemeente: String?

        @Option(
            help: ArgumentHelp(
                "Datum van de brief (JJJJ-MM-DD, JJJJ-MM of JJJJ); standaard de dag van --as-of, anders vandaag.",
                valueName: "datum"))
        var datum: String?

        @OptionGroup var asOf: AsOfOption

        func validate() throws {
            guard let datum, PartialDate(datum) == nil else { return }
            throw UsageLanguage.error(
                nl: "'\(datum)' is geen datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ.",
                en: "'\(datum)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        }

        func run() throws {
            do {
                let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
                let git = RecordStates.repository(root)
                // The letter is written into the working tree, also when it is drafted from a revision.
                let workingTree: RecordState = try git.map { try RecordStates.workingTree(of: $0, root) } ?? .workingTree(folder)
                let moment = try asOf.asOf.map { _ in try RecordStates.moment(asOf: asOf.asOf, root) }
                let date = datum.flatMap(PartialDate.init) ?? moment?.day ?? DraftDate.today()
                let report = try PeriodReport.load(
                    period, municipality: gemeente, from: moment?.state ?? workingTree, on: date)
                let written = try LetterDraft(report, date: date, language: root.lang).write(in: folder)
                FileHandleOutput.standardOutput(written + "\n")
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
