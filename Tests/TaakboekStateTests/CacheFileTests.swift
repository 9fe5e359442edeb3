import Foundation
import Testing

@testable import TaakboekState

/// A cache file and the table of where its entries start (`SortedOffsets`): written, appended
/// to, rewritten, damaged or mismatched, a lookup gives the stored payload or a miss, never
/// another entry's.
@Suite("Cache file and its table of offsets")
struct CacheFileTests {
    final class GitDir {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-cachefile-\(UUID())").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        var cache: String { CacheFile.path(gitDir: path, fileName: "test.cache") }
        var offsets: String { CacheFile.offsetsPath(gitDir: path, fileName: "test.cache") }
        func open() -> CacheFile { CacheFile(gitDir: path, fileName: "test.cache") }
    }

    static func payload(_ key: String) -> [UInt8] { Array("payload of \(key)".utf8) }

    /// Every key's lookup: its own payload, or nil for a miss.
    static func lookups(_ file: CacheFile, _ keys: [String]) -> [String: String?] {
        var found: [String: String?] = [:]
        for key in keys {
            let value = file.lookup(key) { (reader) throws(BinaryReader.Failure) in
                var text = ""
                while !reader.isAtEnd { text.unicodeScalars.append(Unicode.Scalar(try reader.byte())) }
                return text
            }
            // Kept also when nil: a miss is an answer here.
            found.updateValue(value, forKey: key)
        }
        return found
    }

    static func write(_ keys: [String], to dir: GitDir) {
        let file = dir.open()
        file.record(batch: keys.map { ($0, payload($0)) })
        file.persist()
    }

    @Test func aNewCacheGetsATableAndEveryEntryIsFoundThroughIt() throws {
        let dir = try GitDir()
        let keys = (0..<3_000).map { "key-\($0)" }
        Self.write(keys, to: dir)
        let table = try #require(FileManager.default.contents(atPath: dir.offsets))
        #expect(table.count > keys.count * 16)
        let cache = try #require(FileManager.default.contents(atPath: dir.cache))
        let sorted = try #require(SortedOffsets(cachePath: dir.cache, cache: cache))
        #expect(sorted.count == keys.count && sorted.covered == cache.count)
        let found = Self.lookups(dir.open(), keys + ["absent"])
        for key in keys { #expect(found[key] == .some(.some("payload of \(key)"))) }
        #expect(found["absent"] == .some(nil))
    }

    @Test func entriesAppendedAfterTheTableAreFoundToo() throws {
        let dir = try GitDir()
        let old = (0..<3_000).map { "old-\($0)" }
        Self.write(old, to: dir)
        let tableBefore = try #require(FileManager.default.contents(atPath: dir.offsets))
        // A few new entries: appended, the table left as it is (they are scanned at opening).
        let few = (0..<5).map { "new-\($0)" }
        let file = dir.open()
        _ = Self.lookups(file, old)
        file.record(batch: few.map { ($0, Self.payload($0)) })
        file.persist()
        #expect(FileManager.default.contents(atPath: dir.offsets) == tableBefore)
        let found = Self.lookups(dir.open(), old + few)
        for key in old + few { #expect(found[key] == .some(.some("payload of \(key)")), "\(key)") }
        // Many new entries: the table is written again and covers the whole file.
        let many = (0..<1_000).map { "many-\($0)" }
        let again = dir.open()
        _ = Self.lookups(again, old + few)
        again.record(batch: many.map { ($0, Self.payload($0)) })
        again.persist()
        let cache = try #require(FileManager.default.contents(atPath: dir.cache))
        #expect(SortedOffsets(cachePath: dir.cache, cache: cache)?.covered == cache.count)
        let all = Self.lookups(dir.open(), old + few + many)
        for key in old + few + many { #expect(all[key] == .some(.some("payload of \(key)")), "\(key)") }
    }

    @Test func aDamagedTableGivesMissesNeverAnotherEntry() throws {
        let dir = try GitDir()
        let keys = (0..<2_000).map { "key-\($0)" }
        Self.write(keys, to: dir)
        var table = try #require(FileManager.default.contents(atPath: dir.offsets))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let offset = Int.random(in: 44..<table.count, using: &generator)
            table[offset] ^= UInt8.random(in: 1...255, using: &generator)
        }
        try table.write(to: URL(fileURLWithPath: dir.offsets))
        let found = Self.lookups(dir.open(), keys)
        for key in keys {
            let value = try #require(found[key])
            #expect(value == nil || value == "payload of \(key)", "\(key): \(String(describing: value))")
        }
    }

    @Test func theTableOfAnotherCacheIsNotUsed() throws {
        let one = try GitDir()
        let other = try GitDir()
        Self.write((0..<500).map { "one-\($0)" }, to: one)
        let keys = (0..<700).map { "other-\($0)" }
        Self.write(keys, to: other)
        try FileManager.default.removeItem(atPath: other.offsets)
        try FileManager.default.copyItem(atPath: one.offsets, toPath: other.offsets)
        let cache = try #require(FileManager.default.contents(atPath: other.cache))
        #expect(SortedOffsets(cachePath: other.cache, cache: cache) == nil)
        let found = Self.lookups(other.open(), keys)
        for key in keys { #expect(found[key] == .some(.some("payload of \(key)"))) }
    }

    @Test func aTruncatedCacheIsNotDescribedByItsOldTable() throws {
        let dir = try GitDir()
        let keys = (0..<1_000).map { "key-\($0)" }
        Self.write(keys, to: dir)
        let cache = try #require(FileManager.default.contents(atPath: dir.cache))
        let truncated = cache.prefix(cache.count / 2)
        try truncated.write(to: URL(fileURLWithPath: dir.cache))
        #expect(SortedOffsets(cachePath: dir.cache, cache: Data(truncated)) == nil)
        let found = Self.lookups(dir.open(), keys)
        let hits = keys.filter { found[$0] == .some(.some("payload of \($0)")) }
        #expect(hits.count > 100 && hits.count < keys.count)
        #expect(keys.allSatisfy { found[$0] == .some(nil) || found[$0] == .some(.some("payload of \($0)")) })
    }

    /// The search starts where an evenly spread hash would be; hashes that are not spread at all
    /// (bunched at either end, or one run of neighbours) are found all the same, absent ones not.
    @Test func theTableFindsEveryHashHoweverTheyAreSpread() throws {
        let dir = try GitDir()
        try FileManager.default.createDirectory(
            atPath: (dir.cache as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let cache = Data(repeating: 7, count: 4_096)
        try cache.write(to: URL(fileURLWithPath: dir.cache))
        var generator = SystemRandomNumberGenerator()
        let spreads: [[UInt64]] = [
            Array(0..<1_000), Array((UInt64.max - 999)...UInt64.max), Array(1 << 40..<(1 << 40) + 1_000),
            (0..<1_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }, [42],
        ]
        for hashes in spreads {
            let entries = hashes.enumerated().map { (hash: $0.element, offset: $0.offset + 1) }
            SortedOffsets.write(entries, cache: cache, cachePath: dir.cache)
            let table = try #require(SortedOffsets(cachePath: dir.cache, cache: cache))
            for entry in entries { #expect(table.offset(of: entry.hash) == entry.offset, "\(entry.hash)") }
            let present = Set(hashes)
            for probe in [0, 1, 1_000, 1 << 40, UInt64.max / 2, UInt64.max - 1_000, UInt64.max]
                + hashes.map({ $0 &+ 1 })
            where !present.contains(probe) {
                #expect(table.offset(of: probe) == nil, "\(probe)")
            }
        }
    }
}
