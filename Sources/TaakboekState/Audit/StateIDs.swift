import TaakboekCore
import TaakboekGit

/// The git ids that name a checked state exactly, for a report's audit data.
public struct StateIDs: Sendable, Equatable {
    /// The commit, when a commit was checked.
    public var commit: ObjectID?
    /// The root tree: the commit's, or the one `git write-tree` would write for the index.
    public var tree: ObjectID?
    /// The tree ids of `records/` and `schemas/` (nil when the state has none).
    public var recordsTree: ObjectID?
    public var schemasTree: ObjectID?

    public init(
        commit: ObjectID? = nil, tree: ObjectID? = nil, recordsTree: ObjectID? = nil, schemasTree: ObjectID? = nil
    ) {
        self.commit = commit
        self.tree = tree
        self.recordsTree = recordsTree
        self.schemasTree = schemasTree
    }
}

extension RecordsRepository {
    /// The ids of the index or a commit. For the index the trees are hashed from its entries as
    /// `git write-tree` would, without writing anything; a conflicted index is refused.
    public func ids(of state: GitState) throws(SourceError) -> StateIDs {
        switch state {
        case .index:
            let index = try location.openIndex()
            if index.hasConflicts { throw IndexSource.conflictError(index) }
            do throws(GitError) {
                let level = try index.folderLevel(under: "")
                return StateIDs(
                    tree: try level.treeID(), recordsTree: level.tree(of: "records"),
                    schemasTree: level.tree(of: "schemas"))
            } catch {
                throw SourceError.git(error)
            }
        case .commit(let id):
            do throws(GitError) {
                let level = try repository.folderLevel(under: "", inCommit: id)
                return StateIDs(
                    commit: id, tree: try repository.tree(ofCommit: id), recordsTree: level.tree(of: "records"),
                    schemasTree: level.tree(of: "schemas"))
            } catch {
                throw SourceError.git(error)
            }
        }
    }
}
