import TaakboekGit
import TaakboekState

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

    /// `path`: when given, only that path's changes are kept (all a path walk asks of most
    /// commits); the other paths are compared as bytes and skipped, never made into strings.
    static func decode(id: ObjectID, _ reader: inout BinaryReader, keeping path: String? = nil)
        throws(BinaryReader.Failure) -> CommitChanges
    {
        var parents: [ObjectID] = []
        let parentCount = try reader.count()
        parents.reserveCapacity(parentCount)
        for _ in 0..<parentCount { parents.append(try objectID(&reader)) }
        let time = Int64(try reader.int())
        var wanted = path ?? ""
        let lists = wanted.withUTF8 { wantedBytes -> Result<[[RecordChange]], BinaryReader.Failure> in
            do throws(BinaryReader.Failure) {
                return .success(try changeLists(&reader, keeping: path.map { ($0, wantedBytes) }))
            } catch {
                return .failure(error)
            }
        }
        let changes = try lists.get()
        return CommitChanges(id: id, parents: parents, time: time, changes: changes)
    }

    private static func changeLists(
        _ reader: inout BinaryReader, keeping path: (text: String, utf8: UnsafeBufferPointer<UInt8>)?
    ) throws(BinaryReader.Failure) -> [[RecordChange]] {
        var changes: [[RecordChange]] = []
        for _ in 0..<(try reader.count()) {
            var list: [RecordChange] = []
            for _ in 0..<(try reader.count()) {
                let pathBytes = try reader.stringBytes()
                let old = try optionalID(&reader)
                let new = try optionalID(&reader)
                if let path {
                    guard pathBytes.elementsEqual(path.utf8) else { continue }
                    list.append(RecordChange(path: path.text, old: old, new: new))
                } else {
                    list.append(RecordChange(path: String(decoding: pathBytes, as: UTF8.self), old: old, new: new))
                }
            }
            changes.append(list)
        }
        return changes
    }

    private static func write(_ id: ObjectID?, _ writer: inout BinaryWriter) {
        writer.bool(id != nil)
        if let id { writer.raw(id.bytes) }
    }

    private static func objectID(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> ObjectID {
        guard let id = ObjectID(rawBytes: try reader.raw(ObjectID.byteCount)) else { throw BinaryReader.Failure() }
        return id
    }

    private static func optionalID(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> ObjectID? {
        try reader.bool() ? try objectID(&reader) : nil
    }
}
