import ArgumentParser
import TaakboekCore
import TaakboekScaffold

extension Taakboek {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Schrijft een nieuw record met de juiste naam, op de juiste plek, met uitleg bij elk veld.",
            discussion: """
                Het record komt in records/<gemeente>/ (--gemeente, of de enige gemeente die er is), met de \
                schemaregel en de velden die een medewerker invult; wat de opties niet geven staat er leeg, met \
                # IN TE VULLEN, en taakboek check noemt het tot het is ingevuld. Een bestaand bestand wordt nooit \
                overschreven. Drukt het pad af en wat er nog moet gebeuren.
                """,
            subcommands: [NewPlacement.self, NewPeriod.self, NewCorrection.self, NewCOA.self])

        @ParentCommand var root: Taakboek
    }

    /// What every `taakboek new` subcommand shares: the municipality and today.
    struct DraftOptions: ParsableArguments {
        @Option(help: ArgumentHelp("De gemeente (haar map onder records/); standaard de enige.", valueName: "map"))
        var gemeente: String?
    }
}

extension Taakboek.New {
    /// Writes the draft under the repository's top folder and prints its path and what to do next.
    static func write(
        _ make: (DraftTarget) throws(SourceError) -> RecordDraft, options: Taakboek.DraftOptions,
        placements: Bool = false, root: Taakboek
    ) throws {
        do {
            let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
            let target = try DraftTarget.load(root: folder, municipality: options.gemeente, placements: placements)
            let draft = try make(target)
            try draft.write(in: folder)
            FileHandleOutput.standardOutput(draft.path + "\n" + draft.guidance(in: root.lang))
        } catch let error as SourceError {
            throw fail(error.message, language: root.lang)
        }
    }

    /// A date option: `JJJJ-MM-DD`, `JJJJ-MM` or `JJJJ`.
    static func date(_ text: String?, option: String = "--datum") throws -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else {
            throw UsageLanguage.error(
                nl: "'\(text)' is geen datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ (\(option)).",
                en: "'\(text)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (\(option)).")
        }
        return date
    }

    /// A figure option: a whole number or `onbekend`.
    static func figure(_ text: String?, option: String) throws -> Figure? {
        guard let text else { return nil }
        if text == Figure.unknownKeyword { return .unknown }
        guard let number = Int(text) else {
            throw UsageLanguage.error(
                nl: "\(option) verwacht een geheel getal of onbekend, niet '\(text)'.",
                en: "\(option) expects a whole number or onbekend, not '\(text)'.")
        }
        return .known(number)
    }
}
