/// Writes a `git fast-import` stream to standard output through a large buffer.
///
/// Blobs get marks (`:1`, `:2`, …) that commits refer to; commits get marks too, so later commits
/// and merges can name their parents.
struct FastImportWriter {
    /// One file operation inside a commit.
    enum FileOperation {
        case modify(path: String, mark: Int)
        case delete(path: String)
    }

    private var buffer: [UInt8] = []
    private var nextMark = 1
    private let flushThreshold = 1 << 20

    init() {
        buffer.reserveCapacity(flushThreshold + 65_536)
    }

    /// Reserves a new mark number.
    mutating func newMark() -> Int {
        defer { nextMark += 1 }
        return nextMark
    }

    /// Writes a blob and returns its mark.
    mutating func blob(_ content: String) -> Int {
        let mark = newMark()
        append("blob\nmark :\(mark)\n")
        data(content)
        return mark
    }

    /// Writes the header of a commit: ref, mark, author and committer, message and parents.
    /// File operations follow with `operation` or `inlineFile`, then the next command.
    mutating func beginCommit(
        ref: String, mark: Int, author: Author, time: CommitTime, message: String,
        from parent: Int?, merge: Int? = nil
    ) {
        let identity = "\(author.name) <\(author.email)> \(time.gitStamp)\n"
        append("commit \(ref)\nmark :\(mark)\nauthor \(identity)committer \(identity)")
        data(message.hasSuffix("\n") ? message : message + "\n")
        if let parent { append("from :\(parent)\n") }
        if let merge { append("merge :\(merge)\n") }
    }

    mutating func operation(_ operation: FileOperation) {
        switch operation {
        case let .modify(path, mark): append("M 100644 :\(mark) \(path)\n")
        case let .delete(path): append("D \(path)\n")
        }
    }

    /// A file whose content follows inline, without a mark (for one large commit).
    mutating func inlineFile(path: String, content: String) {
        append("M 100644 inline \(path)\n")
        data(content)
    }

    /// Ends the commit with a blank line (optional in the format, but clearer to read).
    mutating func endCommit() {
        append("\n")
    }

    /// Points `ref` at a commit, or deletes the ref when `mark` is nil and nothing was
    /// committed to it since.
    mutating func reset(ref: String, to mark: Int?) {
        append("reset \(ref)\n")
        if let mark { append("from :\(mark)\n") }
        append("\n")
    }

    mutating func done() {
        append("done\n")
        flush()
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { StandardStreams.write($0, to: 1) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func data(_ content: String) {
        append("data \(content.utf8.count)\n")
        append(content)
        append("\n")
    }

    private mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { flush() }
    }
}
