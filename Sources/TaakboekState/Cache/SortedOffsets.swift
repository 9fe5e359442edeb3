import Foundation
import TaakboekCore

/// Where each entry of a cache file starts, sorted by key hash, in a file of its own beside the
/// cache (`<cache>.offsets`): opening a cache then reads no entry it does not look up. Without
/// it, opening scans every entry of the cache to find where each one starts, which for the
/// history index of 20,000 commits (4.4 MB) was a fifth of a warm `taakboek log -n 1`.
///
/// The table covers the cache up to a length, and names the bytes just before that length; a
/// cache that was rewritten (or a table of another cache) does not match and is not used. The
/// entries appended after the covered length are scanned as before. A lookup still compares the
/// entry's key and checksum, so a wrong table can cost a miss, never give a wrong result.
struct SortedOffsets {
    private static let magic = Array("taakboek offsets v1\n".utf8)
    private static let checkedLength = 64

    private let table: Data
    private let start: Int
    /// How many entries the table holds.
    let count: Int
    /// The length of the cache file the table describes.
    let covered: Int

    static func path(forCache cachePath: String) -> String { cachePath + ".offsets" }

    /// The table for `cache` (the whole cache file as read), if the one on disk fits it.
    init?(cachePath: String, cache: Data) {
        guard
            let table = try? Data(
                contentsOf: URL(fileURLWithPath: Self.path(forCache: cachePath)), options: .alwaysMapped),
            table.starts(with: Self.magic)
        else { return nil }
        let fields = table.withUnsafeBytes { buffer -> (covered: UInt64, check: UInt64, count: UInt64)? in
            let at = Self.magic.count
            guard buffer.count >= at + 24 else { return nil }
            return (
                buffer.loadUnaligned(fromByteOffset: at, as: UInt64.self),
                buffer.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self),
                buffer.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self)
            )
        }
        guard let fields, fields.covered <= UInt64(cache.count), fields.count <= UInt64(table.count / 16) else {
            return nil
        }
        let covered = Int(fields.covered)
        let count = Int(fields.count)
        let start = Self.magic.count + 24
        guard table.count == start + count * 16, Self.check(cache, upTo: covered) == fields.check else { return nil }
        self.table = table
        self.start = start
        self.count = count
        self.covered = covered
    }

    /// Where the entry whose key hashes to `hash` starts, if the table has one.
    ///
    /// Key hashes are spread evenly, so the entry is near `hash / 2⁶⁴ × count`: the search starts
    /// there and widens only as far as needed, touching a few neighbouring cache lines where a
    /// binary search over the whole table would miss the cache at every step (a warm `log` looks
    /// up 20,000 commits).
    func offset(of hash: UInt64) -> Int? {
        guard count > 0 else { return nil }
        return table.withUnsafeBytes { buffer in
            let guess = min(count - 1, Int((Double(hash) / 18_446_744_073_709_551_616.0) * Double(count)))
            // A range [low, high) that holds the first index whose hash is not below `hash`.
            var low = guess
            var high = guess + 1
            var step = 1
            while low > 0 && hashAt(low, buffer) >= hash {
                high = low
                low = max(0, low - step)
                step *= 2
            }
            step = 1
            while high < count && hashAt(high - 1, buffer) < hash {
                low = high
                high = min(count, high + step)
                step *= 2
            }
            while low < high {
                let middle = (low + high) / 2
                if hashAt(middle, buffer) < hash { low = middle + 1 } else { high = middle }
            }
            guard low < count, hashAt(low, buffer) == hash else { return nil }
            return offsetAt(low, buffer)
        }
    }

    /// A damaged table may hold any number: one that is no offset at all is a miss (nil).
    private func offsetAt(_ index: Int, _ buffer: UnsafeRawBufferPointer) -> Int? {
        Int(exactly: buffer.loadUnaligned(fromByteOffset: start + index * 16 + 8, as: UInt64.self))
    }

    private func hashAt(_ index: Int, _ buffer: UnsafeRawBufferPointer) -> UInt64 {
        buffer.loadUnaligned(fromByteOffset: start + index * 16, as: UInt64.self)
    }

    /// Every entry of the table, in hash order.
    func forEach(_ body: (_ hash: UInt64, _ offset: Int) -> Void) {
        table.withUnsafeBytes { buffer in
            for index in 0..<count {
                if let offset = offsetAt(index, buffer) { body(hashAt(index, buffer), offset) }
            }
        }
    }

    /// Writes the table for a cache of `cache` (its whole contents) whose entries start at
    /// `entries` (a later entry of a hash replaces an earlier one), by a temporary file renamed
    /// into place. Failing to write costs speed only.
    static func write(_ entries: [(hash: UInt64, offset: Int)], cache: Data, cachePath: String) {
        var sorted = entries.sorted { $0.hash != $1.hash ? $0.hash < $1.hash : $0.offset < $1.offset }
        // Of equal hashes the last (the latest entry) stays.
        var kept: [(hash: UInt64, offset: Int)] = []
        kept.reserveCapacity(sorted.count)
        for entry in sorted {
            if let last = kept.last, last.hash == entry.hash {
                kept[kept.count - 1] = entry
            } else {
                kept.append(entry)
            }
        }
        sorted = kept
        var bytes = magic
        bytes.reserveCapacity(magic.count + 24 + sorted.count * 16)
        func append(_ value: UInt64) { withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) } }
        append(UInt64(cache.count))
        append(check(cache, upTo: cache.count))
        append(UInt64(sorted.count))
        for entry in sorted {
            append(entry.hash)
            append(UInt64(entry.offset))
        }
        let path = Self.path(forCache: cachePath)
        let temporary = (path as NSString).deletingLastPathComponent + "/.offsets.\(getpid()).\(UUID().uuidString)"
        guard PlainFile.create(temporary, bytes: bytes) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// A hash of the bytes just before `length`: a cache rewritten since the table was written
    /// (or another cache) almost surely differs there.
    private static func check(_ cache: Data, upTo length: Int) -> UInt64 {
        let from = max(0, length - checkedLength)
        return cache.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[from..<length])) }
            ^ UInt64(length)
    }
}
