import Foundation
import TaakboekCore
import TaakboekGit

/// The records in a folder on disk (`FileSystemSource`), each file given the blob id `git add`
/// would give it, computed from the bytes the loader read: through the repository's clean
/// filters when the folder is in a git repository (a CRLF checkout hashes to the LF blob it came
/// from), as they are outside one. So the ids a report prints, and the ids the change rules use
/// to read only the changed municipalities of a base, name exactly what was checked, and no
/// file is read twice.
///
/// `@unchecked Sendable`: its one mutable part, the pool of repository handles, is touched only
/// under `lock` (a `Mutex` cannot hand out a non-Sendable handle).
public final class WorkingTreeSource: RecordSource, @unchecked Sendable {
    public let files: FileSystemSource
    public var origin: String? { nil }
    private let location: RepositoryLocation?
    /// The folder's path relative to the working tree (`""` at its root, else ending in `/`):
    /// clean filters are chosen by the path in the working tree.
    private let prefix: String
    /// Whether a configured filter driver may change any file's bytes (`Repository.hasFilterDrivers`).
    private let filterDrivers: Bool
    private let lock = NSLock()
    /// Repository handles, each used by one thread at a time (guarded by `lock`).
    private var pool: [Repository] = []

    /// `repository`: the repository the folder is in, if any.
    public init(root: String, repository: Repository?) {
        files = FileSystemSource(root: root)
        guard let repository, let workdir = repository.workdir,
            let folder = Self.resolved(root), let top = Self.resolved(workdir)
        else {
            location = nil
            prefix = ""
            filterDrivers = false
            return
        }
        if folder == top {
            prefix = ""
        } else if folder.hasPrefix(top + "/") {
            prefix = String(folder.dropFirst(top.count + 1)) + "/"
        } else {
            // Not inside the working tree (GIT_WORK_TREE elsewhere): hashed as the bytes are.
            location = nil
            prefix = ""
            filterDrivers = false
            return
        }
        location = repository.location
        // Unreadable configuration: every file goes through libgit2's filters.
        filterDrivers = (try? repository.hasFilterDrivers()) ?? true
        pool = []
    }

    public func entries() throws(SourceError) -> [SourceEntry] { try files.entries() }
    public func read(_ entry: SourceEntry) -> SourceEntry.Content { files.read(entry) }
    public func text(of file: RecordFile) -> String? { files.text(of: file) }

    public func objectID(of entry: SourceEntry, read bytes: [UInt8]) -> String? {
        guard let location else { return (try? ObjectID.ofBlob(bytes))?.hex }
        // The usual case, without libgit2's attribute lookups (a stat of every folder's
        // .gitattributes per file; on a national working tree they took seconds): no CR for the
        // line-end filter to convert, no `$Id` for `ident`, no filter driver. Such bytes are
        // stored as they are.
        if !filterDrivers && !Self.mayBeChangedByBuiltInFilters(bytes) { return (try? ObjectID.ofBlob(bytes))?.hex }
        lock.lock()
        let handle = pool.popLast()
        lock.unlock()
        guard let repository = handle ?? (try? Repository.open(location)) else { return nil }
        defer {
            lock.lock()
            pool.append(repository)
            lock.unlock()
        }
        return (try? repository.hashWorkingContent(bytes, asPath: prefix + entry.path))?.hex
    }

    /// Whether the line-end or `ident` filter could change these bytes on their way into git.
    static func mayBeChangedByBuiltInFilters(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            if memchr(base, 0x0D, buffer.count) != nil { return true }
            var start = 0
            while start + 3 <= buffer.count,
                let found = memchr(base + start, 0x24, buffer.count - start)  // "$"
            {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 3 <= buffer.count && buffer[index + 1] == 0x49 && buffer[index + 2] == 0x64 { return true }  // "Id"
                start = index + 1
            }
            return false
        }
    }

    /// `path` absolute, with symbolic links resolved, without a trailing slash.
    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
