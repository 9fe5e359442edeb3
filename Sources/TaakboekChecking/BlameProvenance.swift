import TaakboekCore
import TaakboekGit
import TaakboekHistory
import TaakboekRules
import TaakboekState

/// The change rules' answer to "which commit set this figure": `taakboek blame`'s answer, from
/// the same walk (`FieldBlame`: merges followed as `git log` follows them, renames followed), so
/// a finding and `blame` never name different commits for the same figure.
public struct BlameProvenance: FieldProvenance {
    public let location: RepositoryLocation
    public let base: ObjectID

    public init(location: RepositoryLocation, base: ObjectID) {
        self.location = location
        self.base = base
    }

    /// Nil when the history never showed the value being set, or the history cannot be read
    /// (then the finding is still made, without naming a commit).
    public func lastChange(of figure: FigureName, inFile path: String) -> CommitReference? {
        guard let repository = try? Repository.open(location) else { return nil }
        let index = ChangeIndex(repository: repository, gitDir: location.gitDir)
        guard
            let lines = try? FieldBlame.blame(
                path: path, at: base, revision: base.hex, repository: repository, index: index),
            let commit = lines.first(where: { $0.key == figure.rawValue })?.commit
        else { return nil }
        return CommitReference(
            shortID: commit.id.short(), summary: commit.summary, author: commit.author.name,
            date: HistoryPoint.dateText(commit.author.time.secondsSinceEpoch))
    }
}
