import Foundation
import TaakboekCore

/// A cache file under `<git dir>/taakboek/`: binary payloads by key.
///
/// Only an optimisation: a missing, stale or corrupt cache changes no result. The file is
/// append-only records of `key, payload`, behind a header naming the format and the taakboek
/// binary that wrote it (another binary starts afresh); a malformed record ends the reading,
/// and everything before it still counts. New entries are streamed to a side file while the
/// check runs and appended at the end; when most entries are no longer used, the file is
/// rewritten with the used ones only.
package final class CacheFile: @unchecked Sendable {
    static let folderName = "taakboek"
    let fileName: String

    let path: String
    private let header: [UInt8]
    private let data: Data
    private let existed: Bool
    /// Where one stored entry is in `data`.
    private struct Slot {
        let key: Range<Int>
        let payload: Range<Int>
        /// Checksum of key and payload.
        let checksum: UInt64
    }

    /// Where stored entries start, by a hash of their key's bytes: the table written beside the
    /// file (`SortedOffsets`), and the entries after what it covers, found by scanning them
    /// (newer: they win). Opening makes no string per key; a lookup compares the key's bytes too.
    private let sorted: SortedOffsets?
    private let index: OffsetTable
    private let lock = NSLock()
    /// Hashes of the stored entries this run used.
    private var referenced: Set<UInt64> = []
    private var pending: FileHandle?
    private var pendingPath: String?
    private var pendingCount = 0
    /// Recorded entries not yet written to the side file: written in large blocks, not one
    /// system call per record.
    private var buffered: [UInt8] = []
    private static let blockSize = 1 << 18

    /// Where the cache file `fileName` of the repository whose git dir is `gitDir` lives.
    package static func path(gitDir: String, fileName: String) -> String {
        (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + folderName + "/" + fileName
    }

    /// Where the table of where that file's entries start lives (`SortedOffsets`).
    package static func offsetsPath(gitDir: String, fileName: String) -> String {
        SortedOffsets.path(forCache: path(gitDir: gitDir, fileName: fileName))
    }

    package init(gitDir: String, fileName: String) {
        self.fileName = fileName
        path = Self.path(gitDir: gitDir, fileName: fileName)
        header = Array("taakboek \(fileName) \(Self.binaryIdentity)\n".utf8)
        let read = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        existed = read != nil
        let existing = read ?? Data()
        if existing.starts(with: header) {
            data = existing
            sorted = SortedOffsets(cachePath: path, cache: existing)
            index = Self.scan(existing, from: max(header.count, sorted?.covered ?? 0))
        } else {
            data = Data()
            sorted = nil
            index = OffsetTable(expectedCount: 0)
        }
    }

    package func contains(_ key: String) -> Bool { slot(key) != nil }

    /// Whether the file was on disk when this was opened, usable or not (written by another
    /// taakboek binary, or damaged).
    package var exists: Bool { existed }

    /// The stored entry of `key`, if any, with the hash of the key (the index's key and the start
    /// of the entry's checksum).
    private func slot(_ key: String) -> (hash: UInt64, slot: Slot)? {
        let hash = ContentHash.of(key)
        guard let offset = index.offset(of: hash) ?? sorted?.offset(of: hash) else { return nil }
        let slot = data.withUnsafeBytes { buffer -> Slot? in
            guard let slot = Self.entry(in: buffer, at: offset) else { return nil }
            var key = key
            let same = key.withUTF8 { UnsafeRawBufferPointer(rebasing: buffer[slot.key]).elementsEqual($0) }
            return same ? slot : nil
        }
        return slot.map { (hash, $0) }
    }

    /// Decodes the payload stored under `key`; nil when absent or when `decode` fails.
    package func lookup<Value>(_ key: String, decode: (inout BinaryReader) throws(BinaryReader.Failure) -> Value)
        -> Value?
    {
        guard let (hash, slot) = slot(key) else { return nil }
        let value: Value? = data.withUnsafeBytes { buffer in
            let payload = UnsafeRawBufferPointer(rebasing: buffer[slot.payload])
            // A damaged entry is a miss, never a wrong result.
            guard Self.checksum(keyHash: hash, payload: payload) == slot.checksum else { return nil }
            var reader = BinaryReader(payload)
            do throws(BinaryReader.Failure) {
                return try decode(&reader)
            } catch {
                return nil
            }
        }
        if value != nil {
            lock.lock()
            referenced.insert(hash)
            lock.unlock()
        }
        return value
    }

    /// Records a payload that was not in the cache.
    package func record(_ key: String, payload: [UInt8]) { record(batch: [(key, payload)]) }

    /// Records several payloads, framing and checksumming them before taking the lock once.
    package func record(batch: [(key: String, payload: [UInt8])]) {
        var writer = BinaryWriter()
        for (key, payload) in batch {
            writer.string(key)
            writer.unsigned(UInt64(payload.count))
            writer.unsigned(payload.withUnsafeBytes { Self.checksum(keyHash: ContentHash.of(key), payload: $0) })
            writer.raw(payload)
        }
        lock.lock()
        defer { lock.unlock() }
        // `referenced` tracks which existing entries are still used; a new entry is written
        // anyway, so it is not added there.
        if pending == nil { openPending() }
        buffered += writer.bytes
        pendingCount += batch.count
        if buffered.count >= Self.blockSize { flush() }
    }

    /// Writes the buffered entries to the side file (with the lock held).
    private func flush() {
        guard !buffered.isEmpty else { return }
        pending?.write(Data(buffered))
        buffered.removeAll(keepingCapacity: true)
    }

    /// Adds what was recorded to the cache file, streaming (a first run on a national
    /// repository records hundreds of thousands of entries). Failing to write only costs speed.
    package func persist() {
        lock.lock()
        defer { lock.unlock() }
        guard let pendingPath else { return }
        flush()
        try? pending?.close()
        pending = nil
        self.pendingPath = nil
        defer { try? FileManager.default.removeItem(atPath: pendingPath) }
        // Every referenced hash is a stored entry's (an entry both in the table and after it
        // counts twice: an estimate is enough here).
        let stale = index.count + (sorted?.count ?? 0) - referenced.count
        if data.isEmpty {
            // The side file already starts with the header: it becomes the cache.
            guard rename(pendingPath, path) == 0 else { return }
            writeOffsets(keeping: [])
        } else if stale > max(1_000, referenced.count + pendingCount) {
            rewrite(appending: pendingPath)
            writeOffsets(keeping: [])
        } else if let output = FileHandle(forWritingAtPath: path) {
            output.seekToEndOfFile()
            Self.copy(from: pendingPath, skippingHeader: header.count, to: output)
            try? output.close()
            // A few entries after the table are cheap to scan at opening; many are not.
            if sorted == nil || index.count + pendingCount > max(256, (sorted?.count ?? 0) / 8) {
                writeOffsets(keeping: storedEntries(), from: data.count)
            }
        }
    }

    /// Every stored entry of the file as it was opened; of a key both in the table and after
    /// it, the later one.
    private func storedEntries() -> [(hash: UInt64, offset: Int)] {
        var entries: [(hash: UInt64, offset: Int)] = []
        entries.reserveCapacity(index.count + (sorted?.count ?? 0))
        sorted?.forEach { hash, offset in if index.offset(of: hash) == nil { entries.append((hash, offset)) } }
        index.forEach { entries.append(($0, $1)) }
        return entries
    }

    /// Writes the table of entry offsets for the file as it now is on disk: `known` entries, and
    /// those found by scanning it from `start` on (the whole file by default).
    private func writeOffsets(keeping known: [(hash: UInt64, offset: Int)], from start: Int? = nil) {
        guard let written = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped),
            written.starts(with: header)
        else { return }
        var entries = known
        Self.scan(written, from: start ?? header.count).forEach { entries.append(($0, $1)) }
        SortedOffsets.write(entries, cache: written, cachePath: path)
    }

    /// A new file with the entries used in this run and the new ones, renamed into place.
    private func rewrite(appending pendingPath: String) {
        let temporary = (path as NSString).deletingLastPathComponent + "/.\(fileName).\(getpid()).tmp"
        guard PlainFile.create(temporary, bytes: header),
            let output = FileHandle(forWritingAtPath: temporary)
        else { return }
        output.seekToEndOfFile()
        // In the order they stand in the file, each copied as it is stored.
        let used = storedEntries().filter { referenced.contains($0.hash) }.map(\.offset)
        for offset in used.sorted() {
            guard let slot = data.withUnsafeBytes({ Self.entry(in: $0, at: offset) }) else { continue }
            var writer = BinaryWriter()
            writer.unsigned(UInt64(slot.key.count))
            output.write(Data(writer.bytes))
            output.write(data[slot.key])
            writer = BinaryWriter()
            writer.unsigned(UInt64(slot.payload.count))
            writer.unsigned(slot.checksum)
            output.write(Data(writer.bytes))
            output.write(data[slot.payload])
        }
        Self.copy(from: pendingPath, skippingHeader: header.count, to: output)
        try? output.close()
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    private static func copy(from source: String, skippingHeader headerLength: Int, to output: FileHandle) {
        guard let input = FileHandle(forReadingAtPath: source) else { return }
        defer { try? input.close() }
        input.seek(toFileOffset: UInt64(headerLength))
        while true {
            let chunk = input.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            output.write(chunk)
        }
    }

    private func openPending() {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let side = folder + "/.pending.\(getpid()).\(UUID().uuidString)"
        guard PlainFile.create(side, bytes: header) else { return }
        pendingPath = side
        pending = FileHandle(forWritingAtPath: side)
        pending?.seekToEndOfFile()
    }

    /// Every well-formed entry by the hash of its key, stopping at the first malformed one; a
    /// later entry of the same key replaces an earlier one.
    private static func scan(_ data: Data, from start: Int) -> OffsetTable {
        // An entry takes a hundred bytes or more: room for all of them at once, not by doubling.
        var index = OffsetTable(expectedCount: (data.count - start) / 100)
        data.withUnsafeBytes { buffer in
            var offset = start
            while offset < buffer.count, let slot = entry(in: buffer, at: offset) {
                index.insert(ContentHash.of(UnsafeRawBufferPointer(rebasing: buffer[slot.key])), offset: offset)
                offset = slot.payload.upperBound
            }
        }
        return index
    }

    /// The entry that starts at `offset`: `key, payload length, checksum, payload`; nil when it
    /// does not fit in the file.
    private static func entry(in buffer: UnsafeRawBufferPointer, at offset: Int) -> Slot? {
        var reader = BinaryReader(buffer, offset: offset)
        guard let keyLength = try? reader.count() else { return nil }
        let key = reader.offset..<(reader.offset + keyLength)
        reader = BinaryReader(buffer, offset: key.upperBound)
        guard let length = try? reader.count(), let checksum = try? reader.unsigned() else { return nil }
        let payload = reader.offset..<(reader.offset + length)
        guard payload.upperBound <= buffer.count else { return nil }
        return Slot(key: key, payload: payload, checksum: checksum)
    }

    /// FNV-1a over the key and then the payload, continued from the key's hash.
    static func checksum(keyHash: UInt64, payload: UnsafeRawBufferPointer) -> UInt64 {
        var hash = keyHash
        for byte in payload {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The binary that writes the cache: a rebuilt taakboek (other rules, other messages) starts afresh.
    static let binaryIdentity: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 else {
            return "unknown"
        }
        return "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)"
    }()
}
