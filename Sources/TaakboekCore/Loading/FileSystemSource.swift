#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads records from a folder on disk (the working tree). Symbolic links are reported, never
/// followed; files larger than the record limit are not read into memory.
public struct FileSystemSource: RecordSource {
    public let root: String
    public var origin: String? { nil }

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    public func entries() throws(SourceError) -> [SourceEntry] {
        var result: [SourceEntry] = []
        var pendingReads: [Int] = []
        for top in ["records", "schemas"] {
            var info = stat()
            let full = root + "/" + top
            guard lstat(full, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                result.append(SourceEntry(path: top, content: .symbolicLink))
                continue
            }
            walk(relative: top, into: &result, pendingReads: &pendingReads, depth: 0)
        }
        let paths = pendingReads.map { result[$0].path }
        let contents = paths.parallelMap { read($0) }
        for (index, content) in zip(pendingReads, contents) {
            result[index] = SourceEntry(path: result[index].path, content: content)
        }
        return result
    }

    private func walk(relative: String, into result: inout [SourceEntry], pendingReads: inout [Int], depth: Int) {
        let full = root + "/" + relative
        guard depth < 32 else {
            result.append(SourceEntry(path: relative, content: .other("folder nested too deeply")))
            return
        }
        guard let directory = opendir(full) else {
            result.append(SourceEntry(path: relative, content: .unreadable(String(cString: strerror(errno)))))
            return
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            let path = relative + "/" + name
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else {
                result.append(SourceEntry(path: path, content: .unreadable(String(cString: strerror(errno)))))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(relative: path, into: &result, pendingReads: &pendingReads, depth: depth + 1)
            case S_IFLNK: result.append(SourceEntry(path: path, content: .symbolicLink))
            case S_IFREG:
                if Int(info.st_size) > RecordText.maximumSize {
                    result.append(SourceEntry(path: path, content: .tooLarge(Int(info.st_size))))
                } else {
                    // Read later, all files at once on every core.
                    result.append(SourceEntry(path: path, content: .file([])))
                    pendingReads.append(result.count - 1)
                }
            default: result.append(SourceEntry(path: path, content: .other("not a regular file")))
            }
        }
    }

    public func text(of file: RecordFile) -> String? {
        guard case .file(let bytes) = read(file.path) else { return nil }
        return RecordText.decode(bytes).text
    }

    private func read(_ path: String) -> SourceEntry.Content {
        guard let file = fopen(root + "/" + path, "rb") else { return .unreadable(String(cString: strerror(errno))) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
            if bytes.count > RecordText.maximumSize { break }
        }
        if ferror(file) != 0 { return .unreadable(String(cString: strerror(errno))) }
        return .file(bytes)
    }

}
