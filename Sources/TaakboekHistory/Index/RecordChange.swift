import TaakboekGit

/// One record file that differs between a commit and one of its parents: its blob before and
/// after (nil where the file does not exist). Paths are full (`records/tynaarlo/...`).
public struct RecordChange: Hashable, Sendable {
    public let path: String
    public let old: ObjectID?
    public let new: ObjectID?

    public init(path: String, old: ObjectID?, new: ObjectID?) {
        self.path = path
        self.old = old
        self.new = new
    }
}

/// Paths and names in the order of their UTF-8 bytes (git's order; `String`'s `<` compares
/// Unicode scalars after normalisation). Over the contiguous bytes: the generic
/// `utf8.lexicographicallyPrecedes` was a sixth of a cold index build.
enum ByteOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { x in b.withUTF8 { y in x.lexicographicallyPrecedes(y) } }
    }
}
