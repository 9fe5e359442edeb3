import ArgumentParser
import TaakboekCore
import TaakboekReporting
import TaakboekRules

extension Taakboek {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Controleert alle records: schema's, rekenregels, aansluiting, telling, correcties, brieven en privacy."
        )

        @ParentCommand var root: Taakboek

        @Flag(help: "Waarschuwingen laten de controle ook mislukken (exit-status 1).")
        var strict = false

        @Flag(help: "Laat opmerkingen (overgeslagen regels) weg uit de uitvoer.")
        var hideNotes = false

        func run() throws {
            let language = root.lang
            let folder = try WorkingDirectory.resolve(root.directory, language: language)
            let tree: RecordTree
            do {
                tree = try RecordLoader.load(from: FileSystemSource(root: folder))
            } catch {
                throw fail(error.message, language: language)
            }
            guard !tree.files.filter({ $0.path.hasPrefix("records/") }).isEmpty else {
                throw fail(
                    LocalizedText(
                        nl:
                            "geen records gevonden in \(folder)/records/; geef met -C de map van een records-repository op",
                        en: "no records found in \(folder)/records/; give the folder of a records repository with -C"),
                    language: language)
            }
            let findings = Checker().check(tree)
            FileHandleOutput.standardOutput(
                TextReporter(language: language, showNotes: !hideNotes).render(findings, tree: tree))
            let status = ExitStatus.of(findings, strict: strict)
            if status != .clean { throw CommandExit(status) }
        }
    }
}
