/// Where each entry of a cache file starts, by the hash of its key: an open-addressing table over
/// two flat arrays. Opening a cache fills it with every entry, so it is built for that: no
/// allocation per entry and no second hashing of the (already mixed) key hash, which a
/// `Dictionary` of slots spent most of an opening on. A later entry with the same key hash
/// replaces the earlier one.
struct OffsetTable {
    private var hashes: [UInt64]
    /// 0 marks an empty bucket: no entry starts at 0, where the file's header is.
    private var offsets: [Int]
    private var mask: Int
    private(set) var count = 0

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        hashes = Array(repeating: 0, count: capacity)
        offsets = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Records that the entry whose key hashes to `hash` starts at `offset` (greater than 0).
    mutating func insert(_ hash: UInt64, offset: Int) {
        if (count + 1) * 2 > offsets.count { grow() }
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while offsets[bucket] != 0 {
            if hashes[bucket] == hash {
                offsets[bucket] = offset
                return
            }
            bucket = (bucket + 1) & mask
        }
        hashes[bucket] = hash
        offsets[bucket] = offset
        count += 1
    }

    /// Where the entry whose key hashes to `hash` starts, if there is one.
    func offset(of hash: UInt64) -> Int? {
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while offsets[bucket] != 0 {
            if hashes[bucket] == hash { return offsets[bucket] }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    /// Every entry, in no particular order.
    func forEach(_ body: (_ hash: UInt64, _ offset: Int) -> Void) {
        for bucket in offsets.indices where offsets[bucket] != 0 { body(hashes[bucket], offsets[bucket]) }
    }

    private mutating func grow() {
        var larger = OffsetTable(expectedCount: offsets.count)
        forEach { larger.insert($0, offset: $1) }
        self = larger
    }
}
