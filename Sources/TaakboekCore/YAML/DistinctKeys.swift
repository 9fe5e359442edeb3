/// The keys of one mapping seen so far, to refuse a duplicate. A record's mapping has about ten
/// keys, found faster by comparing with each than by hashing; past `linearSearch` keys they go
/// into a set, so that a file of 100,000 keys is not 5 billion comparisons.
struct DistinctKeys {
    static let linearSearch = 16
    private var hashed: Set<String> = []

    /// Whether `key` is new among the mapping's `pairs`; remembers it.
    mutating func insert(_ key: String, among pairs: [YAMLPair]) -> Bool {
        if pairs.count < Self.linearSearch { return !pairs.contains { $0.key == key } }
        if hashed.isEmpty { hashed = Set(pairs.lazy.map(\.key)) }
        return hashed.insert(key).inserted
    }
}
