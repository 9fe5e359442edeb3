import Foundation
import TaakboekCore
import TaakboekGit

/// What the index and revision sources share: listing git entries as unread source entries,
/// reading blobs on the loader's threads through a pool of repository handles, the analysis
/// cache, and re-reading a blob's text for a report.
final class GitRecordReader: @unchecked Sendable {
    let location: RepositoryLocation
    private let cache: AnalysisCache?
    private let lock = NSLock()
    private var pool: [Repository] = []
    private var schemaFingerprint = "builtin"

    init(location: RepositoryLocation, useCache: Bool) {
        self.location = location
        cache = useCache ? AnalysisCache(gitDir: location.gitDir) : nil
    }

    /// Identifies the schemas in force: the blob ids of `schemas/`, or the built-in copies.
    static func schemaFingerprint(_ listed: [GitListedFile]) -> String {
        let schemaIDs = listed.filter { $0.path.hasPrefix("schemas/") }.map { "\($0.path)=\($0.id.hex)" }
        return schemaIDs.isEmpty ? "builtin" : ContentHash.hex(ContentHash.of(schemaIDs.joined(separator: ";")))
    }

    static func isRecordPath(_ path: String) -> Bool {
        path.hasPrefix("records/") || path.hasPrefix("schemas/")
    }

    /// Unread entries for the listed blobs; symbolic links and submodules are what they are.
    func entries(_ listed: [GitListedFile]) -> [SourceEntry] {
        lock.lock()
        schemaFingerprint = Self.schemaFingerprint(listed)
        lock.unlock()
        return listed.map { entry in
            switch entry.mode {
            case .symlink: SourceEntry(path: entry.path, content: .symbolicLink, objectID: entry.id.hex)
            case .gitlink: SourceEntry(path: entry.path, content: .other("submodule"), objectID: entry.id.hex)
            default: SourceEntry(path: entry.path, content: .unread, objectID: entry.id.hex)
            }
        }
    }

    func read(_ entry: SourceEntry) -> SourceEntry.Content {
        guard case .unread = entry.content, let hex = entry.objectID, let id = ObjectID(hex: hex) else {
            return entry.content
        }
        if entry.path.hasPrefix("records/"),
            let cached = cache?.lookup(key: key(entry.path, hex), path: entry.path, objectID: hex)
        {
            return .analysed(cached)
        }
        return withRepository { repository in
            do throws(GitError) {
                let size = try repository.blobSize(id)
                if size > RecordText.maximumSize { return .tooLarge(size) }
                return .file(try repository.blob(id))
            } catch {
                return .unreadable("git object \(id.short()) cannot be read: \(error.message)")
            }
        } ?? .unreadable("the repository cannot be opened")
    }

    func didAnalyse(_ file: RecordFile) {
        guard let cache, let hex = file.objectID else { return }
        cache.record(key: key(file.path, hex), file)
    }

    func finishLoading() { cache?.persist() }

    func text(of file: RecordFile) -> String? {
        guard let hex = file.objectID, let id = ObjectID(hex: hex) else { return nil }
        return withRepository { repository in
            (try? repository.blob(id)).flatMap { RecordText.decode($0).text }
        } ?? nil
    }

    /// Read without the lock: `entries(_:)` sets the fingerprint before any file is read, and
    /// the loader starts its reading threads after that (taking a lock twice per record cost
    /// measurable time on a national repository).
    private func key(_ path: String, _ objectID: String) -> String {
        AnalysisCache.key(path: path, objectID: objectID, schemas: schemaFingerprint)
    }

    /// Runs `body` with a repository handle of this thread's own (handles are not shared
    /// between threads at the same time; they are reused).
    private func withRepository<Result>(_ body: (Repository) -> Result) -> Result? {
        lock.lock()
        let handle = pool.popLast()
        lock.unlock()
        guard let repository = handle ?? (try? Repository.open(location)) else { return nil }
        let result = body(repository)
        lock.lock()
        pool.append(repository)
        lock.unlock()
        return result
    }
}
