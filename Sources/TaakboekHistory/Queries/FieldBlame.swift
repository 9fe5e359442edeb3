import TaakboekCore
import TaakboekGit

/// `taakboek blame`: for every field of a record, the commit that last set its current value.
/// Field-level, not line-level: a commit that reformats the file or reorders keys sets no value,
/// so it takes no blame. Merges are followed as `git log` follows them; a rename is followed into
/// the record's earlier name.
public enum FieldBlame {
    public struct Line: Sendable {
        public let key: String
        public let value: String
        /// The commit that set the value; nil if the history never showed it being set.
        public let commit: CommitInfo?
        /// The commit is the first of a shallow clone: the value was set there or earlier.
        public let atShallowBoundary: Bool
    }

    public enum Failure: Error, Sendable {
        case absent(path: String, revision: String)
        case unreadable(path: String)
        case git(GitError)
    }

    public static func blame(
        path: String, at start: ObjectID, revision: String, repository: Repository, index: ChangeIndex
    ) throws(Failure) -> [Line] {
        let versions = VersionReader(repository: repository)
        let entry: TreeEntry?
        let fields: RecordFields?
        do throws(GitError) {
            entry = try repository.entry(atPath: path, inCommit: start)
            fields = try entry.flatMap { (entry) throws(GitError) in try versions.fields(entry.id, path: path) }
        } catch {
            throw .git(error)
        }
        guard entry != nil else { throw .absent(path: path, revision: revision) }
        guard let current = fields else { throw .unreadable(path: path) }
        var unresolved: [String: RecordFields.Value] = [:]
        for field in current.fields where unresolved[field.name] == nil { unresolved[field.name] = field.value }
        var found: [String: (ObjectID, Bool)] = [:]
        do throws(GitError) {
            var walkedPath = path
            var walk = try PathWalk(index: index, path: path, start: start, firstParent: false)
            while !unresolved.isEmpty, let version = try walk.next() {
                let after = try versions.fields(version.after, path: walkedPath)
                var before = try version.before.map { (blob) throws(GitError) in
                    try versions.fields(blob, path: walkedPath)
                }
                let renamedFrom = try walk.renameSource(of: version)
                // A rename sets no value: the fields were there under the old name.
                if renamedFrom != nil { before = [after] }
                for (key, value) in unresolved where after?[key] == value {
                    if !before.contains(where: { $0?[key] == value }) {
                        found[key] = (version.commit, version.isShallowBoundary)
                        unresolved[key] = nil
                    }
                }
                if let renamedFrom {
                    walkedPath = renamedFrom
                    walk = try PathWalk(index: index, path: renamedFrom, start: version.parents[0], firstParent: false)
                }
            }
            var commits: [ObjectID: CommitInfo] = [:]
            return try current.fields.map { (field) throws(GitError) in
                guard let (id, boundary) = found[field.name] else {
                    return Line(key: field.name, value: field.value.text, commit: nil, atShallowBoundary: false)
                }
                if commits[id] == nil { commits[id] = try repository.commit(id) }
                return Line(key: field.name, value: field.value.text, commit: commits[id], atShallowBoundary: boundary)
            }
        } catch {
            throw .git(error)
        }
    }
}
