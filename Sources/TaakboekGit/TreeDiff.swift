internal import Clibgit2
import Foundation

/// One changed path between two trees.
public struct TreeChange: Hashable, Sendable {
    public enum Kind: Sendable, Hashable {
        case added, deleted, modified, renamed, copied, typeChanged
    }

    public let kind: Kind
    /// Path in the old tree (equals `newPath` unless renamed or copied).
    public let oldPath: String
    /// Path in the new tree (equals `oldPath` for deletions).
    public let newPath: String
    /// nil for an added file.
    public let oldID: ObjectID?
    /// nil for a deleted file.
    public let newID: ObjectID?
    public let oldMode: FileMode
    public let newMode: FileMode
    /// Similarity percentage for renames and copies (0 otherwise).
    public let similarity: Int

    public init(
        kind: Kind, oldPath: String, newPath: String, oldID: ObjectID?, newID: ObjectID?,
        oldMode: FileMode, newMode: FileMode, similarity: Int
    ) {
        self.kind = kind
        self.oldPath = oldPath
        self.newPath = newPath
        self.oldID = oldID
        self.newID = newID
        self.oldMode = oldMode
        self.newMode = newMode
        self.similarity = similarity
    }
}

extension Repository {
    /// Blob-level changes between two trees (`git diff-tree -r old new`).
    ///
    /// `old` and `new` may be tree ids or anything that peels to a tree
    /// (commit, tag); nil stands for the empty tree, so `old: nil` lists a
    /// root commit's files as added. `prefix` limits the diff to one path or
    /// directory, matched literally (no globbing). With `detectRenames`, a
    /// deleted and an added file that are at least 50% similar become one
    /// `.renamed` change (`git diff -M`); renames across the `prefix`
    /// boundary stay an addition or a deletion.
    public func diffTrees(
        old: ObjectID?, new: ObjectID?, under prefix: String = "", detectRenames: Bool = false
    ) throws(GitError) -> [TreeChange] {
        let oldTree = try old.map { (id) throws(GitError) in try peeledTree(id) }
        let newTree = try new.map { (id) throws(GitError) in try peeledTree(id) }
        if oldTree == nil && newTree == nil { return [] }

        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "cannot prepare a diff")
        options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue

        // The pathspec is a C array of one malloc'd string, freed on return.
        let normalized = normalizedPrefix(prefix)
        let pathspec = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
        pathspec.initialize(to: normalized.isEmpty ? nil : strdup(normalized))
        defer {
            free(pathspec.pointee)
            pathspec.deinitialize(count: 1)
            pathspec.deallocate()
        }
        if pathspec.pointee != nil {
            options.pathspec = git_strarray(strings: pathspec, count: 1)
        }

        let diff = try makeDiff(oldTree, newTree, &options)
        if detectRenames {
            var find = git_diff_find_options()
            try check(
                git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)),
                "cannot prepare rename detection")
            find.flags = GIT_DIFF_FIND_RENAMES.rawValue
            try diff.use { (diff) throws(GitError) in
                try check(git_diff_find_similar(diff, &find), "cannot detect renames")
            }
        }
        return Self.changes(of: diff)
    }

    /// Looks up any object and peels it to a tree.
    private func peeledTree(_ id: ObjectID) throws(GitError) -> ObjectHandle {
        var oid = id.oid
        var raw: OpaquePointer?
        try check(git_object_lookup(&raw, pointer, &oid, GIT_OBJECT_ANY), "cannot read object \(id.hex)")
        let object = try ObjectHandle.wrap(raw, "cannot read object \(id.hex)")
        return try object.peel(to: GIT_OBJECT_TREE, "object \(id.hex) is not a tree or commit")
    }

    /// Runs `git_diff_tree_to_tree`; the tree handles are parameters, so they
    /// stay alive for the call.
    private func makeDiff(
        _ oldTree: ObjectHandle?, _ newTree: ObjectHandle?, _ options: inout git_diff_options
    ) throws(GitError) -> DiffHandle {
        var raw: OpaquePointer?
        try check(
            git_diff_tree_to_tree(&raw, pointer, oldTree?.pointer, newTree?.pointer, &options),
            "cannot compare trees")
        guard let raw else { throw .local(.generic, .internalError, "cannot compare trees: no diff") }
        return DiffHandle(owning: raw)
    }

    /// Copies the deltas (borrowed from `diff`) into values.
    private static func changes(of diff: DiffHandle) -> [TreeChange] {
        let count = git_diff_num_deltas(diff.pointer)
        var result: [TreeChange] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            guard let delta = git_diff_get_delta(diff.pointer, index) else { continue }
            let kind: TreeChange.Kind
            switch delta.pointee.status {
            case GIT_DELTA_ADDED: kind = .added
            case GIT_DELTA_DELETED: kind = .deleted
            case GIT_DELTA_MODIFIED: kind = .modified
            case GIT_DELTA_RENAMED: kind = .renamed
            case GIT_DELTA_COPIED: kind = .copied
            case GIT_DELTA_TYPECHANGE: kind = .typeChanged
            default: continue  // unmodified / ignored / untracked do not occur between trees
            }
            let old = delta.pointee.old_file
            let new = delta.pointee.new_file
            let oldPath = old.path.map { String(cString: $0) } ?? ""
            let newPath = new.path.map { String(cString: $0) } ?? oldPath
            let oldID = ObjectID(old.id)
            let newID = ObjectID(new.id)
            result.append(
                TreeChange(
                    kind: kind,
                    oldPath: oldPath.isEmpty ? newPath : oldPath,
                    newPath: newPath,
                    oldID: kind == .added || oldID.isZero ? nil : oldID,
                    newID: kind == .deleted || newID.isZero ? nil : newID,
                    oldMode: FileMode(rawValue: UInt32(old.mode)),
                    newMode: FileMode(rawValue: UInt32(new.mode)),
                    similarity: kind == .renamed || kind == .copied ? Int(delta.pointee.similarity) : 0))
        }
        return result
    }
}
