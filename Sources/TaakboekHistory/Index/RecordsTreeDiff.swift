import TaakboekGit

/// The record files that differ between two trees, found by walking both side by side from
/// `records/` and descending only into folders whose tree ids differ: a commit that touches one
/// record costs a handful of tree reads however large the repository.
enum RecordsTreeDiff {
    /// Changes from `old` to `new` (root tree ids; nil for no tree), sorted by path.
    static func changes(from old: ObjectID?, to new: ObjectID?, in repository: Repository) throws(GitError)
        -> [RecordChange]
    {
        let oldRecords = try old.flatMap { (tree) throws(GitError) in try recordsTree(in: tree, repository) }
        let newRecords = try new.flatMap { (tree) throws(GitError) in try recordsTree(in: tree, repository) }
        var result: [RecordChange] = []
        try compare(oldRecords, newRecords, prefix: "records/", repository, into: &result)
        result.sort { ByteOrder.precedes($0.path, $1.path) }
        return result
    }

    private static func recordsTree(in root: ObjectID, _ repository: Repository) throws(GitError) -> ObjectID? {
        try repository.folderLevel(ofTree: root, pathPrefix: "").folders.first { $0.name == "records" }?.tree
    }

    /// Reads both levels with bare names (no path is built for an entry that did not change) and
    /// walks them side by side in git's tree order, as `git diff-tree` does: no dictionary per
    /// level, one full path per changed file.
    private static func compare(
        _ old: ObjectID?, _ new: ObjectID?, prefix: String, _ repository: Repository, into result: inout [RecordChange]
    ) throws(GitError) {
        guard old != new else { return }
        let oldLevel = try old.map { (tree) throws(GitError) in try repository.folderLevel(ofTree: tree, pathPrefix: "")
        }
        let newLevel = try new.map { (tree) throws(GitError) in try repository.folderLevel(ofTree: tree, pathPrefix: "")
        }
        // Files: a changed id or mode is a change.
        let oldFiles = sorted(oldLevel?.files ?? [], by: \.path, folders: false)
        let newFiles = sorted(newLevel?.files ?? [], by: \.path, folders: false)
        var i = 0
        var j = 0
        while i < oldFiles.count || j < newFiles.count {
            if j == newFiles.count
                || (i < oldFiles.count && precedes(oldFiles[i].path, newFiles[j].path, folders: false))
            {
                result.append(RecordChange(path: prefix + oldFiles[i].path, old: oldFiles[i].id, new: nil))
                i += 1
            } else if i == oldFiles.count || precedes(newFiles[j].path, oldFiles[i].path, folders: false) {
                result.append(RecordChange(path: prefix + newFiles[j].path, old: nil, new: newFiles[j].id))
                j += 1
            } else {
                let (before, after) = (oldFiles[i], newFiles[j])
                if before.id != after.id || before.mode != after.mode {
                    result.append(RecordChange(path: prefix + after.path, old: before.id, new: after.id))
                }
                i += 1
                j += 1
            }
        }
        // Folders: descending where the ids differ.
        let oldFolders = sorted(oldLevel?.folders ?? [], by: \.name, folders: true)
        let newFolders = sorted(newLevel?.folders ?? [], by: \.name, folders: true)
        i = 0
        j = 0
        while i < oldFolders.count || j < newFolders.count {
            if j == newFolders.count
                || (i < oldFolders.count && precedes(oldFolders[i].name, newFolders[j].name, folders: true))
            {
                try compare(
                    oldFolders[i].tree, nil, prefix: prefix + oldFolders[i].name + "/", repository, into: &result)
                i += 1
            } else if i == oldFolders.count || precedes(newFolders[j].name, oldFolders[i].name, folders: true) {
                try compare(
                    nil, newFolders[j].tree, prefix: prefix + newFolders[j].name + "/", repository, into: &result)
                j += 1
            } else {
                if oldFolders[i].tree != newFolders[j].tree {
                    try compare(
                        oldFolders[i].tree, newFolders[j].tree, prefix: prefix + newFolders[j].name + "/", repository,
                        into: &result)
                }
                i += 1
                j += 1
            }
        }
    }

    /// Git's tree order: names as bytes, a folder's name as if it ended in "/".
    private static func precedes(_ a: String, _ b: String, folders: Bool) -> Bool {
        folders ? ByteOrder.folderPrecedes(a, b) : ByteOrder.precedes(a, b)
    }

    /// The entries in git's tree order: as libgit2 lists them, unless a tree was written out of
    /// order (then sorted, so the walk side by side stays right).
    private static func sorted<Entry>(_ entries: [Entry], by name: (Entry) -> String, folders: Bool) -> [Entry] {
        for index in entries.indices.dropFirst()
        where !precedes(name(entries[index - 1]), name(entries[index]), folders: folders) {
            return entries.sorted { precedes(name($0), name($1), folders: folders) }
        }
        return entries
    }
}
