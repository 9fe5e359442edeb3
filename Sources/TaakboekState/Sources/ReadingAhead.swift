import Foundation
import TaakboekCore
import TaakboekGit

/// Reads the loader's batches of blobs in order on a thread of its own, a few batches ahead of
/// the loader's threads, which parse, validate and analyse.
///
/// Why a thread of its own: libgit2 guards its pack windows with one process-wide mutex, so two
/// threads reading objects at once mostly wait on each other (on a national repository a tenth
/// of the check's time went to that mutex), and a lock taken per batch instead left the loader's
/// threads waiting for each other's reading. One reader that stays ahead keeps both cores busy.
final class ReadingAhead: BatchReading, @unchecked Sendable {
    /// Batches read but not yet taken, at most: bounds the memory held by blobs read ahead.
    static let lookahead = 16

    private let reader: GitRecordReader
    private let batches: [ArraySlice<SourceEntry>]
    private let lock = NSLock()
    private var read: [[SourceEntry.Content]?]
    private let ready: [DispatchSemaphore]
    private let space = DispatchSemaphore(value: ReadingAhead.lookahead)

    init(reader: GitRecordReader, batches: [ArraySlice<SourceEntry>]) {
        self.reader = reader
        self.batches = batches
        read = Array(repeating: nil, count: batches.count)
        ready = batches.map { _ in DispatchSemaphore(value: 0) }
        guard !batches.isEmpty else { return }
        // A thread, not a dispatch queue: the loader's threads are dispatch's, and they wait here.
        let thread = Thread { [self] in readAll() }
        thread.name = "taakboek: reading blobs"
        thread.start()
    }

    func contents(ofBatch index: Int) -> [SourceEntry.Content] {
        ready[index].wait()
        lock.lock()
        let contents = read[index] ?? []
        read[index] = nil
        lock.unlock()
        space.signal()
        return reader.withCachedAnalyses(contents, batches[index])
    }

    private func readAll() {
        let repository = try? Repository.open(reader.location)
        for (index, batch) in batches.enumerated() {
            space.wait()
            let contents =
                repository.map { reader.readBlobs(batch, skippingCached: true, with: $0) }
                ?? batch.map { _ in .unreadable("the repository cannot be opened") }
            lock.lock()
            read[index] = contents
            lock.unlock()
            ready[index].signal()
        }
    }
}
