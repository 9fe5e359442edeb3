import TaakboekCore
import TaakboekGit

/// `taakboek log`: every version of one record, newest first, with what changed per field.
/// Streams: each entry is worked out when asked for.
public final class RecordLog {
    public struct Options: Sendable {
        public var limit: Int?
        /// Only commits made at or after / at or before these times (seconds since 1970).
        public var since: Int64?
        public var until: Int64?
        public var firstParent = false
        /// Continue into the history of the file a record was renamed from.
        public var follow = false

        public init() {}
    }

    public struct Entry: Sendable {
        public enum Kind: String, Sendable {
            case added = "toegevoegd"
            case changed = "gewijzigd"
            case deleted = "verwijderd"
        }

        public let commit: CommitInfo
        public let path: String
        public let kind: Kind
        /// The path this record had before the commit renamed it (same content, other name).
        public let renamedFrom: String?
        public let changes: [FieldChange]
        /// The first commit of a shallow clone: what came before is not known here.
        public let isShallowBoundary: Bool
    }

    private let repository: Repository
    private let options: Options
    private var walk: PathWalk
    private let versions: VersionReader
    private var listed = 0

    public var reachedShallowBoundary: Bool { walk.reachedShallowBoundary }

    public init(repository: Repository, index: ChangeIndex, path: String, start: ObjectID, options: Options)
        throws(GitError)
    {
        self.repository = repository
        self.options = options
        walk = try PathWalk(index: index, path: path, start: start, firstParent: options.firstParent)
        versions = VersionReader(repository: repository)
    }

    public func next() throws(GitError) -> Entry? {
        if let limit = options.limit, listed >= limit { return nil }
        while let version = try walk.next() {
            if let since = options.since, version.time < since { return nil }
            if let until = options.until, version.time > until { continue }
            listed += 1
            return try entry(version)
        }
        return nil
    }

    private func entry(_ version: PathWalk.Version) throws(GitError) -> Entry {
        let path = walk.path
        let before = version.before.first ?? nil
        let kind: Entry.Kind = version.after == nil ? .deleted : before == nil ? .added : .changed
        let renamedFrom = try walk.renameSource(of: version)
        if let renamedFrom, options.follow {
            walk = try PathWalk(
                index: walk.index, path: renamedFrom, start: version.parents[0], firstParent: options.firstParent)
        }
        // A rename moves the same content: compared with itself, no field changed.
        let changes = RecordFields.changes(
            from: try versions.fields(renamedFrom == nil ? before : version.after, path: path),
            to: try versions.fields(version.after, path: path))
        return Entry(
            commit: try repository.commit(version.commit), path: path, kind: kind, renamedFrom: renamedFrom,
            changes: changes, isShallowBoundary: version.isShallowBoundary)
    }
}
