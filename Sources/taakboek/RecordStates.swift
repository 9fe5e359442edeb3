import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekHistory
import TaakboekState

/// The states of the records the query commands read, chosen from their options: the working
/// tree, git's index, or a commit named by a revision or a date.
enum RecordStates {
    /// The repository at `-C` (or here), as git hooks see it; nil outside git.
    static func repository(_ root: Taakboek) -> GitCheck? { try? GitCheck.opened(at: root.directory ?? ".") }

    /// The records as they are now: the working tree, or HEAD in a bare repository.
    static func current(_ root: Taakboek) throws -> RecordState {
        if let git = repository(root), git.repository.isBare {
            guard let head = try git.head() else {
                throw SourceError(
                    LocalizedText(
                        nl: "deze kale repository heeft nog geen commits; er zijn geen records om te tonen",
                        en: "this bare repository has no commits yet; there are no records to show"))
            }
            return warning(.commit(head, named: "HEAD", in: git.location), root)
        }
        return warning(.workingTree(try WorkingDirectory.resolve(root.directory, language: root.lang)), root)
    }

    /// The state with its unreadable records reported on stderr as warnings (the exit status stays).
    static func warning(_ state: RecordState, _ root: Taakboek) -> RecordState {
        var state = state
        let language = root.lang
        state.unreadable = { message in
            let label = language == .nl ? "waarschuwing" : "warning"
            FileHandleOutput.standardError("taakboek: \(label): \(message.text(in: language))\n")
        }
        return state
    }

    /// The records at `--as-of` (a revision or a date) when given, else as they are now.
    static func chosen(asOf: String?, _ root: Taakboek) throws -> RecordState {
        guard let asOf else { return try current(root) }
        guard let git = repository(root) else { throw notInGit }
        return warning(try point(asOf, in: git), root)
    }

    /// The records at `--as-of` (as `chosen`) with the day their figures are as of: the date
    /// given, the day of the revision's commit, or today (Dutch time) without `--as-of`.
    static func moment(asOf: String?, _ root: Taakboek) throws -> RecordMoment {
        guard let asOf else { return RecordMoment(state: try current(root), day: DutchTime.today(), isDate: false) }
        guard let git = repository(root) else { throw notInGit }
        do throws(HistoryPoint.Failure) {
            let commit = try HistoryPoint.resolve(asOf, in: git.repository)
            let day = HistoryPoint.day(of: asOf, commit: commit, in: git.repository) ?? DutchTime.today()
            return RecordMoment(
                state: warning(.commit(commit, named: asOf, in: git.location), root), day: day,
                isDate: HistoryPoint.seconds(ofDay: asOf, end: true) != nil)
        } catch {
            throw SourceError(error.message)
        }
    }

    static let notInGit = SourceError(
        LocalizedText(
            nl: "--as-of werkt alleen in een git-repository; geef met -C de map van een repository op",
            en: "--as-of works only in a git repository; give the folder of a repository with -C"))

    /// The working tree of the repository, refused in a bare repository.
    static func workingTree(of git: GitCheck, _ root: Taakboek) throws -> RecordState {
        guard !git.repository.isBare else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "deze repository is kaal (bare) en heeft geen werkmap; vergelijk twee revisies: taakboek diff <a> <b>",
                    en: "this repository is bare and has no working tree; compare two revisions: taakboek diff <a> <b>"
                ))
        }
        return .workingTree(try WorkingDirectory.resolve(root.directory, language: root.lang))
    }

    /// The commit a revision or a `YYYY-MM-DD` date stands for.
    static func point(_ spec: String, in git: GitCheck) throws(SourceError) -> RecordState {
        do throws(HistoryPoint.Failure) {
            let commit = try HistoryPoint.resolve(spec, in: git.repository)
            return .commit(commit, named: spec, in: git.location)
        } catch {
            throw SourceError(error.message)
        }
    }
}

/// A state of the records and the day their figures are as of (see `RecordStates.moment`).
struct RecordMoment {
    let state: RecordState
    let day: PartialDate
    /// Whether `--as-of` was a date (rather than a revision, or absent).
    let isDate: Bool
}
