import TaakboekCore
import TaakboekGit
import TaakboekHistory
import TaakboekState

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the history queries share: the repository (found from `-C` or the current folder, the
/// way git finds it), its change index, and a record named on the command line.
struct QueryRepository {
    let repository: Repository
    let language: Language

    init(_ directory: String?, language: Language) throws(CommandExit) {
        self.language = language
        do {
            repository = try Repository.open(at: directory ?? ".", fromEnvironment: true)
        } catch {
            throw fail(
                LocalizedText(
                    nl: "\(directory ?? ".") is geen git-repository (\(error.message)); geef met -C een repository op",
                    en: "\(directory ?? ".") is not a git repository (\(error.message)); give a repository with -C"),
                language: language)
        }
        // Output may go to a reader that stops early (`| head`): a failed write ends the query
        // instead of the signal killing it before the index is saved.
        signal(SIGPIPE, SIG_IGN)
    }

    var index: ChangeIndex { ChangeIndex(repository: repository, gitDir: repository.location.gitDir) }

    /// The commit a revision or date names.
    func point(_ spec: String) throws(CommandExit) -> ObjectID {
        do throws(HistoryPoint.Failure) {
            return try HistoryPoint.resolve(spec, in: repository)
        } catch {
            throw fail(error.message, language: language)
        }
    }

    /// The path a record name stands for at a commit.
    func record(_ name: String, at commit: ObjectID?) throws(CommandExit) -> String {
        do throws(RecordName.Failure) {
            return try RecordName.resolve(name, in: repository, at: commit)
        } catch {
            throw fail(error.message, language: language)
        }
    }

    /// A day given on the command line (`--since`, `--until`): its first or last second.
    func day(_ text: String, end: Bool, option: String) throws(CommandExit) -> Int64 {
        guard let seconds = HistoryPoint.seconds(ofDay: text, end: end) else {
            throw fail(
                LocalizedText(
                    nl: "\(option) verwacht een datum JJJJ-MM-DD, niet '\(text)'",
                    en: "\(option) expects a date YYYY-MM-DD, not '\(text)'"),
                language: language)
        }
        return seconds
    }

    /// A git failure while reading history: exit status 2 with libgit2's reason, and what to do
    /// when the repository is damaged.
    func failure(_ error: GitError) -> CommandExit {
        fail(
            LocalizedText(
                nl: "de geschiedenis kan niet worden gelezen: \(error.message)\(error.repairAdvice?.nl ?? "")",
                en: "the history cannot be read: \(error.message)\(error.repairAdvice?.en ?? "")"),
            language: language)
    }
}
