import TaakboekGit

/// The record files that differ between two trees, found by walking both side by side from
/// `records/` and descending only into folders whose tree ids differ: a commit that touches one
/// record costs a handful of tree reads however large the repository. Entries are compared inside
/// libgit2 (`Repository.changedEntries`); a path is built only for a changed file.
enum RecordsTreeDiff {
    /// Changes from `old` to `new` (root tree ids; nil for no tree), sorted by path as bytes.
    static func changes(from old: ObjectID?, to new: ObjectID?, in repository: Repository) throws(GitError)
        -> [RecordChange]
    {
        guard let records = try repository.changedEntries(from: old, to: new).first(where: { $0.name == "records" })
        else { return [] }
        var result: [RecordChange] = []
        try compare(
            records.old.flatMap { $0.isTree ? $0.id : nil }, records.new.flatMap { $0.isTree ? $0.id : nil },
            prefix: "records/", repository, into: &result)
        result.sort { ByteOrder.precedes($0.path, $1.path) }
        return result
    }

    private static func compare(
        _ old: ObjectID?, _ new: ObjectID?, prefix: String, _ repository: Repository, into result: inout [RecordChange]
    ) throws(GitError) {
        for change in try repository.changedEntries(from: old, to: new) {
            let path = prefix + change.name
            let oldFile = change.old.flatMap { $0.isTree ? nil : $0 }
            let newFile = change.new.flatMap { $0.isTree ? nil : $0 }
            if oldFile != nil || newFile != nil {
                result.append(RecordChange(path: path, old: oldFile?.id, new: newFile?.id))
            }
            let oldTree = change.old.flatMap { $0.isTree ? $0.id : nil }
            let newTree = change.new.flatMap { $0.isTree ? $0.id : nil }
            if oldTree != nil || newTree != nil {
                try compare(oldTree, newTree, prefix: path + "/", repository, into: &result)
            }
        }
    }
}
