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
        result.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return result
    }

    private static func recordsTree(in root: ObjectID, _ repository: Repository) throws(GitError) -> ObjectID? {
        try repository.folderLevel(ofTree: root, pathPrefix: "").folders.first { $0.name == "records" }?.tree
    }

    private static func compare(
        _ old: ObjectID?, _ new: ObjectID?, prefix: String, _ repository: Repository, into result: inout [RecordChange]
    ) throws(GitError) {
        guard old != new else { return }
        let oldLevel = try old.map { (tree) throws(GitError) in
            try repository.folderLevel(ofTree: tree, pathPrefix: prefix)
        }
        let newLevel = try new.map { (tree) throws(GitError) in
            try repository.folderLevel(ofTree: tree, pathPrefix: prefix)
        }
        // Files: by path; a changed id or mode is a change.
        var oldFiles: [String: TreeEntry] = [:]
        for file in oldLevel?.files ?? [] { oldFiles[file.path] = file }
        for file in newLevel?.files ?? [] {
            if let before = oldFiles.removeValue(forKey: file.path) {
                if before.id != file.id || before.mode != file.mode {
                    result.append(RecordChange(path: file.path, old: before.id, new: file.id))
                }
            } else {
                result.append(RecordChange(path: file.path, old: nil, new: file.id))
            }
        }
        for file in oldFiles.values { result.append(RecordChange(path: file.path, old: file.id, new: nil)) }
        // Folders: by name, descending where the ids differ.
        var oldFolders: [String: ObjectID] = [:]
        for folder in oldLevel?.folders ?? [] { oldFolders[folder.name] = folder.tree }
        for folder in newLevel?.folders ?? [] {
            let before = oldFolders.removeValue(forKey: folder.name)
            try compare(before, folder.tree, prefix: prefix + folder.name + "/", repository, into: &result)
        }
        for (name, tree) in oldFolders {
            try compare(tree, nil, prefix: prefix + name + "/", repository, into: &result)
        }
    }
}
