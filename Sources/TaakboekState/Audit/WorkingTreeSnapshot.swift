import Foundation
import TaakboekCore
import TaakboekGit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files of `records/` and `schemas/` in a folder on disk, each with the blob id and mode
/// git would give it, and the tree ids of both folders: what `git add records schemas` followed
/// by `git write-tree` would record. In a git repository the files are hashed through its clean
/// filters (a CRLF checkout made by `core.autocrlf=true` hashes to the LF blob it came from, as
/// the checker reads CRLF and LF alike); outside one, the bytes as they are. So the ids name what
/// was checked, committed or not, ignored files included.
public struct WorkingTreeSnapshot: Sendable {
    public struct File: Sendable, Equatable {
        public let mode: FileMode
        public let id: ObjectID
    }

    /// By repository-relative path.
    public let files: [String: File]
    /// Nil when there is no such folder, or when a file in it could not be hashed (then no id
    /// would name what was checked).
    public let recordsTree: ObjectID?
    public let schemasTree: ObjectID?

    /// Lists the folder the way the working-tree check does (`FileSystemSource`) and hashes
    /// every file: symbolic links by their target, as git stores them. `known`: the ids of the
    /// files a check read (`WorkingTreeSource` computes them from the bytes it read), by path;
    /// those files are not read again, so the ids name exactly what was checked. Only the rest
    /// (too large to check, unreadable) is hashed here.
    public static func of(folder root: String, repository: Repository? = nil, known: [String: ObjectID] = [:])
        throws(SourceError) -> WorkingTreeSnapshot
    {
        let source = FileSystemSource(root: root)
        func hash(_ path: String, _ full: String) -> ObjectID? {
            if let id = known[path] { return id }
            if let repository { return try? repository.hashWorkingFile(atPath: absolute(full)) }
            return try? TreeHash.blob(ofFile: full)
        }
        var files: [String: File] = [:]
        var unhashable: Set<String> = []
        for entry in try source.entries() {
            let top = String(entry.path.prefix { $0 != "/" })
            let full = source.root + "/" + entry.path
            switch entry.content {
            case .unread, .tooLarge, .file:
                var info = stat()
                guard lstat(full, &info) == 0, let id = hash(entry.path, full) else {
                    unhashable.insert(top)
                    continue
                }
                files[entry.path] = File(mode: (info.st_mode & S_IXUSR) != 0 ? .executable : .blob, id: id)
            case .symbolicLink:
                guard let target = linkTarget(full), let id = try? ObjectID.ofBlob(target) else {
                    unhashable.insert(top)
                    continue
                }
                files[entry.path] = File(mode: .symlink, id: id)
            case .other, .unreadable, .analysed:
                unhashable.insert(top)
            }
        }
        func tree(_ top: String) -> ObjectID? {
            guard !unhashable.contains(top) else { return nil }
            let below = files.compactMap { path, file in
                path.hasPrefix(top + "/") ? (String(path.dropFirst(top.count + 1)), file.mode, file.id) : nil
            }
            return (try? TreeHash.tree(ofFiles: below)) ?? nil
        }
        return WorkingTreeSnapshot(files: files, recordsTree: tree("records"), schemasTree: tree("schemas"))
    }

    /// The snapshot of the folder a check loaded as `tree`, with the ids of the files it read.
    public static func of(folder root: String, checked tree: RecordTree, repository: Repository? = nil)
        throws(SourceError) -> WorkingTreeSnapshot
    {
        var known: [String: ObjectID] = [:]
        for file in tree.files {
            if let hex = file.objectID, let id = ObjectID(hex: hex) { known[file.path] = id }
        }
        return try of(folder: root, repository: repository, known: known)
    }

    /// `path` made absolute against the current directory (libgit2 resolves a relative path
    /// against the working tree, not the process).
    private static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The bytes of a symbolic link's target (what git stores as the link's blob).
    private static func linkTarget(_ path: String) -> [UInt8]? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count)
        guard count >= 0, count < buffer.count else { return nil }
        return buffer.prefix(count).map { UInt8(bitPattern: $0) }
    }
}
