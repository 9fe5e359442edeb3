import TaakboekGit

/// The commits that changed one record file, newest first, as `git log -- <path>` lists them
/// (or `git log --first-parent -- <path>`): commits are taken in commit-time order; a commit is
/// listed when its file differs from every parent's (from nothing, for a root commit); a merge
/// whose file equals one parent's follows only that parent, as git's default history
/// simplification does. Lazy: the first version is known after walking only the commits newer
/// than it.
public final class PathWalk {
    /// One listed commit: the file after it and in each parent it was compared with.
    public struct Version: Sendable {
        public let commit: ObjectID
        public let time: Int64
        public let parents: [ObjectID]
        /// The file's blob in each parent (nil: absent); empty for a root commit.
        public let before: [ObjectID?]
        /// The file's blob after the commit; nil when the commit deleted it.
        public let after: ObjectID?
        /// The history stops here: a shallow clone's boundary.
        public let isShallowBoundary: Bool
    }

    public let path: String
    public let index: ChangeIndex
    private let firstParent: Bool
    private var queue = CommitQueue()
    private var seen: Set<ObjectID> = []
    /// Set when the walk met the boundary of a shallow clone: older history is unknown.
    public private(set) var reachedShallowBoundary = false

    public init(index: ChangeIndex, path: String, start: ObjectID, firstParent: Bool) throws(GitError) {
        self.index = index
        self.path = path
        self.firstParent = firstParent
        try push(start)
    }

    private func push(_ id: ObjectID) throws(GitError) {
        guard seen.insert(id).inserted else { return }
        queue.push(try index.changes(of: id, concerning: path))
    }

    /// The path a version's file had before, when the version added it with the content of a
    /// file the same commit removed (an exact rename, against the first parent); nil otherwise.
    public func renameSource(of version: Version) throws(GitError) -> String? {
        guard let added = version.after, version.before.first == .some(nil), !version.parents.isEmpty else {
            return nil
        }
        let changes = try index.changes(of: version.commit).changes.first ?? []
        return changes.first { $0.new == nil && $0.old == added && $0.path != path }?.path
    }

    /// The next listed commit, or nil at the end of the history.
    public func next() throws(GitError) -> Version? {
        while let commit = queue.pop() {
            if commit.isShallowBoundary {
                reachedShallowBoundary = true
                // Compared with nothing, like a root: listed when the file is there.
                guard let change = commit.change(of: path, parent: 0) else { continue }
                return Version(
                    commit: commit.id, time: commit.time, parents: commit.parents, before: [], after: change.new,
                    isShallowBoundary: true)
            }
            if commit.parents.isEmpty {
                guard let change = commit.change(of: path, parent: 0) else { continue }
                return Version(
                    commit: commit.id, time: commit.time, parents: [], before: [], after: change.new,
                    isShallowBoundary: false)
            }
            let parents = firstParent ? [commit.parents[0]] : commit.parents
            let changes = parents.indices.map { commit.change(of: path, parent: $0) }
            if let same = changes.firstIndex(where: { $0 == nil }) {
                // Equal to a parent: not listed, and only that parent's history matters.
                try push(parents[same])
                continue
            }
            for parent in parents { try push(parent) }
            let after = changes[0]?.new
            return Version(
                commit: commit.id, time: commit.time, parents: parents, before: changes.map { $0?.old },
                after: after, isShallowBoundary: false)
        }
        return nil
    }
}

/// Commits by commit time, newest first; equal times in the order they were added (git's
/// date-ordered queue).
struct CommitQueue {
    private var heap: [(commit: CommitChanges, order: Int)] = []
    private var added = 0

    var isEmpty: Bool { heap.isEmpty }

    private static func before(_ a: (commit: CommitChanges, order: Int), _ b: (commit: CommitChanges, order: Int))
        -> Bool
    {
        a.commit.time != b.commit.time ? a.commit.time > b.commit.time : a.order < b.order
    }

    mutating func push(_ commit: CommitChanges) {
        heap.append((commit, added))
        added += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> CommitChanges? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast().commit
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var first = parent
            if left < heap.count, Self.before(heap[left], heap[first]) { first = left }
            if right < heap.count, Self.before(heap[right], heap[first]) { first = right }
            guard first != parent else { break }
            heap.swapAt(parent, first)
            parent = first
        }
        return top
    }
}
