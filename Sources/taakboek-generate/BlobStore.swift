/// Writes each distinct file content once as a blob and remembers its mark, so a renamed file,
/// a file put back and a merge reuse the blob they already have.
struct BlobStore {
    private var marks: [String: Int] = [:]

    mutating func mark(for content: String, writer: inout FastImportWriter) -> Int {
        if let mark = marks[content] { return mark }
        let mark = writer.blob(content)
        marks[content] = mark
        return mark
    }

    mutating func operations(
        for changes: [FileChange],
        writer: inout FastImportWriter
    ) -> [FastImportWriter.FileOperation] {
        changes.map { change in
            switch change {
            case let .write(path, content): return .modify(path: path, mark: mark(for: content, writer: &writer))
            case let .delete(path): return .delete(path: path)
            }
        }
    }
}
