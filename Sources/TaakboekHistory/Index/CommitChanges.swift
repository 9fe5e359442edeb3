import TaakboekGit
import TaakboekRepository

/// What one commit changed under `records/`, against each of its parents (against nothing for a
/// root commit), with what a history walk needs of the commit itself: its parents and time.
public struct CommitChanges: Sendable {
    public let id: ObjectID
    public let parents: [ObjectID]
    /// Committer time, seconds since 1970: the order `git log` walks in.
    public let time: Int64
    /// One list per parent, in the parents' order (one list against the empty tree for a root
    /// commit), sorted by path.
    public let changes: [[RecordChange]]
    /// The commit's parents are not in this (shallow) clone: `changes` holds its one list
    /// against nothing, as for a root commit, and older history is unknown.
    public let isShallowBoundary: Bool

    public init(
        id: ObjectID, parents: [ObjectID], time: Int64, changes: [[RecordChange]], isShallowBoundary: Bool = false
    ) {
        self.id = id
        self.parents = parents
        self.time = time
        self.changes = changes
        self.isShallowBoundary = isShallowBoundary
    }

    /// The change of `path` against parent `index` (the only list for a root commit), if any.
    public func change(of path: String, parent index: Int) -> RecordChange? {
        guard index < changes.count else { return nil }
        let list = changes[index]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if ByteOrder.precedes(list[middle].path, path) { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].path == path ? list[low] : nil
    }
}

extension CommitChanges {
    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.unsigned(UInt64(parents.count))
        for parent in parents { writer.raw(parent.bytes) }
        writer.int(Int(time))
        writer.unsigned(UInt64(changes.count))
        for list in changes {
            writer.unsigned(UInt64(list.count))
            for change in list {
                writer.string(change.path)
                Self.write(change.old, &writer)
                Self.write(change.new, &writer)
            }
        }
        return writer.bytes
    }

    static func decode(id: ObjectID, _ reader: inout BinaryReader) throws(BinaryReader.Failure) -> CommitChanges {
        var parents: [ObjectID] = []
        for _ in 0..<(try reader.count()) { parents.append(try objectID(&reader)) }
        let time = Int64(try reader.int())
        var changes: [[RecordChange]] = []
        for _ in 0..<(try reader.count()) {
            var list: [RecordChange] = []
            for _ in 0..<(try reader.count()) {
                let path = try reader.string()
                let old = try optionalID(&reader)
                list.append(RecordChange(path: path, old: old, new: try optionalID(&reader)))
            }
            changes.append(list)
        }
        return CommitChanges(id: id, parents: parents, time: time, changes: changes)
    }

    private static func write(_ id: ObjectID?, _ writer: inout BinaryWriter) {
        writer.bool(id != nil)
        if let id { writer.raw(id.bytes) }
    }

    private static func objectID(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> ObjectID {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ObjectID.byteCount)
        for _ in 0..<ObjectID.byteCount { bytes.append(try reader.byte()) }
        guard let id = ObjectID(bytes: bytes) else { throw BinaryReader.Failure() }
        return id
    }

    private static func optionalID(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> ObjectID? {
        try reader.bool() ? try objectID(&reader) : nil
    }
}
