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
        for top in ["records", "schemas"] {
            var info = stat()
            let full = root + "/" + top
            guard lstat(full, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                result.append(SourceEntry(path: top, content: .symbolicLink))
                continue
            }
            walk(relative: top, into: &result, depth: 0)
        }
        return result
    }

    private func walk(relative: String, into result: inout [SourceEntry], depth: Int) {
        let full = root + "/" + relative
        guard depth < 32 else {
            result.append(SourceEntry(path: relative, content: .other(SourceEntry.nestedTooDeeply)))
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
            case S_IFDIR:
                // Another repository's working tree (a submodule, a nested clone) is not read: its
                // files are not this repository's records.
                var gitInfo = stat()
                if lstat(root + "/" + path + "/.git", &gitInfo) == 0 {
                    result.append(SourceEntry(path: path, content: .other(SourceEntry.submodule)))
                } else if case .record = RecordPath.classify(path) {
                    result.append(SourceEntry(path: path, content: .other(SourceEntry.folderInsteadOfFile)))
                } else {
                    walk(relative: path, into: &result, depth: depth + 1)
                }
            case S_IFLNK: result.append(SourceEntry(path: path, content: .symbolicLink))
            case S_IFREG:
                if Int(info.st_size) > RecordText.maximumSize {
                    result.append(SourceEntry(path: path, content: .tooLarge(Int(info.st_size))))
                } else {
                    // Read by the loader, on whichever core parses it.
                    result.append(SourceEntry(path: path, content: .unread))
                }
            default: result.append(SourceEntry(path: path, content: .other(SourceEntry.notARegularFile)))
            }
        }
    }

    public func read(_ entry: SourceEntry) -> SourceEntry.Content {
        entry.content.isUnread ? read(entry.path) : entry.content
    }

    public func text(of file: RecordFile) -> String? {
        guard case .file(let bytes) = read(file.path) else { return nil }
        return RecordText.decode(bytes).text
    }

    private func read(_ path: String) -> SourceEntry.Content {
        let descriptor = open(root + "/" + path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        if size > RecordText.maximumSize { return .tooLarge(size) }
        // One allocation of the file's size (plus one byte to notice a file that grew meanwhile).
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled, off_t(filled))
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .unreadable(String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        if filled > size { return .tooLarge(filled) }
        bytes.removeLast(bytes.count - filled)
        return .file(bytes)
    }

}
