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
