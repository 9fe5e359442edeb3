import Foundation
import TaakboekCore
import TaakboekGit
import TaakboekState

/// `taakboek init`: turns a folder into a records repository. It makes the git repository when
/// the folder is not one yet (records, the hook and CI all need one), then writes the
/// municipality's `gemeente.yaml`, the schemas, the CI workflow, the staff README and the
/// pre-commit hook, each only where nothing stands yet: an existing file is never overwritten.
public enum RepositoryScaffold {
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String
    }

    /// The files init writes besides the hook, relative to the repository's top folder.
    public static func files(for municipality: MunicipalityInput) -> [File] {
        var files = [File(path: RecordKind.municipality.folder(of: municipality.folder) + "/" + (RecordKind.municipality.layout.fileName ?? ""), text: municipality.gemeenteYAML)]
        for (name, text) in SchemaSet.builtInFiles.sorted(by: { $0.key < $1.key }) {
            files.append(File(path: "schemas/" + name, text: text))
        }
        files.append(File(path: workflowPath, text: BuiltInTemplates.githubWorkflow))
        files.append(File(path: "README.md", text: StaffReadme.text(for: municipality)))
        return files
    }

    public static let workflowPath = ".github/workflows/records.yml"

    /// The CI workflow as installed (the text of `ci/templates/github/records.yml`).
    public static var githubWorkflow: String { BuiltInTemplates.githubWorkflow }

    /// Scaffolds `folder`, which must be a repository's top folder or no repository at all.
    /// `binary` is the taakboek the hook runs when none is on PATH.
    public static func run(in folder: String, municipality: MunicipalityInput, binary: String) throws(SourceError)
        -> ScaffoldReport
    {
        let (repository, created) = try repository(at: folder)
        var entries: [ScaffoldReport.Entry] = []
        for file in files(for: municipality) {
            let outcome: ScaffoldReport.Outcome
            do {
                outcome = try NewFile.write(file.text, to: file.path, in: folder) == .written ? .written : .skipped
            } catch {
                outcome = .failed(error.message)
            }
            entries.append(.init(path: file.path, outcome: outcome, hint: nil))
        }
        entries.append(hook(in: repository, binary: binary, top: folder))
        return ScaffoldReport(createdRepository: created, entries: entries)
    }

    /// The repository whose top folder is `folder`, made when there is none.
    static func repository(at folder: String) throws(SourceError) -> (Repository, created: Bool) {
        let top = realPath(folder)
        if let existing = try? Repository.open(at: folder) {
            guard !existing.isBare, let workdir = existing.workdir else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "\(folder) is een kale (bare) git-repository zonder werkmap; draai taakboek init in een kloon",
                        en: "\(folder) is a bare git repository without a working tree; run taakboek init in a clone"))
            }
            let existingTop = realPath(workdir)
            guard existingTop == top else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "\(folder) ligt in de git-repository \(existingTop) maar is niet de hoofdmap daarvan; draai taakboek init in \(existingTop), of maak eerst een eigen repository met git init",
                        en:
                            "\(folder) lies inside the git repository \(existingTop) but is not its top folder; run taakboek init in \(existingTop), or first make a repository of its own with git init"
                    ))
            }
            return (existing, false)
        }
        do {
            // libgit2 writes .git/config through a lock file: Ctrl-C waits until it is done.
            return (try HeldInterruptions.during { () throws(GitError) in try Repository.initialize(at: folder) }, true)
        } catch {
            if let lock = leftLock(in: folder) {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "kan in \(folder) geen git-repository maken: \(lock) bestaat. Een ander git-programma is er bezig, of een afgebroken opdracht liet het achter; is er geen git meer bezig, verwijder dan \(lock) en voer taakboek init opnieuw uit",
                        en:
                            "cannot create a git repository in \(folder): \(lock) exists. Another git program is at work there, or a command that was stopped left it behind; if no git is at work any more, remove \(lock) and run taakboek init again"
                    ))
            }
            throw SourceError(
                LocalizedText(
                    nl: "kan in \(folder) geen git-repository maken: \(error.message)",
                    en: "cannot create a git repository in \(folder): \(error.message)"))
        }
    }

    /// A lock file git or libgit2 left in `.git` (a stop while it wrote the file), which makes
    /// creating the repository fail.
    static func leftLock(in folder: String) -> String? {
        let git = (folder as NSString).appendingPathComponent(".git")
        let locks = ((try? FileManager.default.contentsOfDirectory(atPath: git)) ?? []).filter { $0.hasSuffix(".lock") }
        return locks.sorted().first.map { (git as NSString).appendingPathComponent($0) }
    }

    static func hook(in repository: Repository, binary: String, top: String) -> ScaffoldReport.Entry {
        let hooks =
            repository.commonDir.hasSuffix("/") ? repository.commonDir + "hooks" : repository.commonDir + "/hooks"
        let shown = relative(hooks + "/pre-commit", to: top)
        do {
            let written = try HookInstaller(hooksDirectory: hooks, binary: binary).installIfAbsent()
            return .init(
                path: shown, outcome: written == nil ? .skipped : .written,
                hint: written == nil
                    ? LocalizedText(
                        nl: "`taakboek hook install` werkt de hook van taakboek bij, `--chain` bewaart een andere hook",
                        en: "`taakboek hook install` updates taakboek's hook, `--chain` keeps another hook")
                    : nil)
        } catch {
            return .init(path: shown, outcome: .failed(error.message), hint: nil)
        }
    }

    static func realPath(_ path: String) -> String {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }

    /// A path under `top` shown relative to it; others as they are.
    static func relative(_ path: String, to top: String) -> String {
        let full = realPath(path)
        let base = realPath(top) + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : path
    }
}
