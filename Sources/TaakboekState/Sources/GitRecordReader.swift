import Foundation
import TaakboekCore
import TaakboekGit

/// What the index and revision sources share: listing git entries as unread source entries,
/// reading blobs (ahead of the loader, or on its threads through a pool of repository handles),
/// the analysis cache, and re-reading a blob's text for a report.
final class GitRecordReader: @unchecked Sendable {
    let location: RepositoryLocation
    private let cache: AnalysisCache?
    private let lock = NSLock()
    private var pool: [Repository] = []
    private var schemaFingerprint = "builtin"
    /// Blobs that could not be read (guarded by `lock`): the repository is damaged.
    private var unreadable: [(path: String, id: ObjectID, error: GitError)] = []

    /// Paths never taken from the analysis cache: read from git with their content.
    private let readingAfresh: Set<String>

    init(location: RepositoryLocation, useCache: Bool, readingAfresh: Set<String> = []) {
        self.location = location
        cache = useCache ? AnalysisCache(gitDir: location.gitDir) : nil
        self.readingAfresh = readingAfresh
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
            case .gitlink: SourceEntry(path: entry.path, content: .other(SourceEntry.submodule), objectID: entry.id.hex)
            default: SourceEntry(path: entry.path, content: .unread, objectID: entry.id.hex)
            }
        }
    }

    func read(_ entry: SourceEntry) -> SourceEntry.Content { read(batch: [entry])[0] }

    /// Cached analyses first, then the other blobs, read with one repository handle.
    func read(batch entries: ArraySlice<SourceEntry>) -> [SourceEntry.Content] {
        let blobs = withRepository { repository in readBlobs(entries, skippingCached: true, with: repository) }
        return withCachedAnalyses(blobs ?? entries.map { _ in .unreadable("the repository cannot be opened") }, entries)
    }

    /// Reads the batches ahead on a thread of its own (see `ReadingAhead`).
    func reading(_ batches: [ArraySlice<SourceEntry>]) -> any BatchReading {
        return ReadingAhead(reader: self, batches: batches)
    }

    /// The blobs of the entries that are unread, in order; an entry with an analysis in the
    /// cache is left `.unread` when `skippingCached` (`withCachedAnalyses` decodes it later, on
    /// the loader's threads).
    func readBlobs(_ entries: ArraySlice<SourceEntry>, skippingCached: Bool, with repository: Repository)
        -> [SourceEntry.Content]
    {
        entries.map { entry in
            guard case .unread = entry.content, let hex = entry.objectID, let id = ObjectID(hex: hex) else {
                return entry.content
            }
            if skippingCached, isCached(entry, hex) { return .unread }
            return content(of: id, path: entry.path, in: repository)
        }
    }

    /// `contents` with each entry left `.unread` replaced by its cached analysis, or (should the
    /// cached entry turn out damaged) by its blob after all.
    func withCachedAnalyses(_ contents: [SourceEntry.Content], _ entries: ArraySlice<SourceEntry>)
        -> [SourceEntry.Content]
    {
        zip(contents, entries).map { content, entry in
            guard case .unread = content, let hex = entry.objectID else { return content }
            if !readingAfresh.contains(entry.path), let cached = cache?.lookup(key: key(entry.path, hex), path: entry.path, objectID: hex) {
                return .analysed(cached)
            }
            return withRepository { repository in
                readBlobs([entry], skippingCached: false, with: repository)[0]
            } ?? .unreadable("the repository cannot be opened")
        }
    }

    private func isCached(_ entry: SourceEntry, _ hex: String) -> Bool {
        guard let cache, entry.path.hasPrefix("records/"), !readingAfresh.contains(entry.path) else { return false }
        return cache.contains(key: key(entry.path, hex))
    }

    private func content(of id: ObjectID, path: String, in repository: Repository) -> SourceEntry.Content {
        do throws(GitError) {
            switch try repository.blob(id, limit: RecordText.maximumSize) {
            case .content(let bytes): return .file(bytes)
            case .tooLarge(let size): return .tooLarge(size)
            }
        } catch {
            lock.lock()
            unreadable.append((path, id, error))
            lock.unlock()
            return .unreadable("git object \(id.short()) cannot be read: \(error.message)")
        }
    }

    /// A record whose blob git cannot give is not a finding about that record but a damaged
    /// repository: the whole check stops (exit status 2) rather than judge the records without it.
    func loadingFailure() -> SourceError? {
        lock.lock()
        defer { lock.unlock() }
        guard let first = unreadable.min(by: { $0.path < $1.path }) else { return nil }
        return SourceError.damagedObject(
            first.id, path: first.path, error: first.error, others: unreadable.count - 1)
    }

    func didAnalyse(batch files: [RecordFile]) {
        guard let cache else { return }
        // A blob git could not give is not analysed: it must be read again next time.
        lock.lock()
        let damaged = Set(unreadable.map(\.id.hex))
        lock.unlock()
        cache.record(
            batch: files.compactMap { file in
                file.objectID.flatMap { damaged.contains($0) ? nil : (key(file.path, $0), file) }
            })
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
    func withRepository<Result>(_ body: (Repository) -> Result) -> Result? {
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
