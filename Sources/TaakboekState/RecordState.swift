import TaakboekCore
import TaakboekGit

/// One state of the records a query reads: the working tree, git's index, or a commit. A query
/// lists the state's files first and then loads only those it needs.
public struct RecordState: Sendable {
    public enum Place: Sendable {
        /// The folder holding `records/` (a working tree, or any folder outside git).
        case workingTree(String)
        case index(RepositoryLocation)
        case commit(RepositoryLocation, ObjectID)
    }

    /// A file of the state under `records/` or `schemas/`, with git's id of its content when
    /// known (always from git; for the working tree only when the listing was asked to hash).
    public struct File: Sendable {
        public let path: String
        public let id: ObjectID?
        fileprivate let entry: SourceEntry?
        fileprivate let listed: GitListedFile?

        /// The municipality folder of a record path (`records/<folder>/…`), or nil.
        public var municipality: String? { GitListedFile.municipality(ofPath: path) }
    }

    public let place: Place
    /// How the output names this state: `de werkmap`, `de index`, `HEAD~1 (a1b2c3d)`.
    public let name: LocalizedText
    /// Told about each record the tables need but cannot read (too large, not UTF-8, no valid
    /// YAML, ...), which they then leave out: a command says so on stderr rather than show a
    /// table that silently lacks a period.
    public var unreadable: @Sendable (LocalizedText) -> Void = { _ in }

    public init(_ place: Place, name: LocalizedText) {
        self.place = place
        self.name = name
    }

    public static func workingTree(_ folder: String) -> RecordState {
        RecordState(.workingTree(folder), name: LocalizedText(nl: "de werkmap", en: "the working tree"))
    }

    public static func index(_ location: RepositoryLocation) -> RecordState {
        RecordState(.index(location), name: LocalizedText(nl: "de index", en: "the index"))
    }

    public static func commit(_ commit: ObjectID, named spec: String, in location: RepositoryLocation) -> RecordState {
        let label = spec == commit.hex ? commit.short() : "\(spec) (\(commit.short()))"
        return RecordState(.commit(location, commit), name: LocalizedText(label))
    }

    /// Every file under `records/` and `schemas/`, in path order. `hashing` computes the git id of
    /// each working-tree file (reading every file once), so two states can be compared by id.
    public func listing(hashing: Bool = false) throws(SourceError) -> [File] {
        switch place {
        case .workingTree(let folder):
            let source = FileSystemSource(root: folder)
            let entries = try source.entries()
            guard hashing else { return entries.map { File(path: $0.path, id: nil, entry: $0, listed: nil) } }
            // Hashed as `git add` would store them (a CRLF checkout gives the LF blob's id), so a
            // file that differs from a commit only in its line ends is not read as changed.
            let hasher = WorkingTreeSource(root: folder, repository: try? Repository.open(at: folder))
            return entries.parallelMap { entry in
                guard case .file(let bytes) = source.read(entry) else {
                    return File(path: entry.path, id: nil, entry: entry, listed: nil)
                }
                let id = hasher.objectID(of: entry, read: bytes).flatMap(ObjectID.init(hex:))
                return File(path: entry.path, id: id, entry: entry, listed: nil)
            }
        case .index(let location):
            return try IndexSource(location: location, useCache: false).listing().map(Self.file)
        case .commit(let location, let commit):
            return try RevisionSource(location: location, commit: commit, useCache: false).listing().map(Self.file)
        }
    }

    /// The working tree's files as a check just read them (`WorkingTreeSource` gave each its blob
    /// id from the bytes read), so that comparing the state with another by id reads no file a
    /// second time; nil for a state that is not the working tree.
    public func listing(checked tree: RecordTree) -> [File]? {
        guard case .workingTree = place else { return nil }
        return tree.files.map { file in
            File(
                path: file.path, id: file.objectID.flatMap(ObjectID.init(hex:)),
                entry: SourceEntry(path: file.path, content: .unread), listed: nil)
        }
    }

    /// A commit's files in the given municipality folders and `schemas/` only, each folder listed
    /// on its own; nil for a state that is not a commit.
    public func listing(municipalities: Set<String>) throws(SourceError) -> [File]? {
        guard case .commit(let location, let commit) = place else { return nil }
        do throws(GitError) {
            let repository = try Repository.open(location)
            let tree = try repository.tree(ofCommit: commit)
            var listed: [TreeEntry] = []
            for folder in municipalities.sorted() {
                listed += try repository.listBlobs(inTree: tree, under: "records/\(folder)")
            }
            listed += try repository.listBlobs(inTree: tree, under: "schemas")
            return listed.map { Self.file(GitListedFile(path: $0.path, id: $0.id, mode: $0.mode)) }
        } catch {
            throw SourceError.git(error)
        }
    }

    /// The record paths that differ between two commits of one repository, from git's tree diff
    /// (which skips the folders whose tree ids are equal); nil unless both states are commits.
    public func changedRecordPaths(to other: RecordState) throws(SourceError) -> Set<String>? {
        guard case .commit(let location, let old) = place, case .commit(let otherLocation, let new) = other.place,
            location.gitDir == otherLocation.gitDir
        else { return nil }
        do throws(GitError) {
            let changes = try Repository.open(location).diffTrees(old: old, new: new, under: "records")
            return Set(
                changes.flatMap { [$0.oldPath, $0.newPath] }.filter { GitListedFile.municipality(ofPath: $0) != nil })
        } catch {
            throw SourceError.git(error)
        }
    }

    private static func file(_ listed: GitListedFile) -> File {
        File(path: listed.path, id: listed.id, entry: nil, listed: listed)
    }

    /// The records of the given files (from this state's listing), each file with its text and
    /// YAML tree kept, modelled per municipality.
    public func load(_ files: [File]) throws(SourceError) -> RecordTree {
        switch place {
        case .workingTree(let folder):
            return try RecordLoader.load(
                from: SelectedEntries(chosen: files.compactMap(\.entry), base: FileSystemSource(root: folder)))
        case .index(let location):
            return try RecordLoader.load(
                from: IndexSource(location: location, useCache: false, listing: files.compactMap(\.listed)))
        case .commit(let location, let commit):
            return try RecordLoader.load(
                from: RevisionSource(
                    location: location, commit: commit, useCache: false, listing: files.compactMap(\.listed)))
        }
    }
}

/// A source that gives only the entries already chosen from another source, read by that source.
struct SelectedEntries<Base: RecordSource>: RecordSource {
    let chosen: [SourceEntry]
    let base: Base
    var origin: String? { base.origin }

    func entries() throws(SourceError) -> [SourceEntry] { chosen }
    func read(_ entry: SourceEntry) -> SourceEntry.Content { base.read(entry) }
    func text(of file: RecordFile) -> String? { base.text(of: file) }
}
