/// Where records are read from: the working tree, the git index, or a commit. The checker and
/// every rule are the same whatever the source.
public protocol RecordSource: Sendable {
    /// How findings name this source when it is not the working tree (`index`, `a1b2c3d`); nil for the working tree.
    var origin: String? { get }
    /// Every entry below `records/` plus the files in `schemas/`, with repository-relative paths.
    func entries() throws(SourceError) -> [SourceEntry]
    /// The content of an entry listed as `.unread`, read when the loader gets to it (on any
    /// thread), so that the bytes of a large repository are never all in memory at once.
    func read(_ entry: SourceEntry) -> SourceEntry.Content
    /// Reads the given batches for the loader, which asks for each batch once, from any thread, in
    /// about the order given. A source may read ahead on a thread of its own.
    func reading(_ batches: [ArraySlice<SourceEntry>]) -> any BatchReading
    /// Called (on any thread) with the files of a batch the loader analysed afresh, before their
    /// content is released: a source with a cache records them.
    func didAnalyse(batch files: [RecordFile])
    /// Called once when loading is done.
    func finishLoading()
    /// Asked after loading: a failure of the source itself that came to light while reading (a
    /// damaged git object), which stops the load with exit status 2 instead of becoming findings.
    func loadingFailure() -> SourceError?
    /// The text of a file again, after the loader released it (to quote lines in a report).
    func text(of file: RecordFile) -> String?
    /// git's id of an entry whose content the loader read as `bytes`: the listed id for git's
    /// sources; a working-tree source may compute it from the bytes, so that the id names exactly
    /// what was checked without reading the file again.
    func objectID(of entry: SourceEntry, read bytes: [UInt8]) -> String?
}

extension RecordSource {
    public func text(of file: RecordFile) -> String? { nil }
    public func objectID(of entry: SourceEntry, read bytes: [UInt8]) -> String? { entry.objectID }
    public func read(_ entry: SourceEntry) -> SourceEntry.Content { entry.content }
    public func didAnalyse(batch files: [RecordFile]) {}
    public func finishLoading() {}
    public func loadingFailure() -> SourceError? { nil }
    public func reading(_ batches: [ArraySlice<SourceEntry>]) -> any BatchReading {
        ReadingOnRequest(source: self, batches: batches)
    }
}

/// The contents of a loader's batches of entries.
public protocol BatchReading: Sendable {
    /// The contents of batch `index`, in the order of its entries. Asked once per batch.
    func contents(ofBatch index: Int) -> [SourceEntry.Content]
}

/// Reads each batch when it is asked for, on the asking thread.
struct ReadingOnRequest<Source: RecordSource>: BatchReading {
    let source: Source
    let batches: [ArraySlice<SourceEntry>]

    func contents(ofBatch index: Int) -> [SourceEntry.Content] {
        batches[index].map { $0.content.isUnread ? source.read($0) : $0.content }
    }
}

public struct SourceEntry: Sendable {
    public enum Content: Sendable {
        case file([UInt8])
        /// A symbolic link: never followed, reported.
        case symbolicLink
        /// Not a record file: a socket, a submodule, a folder where a file belongs, ...; with the
        /// message that says what it is and what to do.
        case other(LocalizedText)
        /// A file over the record size limit, not read into memory.
        case tooLarge(Int)
        /// Listed but not read yet: the source's `read(_:)` gives the content.
        case unread
        /// Already analysed (from the analysis cache): no need to read or parse it.
        case analysed(RecordFile)
        /// The file exists but could not be read.
        case unreadable(String)
    }

    public let path: String
    public let content: Content
    /// git's id of the content, when it came from git.
    public let objectID: String?

    public init(path: String, content: Content, objectID: String? = nil) {
        self.path = path
        self.content = content
        self.objectID = objectID
    }
}

/// A source that cannot be read at all (the folder is missing, git refuses): exit status 2.
public struct SourceError: Error, Sendable, CustomStringConvertible {
    public let message: LocalizedText

    public init(_ message: LocalizedText) { self.message = message }

    public var description: String { message.en }
}
