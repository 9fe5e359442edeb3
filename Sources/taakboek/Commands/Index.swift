import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekGit
import TaakboekHistory

extension Taakboek {
    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "index",
            abstract:
                "Maakt of vult de wijzigingsindex, die log, blame en diff over een lange geschiedenis snel maakt.",
            discussion: """
                De index (.git/taakboek/\(ChangeIndex.fileName)) houdt per commit bij welke records hij \
                veranderde. Zonder index volgt elke vraag het ene record door de bomen, zoals git log -- <pad>; \
                met index leest een vraag geen commit of boom meer die al in de index staat. Zodra de index \
                bestaat, vult elke vraag hem aan met nieuwe commits. Hij verandert nooit een antwoord en mag \
                altijd weg (--remove).
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("Neem de commits op die vanaf deze revisies bereikbaar zijn.", valueName: "rev"))
        var revisions: [String] = ["HEAD"]

        @Flag(help: "Verwijder de index in plaats van hem te vullen.")
        var remove = false

        func run() throws {
            let query = try QueryRepository(root.directory, language: root.lang)
            let gitDir = query.repository.location.gitDir
            let file = ChangeIndex.path(gitDir: gitDir)
            if remove {
                try removeIndex(at: file, gitDir: gitDir)
                return
            }
            let starts = try revisions.map { spec throws(CommandExit) in try query.point(spec) }
            let index = query.index
            KeptUntilExit.keep(index)
            let filled: (commits: Int, added: Int)
            do throws(GitError) {
                filled = try index.fill(from: starts)
            } catch {
                throw query.failure(error)
            }
            guard FileManager.default.fileExists(atPath: file) else {
                throw fail(
                    LocalizedText(
                        nl: "de index kon niet worden geschreven naar \(file); is de git-map schrijfbaar?",
                        en: "the index could not be written to \(file); is the git folder writable?"),
                    language: root.lang)
            }
            let message = LocalizedText(
                nl: "wijzigingsindex: \(filled.commits) commits, waarvan \(filled.added) nieuw (\(file))",
                en: "change index: \(filled.commits) commits, \(filled.added) of them new (\(file))")
            FileHandleOutput.standardOutput(message.text(in: root.lang) + "\n")
        }

        private func removeIndex(at file: String, gitDir: String) throws(CommandExit) {
            guard FileManager.default.fileExists(atPath: file) else {
                let message = LocalizedText(nl: "er is geen wijzigingsindex", en: "there is no change index")
                FileHandleOutput.standardOutput(message.text(in: root.lang) + "\n")
                return
            }
            do {
                try FileManager.default.removeItem(atPath: file)
                // The table of where its entries start, if there is one.
                try? FileManager.default.removeItem(atPath: ChangeIndex.offsetsPath(gitDir: gitDir))
            } catch {
                throw fail(
                    LocalizedText(
                        nl: "\(file) kan niet worden verwijderd: \(error.localizedDescription)",
                        en: "\(file) cannot be removed: \(error.localizedDescription)"),
                    language: root.lang)
            }
            let message = LocalizedText(nl: "wijzigingsindex verwijderd", en: "change index removed")
            FileHandleOutput.standardOutput(message.text(in: root.lang) + "\n")
        }
    }
}
