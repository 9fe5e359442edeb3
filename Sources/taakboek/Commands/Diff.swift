import ArgumentParser
import Foundation
import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekHistory
import TaakboekState

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
                verschil. --format markdown is een samenvatting voor een pull request: eerst de uitkomst van \
                taakboek check op de nieuwe stand (vergeleken met de oude), dan de gewijzigde perioden en de \
                toegevoegde, gewijzigde en verwijderde records. --step-summary voegt die samenvatting ook toe \
                aan het bestand in GITHUB_STEP_SUMMARY (GitHub Actions). Exit-status 0, ook als er verschillen \
                of bevindingen zijn.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("Eén of twee revisies of datums.", valueName: "revisie"))
        var revisions: [String] = []

        @Flag(help: "Vergelijk HEAD met de index (wat wordt vastgelegd).")
        var staged = false

        @OptionGroup var output: FormatOption<QueryFormats>
        var format: QueryFormat { output.format }

        @Flag(
            help:
                "Voeg de Markdown-samenvatting (met de controle) ook toe aan het bestand in GITHUB_STEP_SUMMARY (GitHub Actions)."
        )
        var stepSummary = false

        func validate() throws {
            if staged && !revisions.isEmpty {
                throw UsageLanguage.error(
                    nl: "--staged vergelijkt HEAD met de index; geef daarbij geen revisies.",
                    en: "--staged compares HEAD with the index; give no revisions with it.")
            }
            if !staged && revisions.isEmpty {
                throw UsageLanguage.error(
                    nl: "geef een of twee revisies (taakboek diff HEAD~1) of --staged.",
                    en: "give one or two revisions (taakboek diff HEAD~1) or --staged.")
            }
            if revisions.count > 2 {
                throw UsageLanguage.error(
                    nl: "geef hoogstens twee revisies: taakboek diff <oud> [<nieuw>].",
                    en: "give at most two revisions: taakboek diff <old> [<new>].")
            }
        }

        func run() throws {
            do {
                let summaryFile = try stepSummaryFile()
                let git = try GitCheck.opened(at: root.directory ?? ".")
                let old: RecordState
                let new: RecordState
                let base: (commit: ObjectID, name: String)
                if staged {
                    guard let head = try git.head() else {
                        throw SourceError(
                            LocalizedText(
                                nl: "er is nog geen commit om de index mee te vergelijken",
                                en: "there is no commit yet to compare the index with"))
                    }
                    old = .commit(head, named: "HEAD", in: git.location)
                    new = .index(git.location)
                    base = (head, "HEAD")
                } else {
                    old = try RecordStates.point(revisions[0], in: git)
                    new =
                        revisions.count == 2
                        ? try RecordStates.point(revisions[1], in: git) : try RecordStates.workingTree(of: git, root)
                    guard case .commit(_, let commit) = old.place else {
                        throw SourceError(LocalizedText("\(revisions[0]) names no commit"))
                    }
                    base = (commit, revisions[0])
                }
                let outcome = try RecordsDiff.run(
                    old, new, base: base, checking: format == .markdown || summaryFile != nil, git: git)
                KeptUntilExit.keep(outcome.trees)
                let (changes, check) = (outcome.changes, outcome.check)
                func summary(_ language: Language) -> String {
                    DiffSummary.markdown(changes, check: check, language: language, from: old.name, to: new.name)
                }
                if let summaryFile { try append(summary(root.lang), to: summaryFile) }
                FileHandleOutput.standardOutput(
                    format == .markdown
                        ? summary(root.lang)
                        : DiffReport.render(changes, format: format, language: root.lang, from: old.name, to: new.name))
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }

        /// The file GitHub Actions shows as the job's summary, when --step-summary asks for it.
        private func stepSummaryFile() throws(SourceError) -> String? {
            guard stepSummary else { return nil }
            guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "--step-summary schrijft naar het bestand in de omgevingsvariabele GITHUB_STEP_SUMMARY, maar die is niet gezet; die zet GitHub Actions. Laat --step-summary hier weg",
                        en:
                            "--step-summary writes to the file in the environment variable GITHUB_STEP_SUMMARY, but it is not set; GitHub Actions sets it. Leave out --step-summary here"
                    ))
            }
            return path
        }

        /// Appends (GitHub collects what every step appended), creating the file when needed.
        private func append(_ text: String, to path: String) throws(SourceError) {
            guard let handle = FileHandle(forUpdatingAtPath: path) ?? createThenOpen(path) else {
                throw SourceError(
                    LocalizedText(
                        nl: "kan de samenvatting niet schrijven naar \(path) (GITHUB_STEP_SUMMARY)",
                        en: "cannot write the summary to \(path) (GITHUB_STEP_SUMMARY)"))
            }
            defer { try? handle.close() }
            do {
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw SourceError(
                    LocalizedText(
                        nl: "kan de samenvatting niet schrijven naar \(path): \(error.localizedDescription)",
                        en: "cannot write the summary to \(path): \(error.localizedDescription)"))
            }
        }

        private func createThenOpen(_ path: String) -> FileHandle? {
            guard PlainFile.create(path, bytes: []) else { return nil }
            return FileHandle(forUpdatingAtPath: path)
        }
    }
}
