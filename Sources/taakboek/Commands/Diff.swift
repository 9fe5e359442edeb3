import ArgumentParser
import TaakboekCore
import TaakboekHistory
import TaakboekRepository

extension Taakboek {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract:
                "Toont wat er inhoudelijk veranderd is in de records: perioden, cijfers, plaatsingen, correcties en brieven.",
            discussion: """
                taakboek diff A: revisie A tegenover de werkmap. taakboek diff A B: A tegenover B. \
                taakboek diff --staged: HEAD tegenover de index (wat wordt vastgelegd). Een revisie mag ook een \
                datum zijn (JJJJ-MM-DD). Alleen de inhoud telt: anders opmaken of sleutels verplaatsen is geen \
                verschil. Exit-status 0, ook als er verschillen zijn.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("Eén of twee revisies of datums.", valueName: "revisie"))
        var revisions: [String] = []

        @Flag(help: "Vergelijk HEAD met de index (wat wordt vastgelegd).")
        var staged = false

        @OptionGroup var output: FormatOption
        var format: QueryFormat { output.format }

        func validate() throws {
            if staged && !revisions.isEmpty {
                throw ValidationError("--staged vergelijkt HEAD met de index; geef daarbij geen revisies.")
            }
            if !staged && revisions.isEmpty {
                throw ValidationError("geef een of twee revisies (taakboek diff HEAD~1) of --staged.")
            }
            if revisions.count > 2 {
                throw ValidationError("geef hoogstens twee revisies: taakboek diff <oud> [<nieuw>].")
            }
        }

        func run() throws {
            do {
                let git = try GitCheck(at: root.directory ?? ".")
                let old: RecordState
                let new: RecordState
                if staged {
                    guard let head = git.head() else {
                        throw SourceError(
                            LocalizedText(
                                nl: "er is nog geen commit om de index mee te vergelijken",
                                en: "there is no commit yet to compare the index with"))
                    }
                    old = .commit(head, named: "HEAD", in: git.location)
                    new = .index(git.location)
                } else {
                    old = try RecordStates.point(revisions[0], in: git)
                    new =
                        revisions.count == 2
                        ? try RecordStates.point(revisions[1], in: git) : try RecordStates.workingTree(of: git, root)
                }
                let changes = try SemanticDiff.between(old, new)
                FileHandleOutput.standardOutput(
                    DiffReport.render(changes, format: format, language: root.lang, from: old.name, to: new.name))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
