import Foundation
import TaakboekCore
import TaakboekGit
import TaakboekRules

/// Finds the commit that last set a figure of a period record to its value at the base: a
/// field-level blame along the first-parent history. Asked only when a finding needs it.
public struct GitFieldProvenance: FieldProvenance {
    public let location: RepositoryLocation
    public let base: ObjectID
    /// How far back to look before giving up (a long history is walked lazily, newest first).
    public let commitLimit: Int

    public init(location: RepositoryLocation, base: ObjectID, commitLimit: Int = 10_000) {
        self.location = location
        self.base = base
        self.commitLimit = commitLimit
    }

    public func lastChange(of figure: FigureName, inFile path: String) -> CommitReference? {
        guard let repository = try? Repository.open(location) else { return nil }
        let target = value(of: figure, inFile: path, at: base, repository: repository)
        guard let walk = try? repository.walk(.init(starting: [base], firstParent: true)) else { return nil }
        var seen = 0
        while seen < commitLimit, let commit = try? walk.nextCommit() {
            seen += 1
            guard value(of: figure, inFile: path, at: commit.id, repository: repository) == target else { continue }
            let parent = commit.parentIDs.first
            if parent.map({ value(of: figure, inFile: path, at: $0, repository: repository) != target }) ?? true {
                return CommitReference(
                    shortID: commit.id.short(), summary: commit.summary, author: commit.author.name,
                    date: Self.date(commit.author.time.secondsSinceEpoch))
            }
        }
        return nil
    }

    /// The figure as written in the file at a commit (nil when the file or field is absent).
    private func value(of figure: FigureName, inFile path: String, at commit: ObjectID, repository: Repository)
        -> Figure?
    {
        guard let entry = try? repository.entry(atPath: path, inCommit: commit),
            let bytes = try? repository.blob(entry.id), let text = RecordText.decode(bytes).text,
            let root = YAMLLoader.load(text).root, let key = Period.Field(rawValue: figure.rawValue)
        else { return nil }
        return FieldReader<Period.Field>(path: path, node: root).figure(key)?.value
    }

    static func date(_ seconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
