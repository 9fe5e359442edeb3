internal import Clibgit2

// Owners of libgit2 handles.
//
// Each class below owns exactly one libgit2 pointer and frees it in `deinit`
// with the matching `git_*_free`. Pointers obtained *from* a handle (tree
// entries by index, commit signatures, blob content, index entries, diff
// deltas) are borrowed: they are valid only while the owner is alive and are
// never freed. To keep the owner alive while its pointer is in use, code
// reads `pointer` only inside a method of the owner or of a function that
// receives the owner as a parameter (Swift keeps arguments and `self` alive
// for the whole call), or inside `use(_:)`.
//
// `Repository`, `Index` and `RevisionWalk` own their handles directly; the
// short-lived helpers are here.

/// Owns a `git_object` of any type (from revparse, lookup or peel).
final class ObjectHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_object_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }

    var id: ObjectID {
        guard let oid = git_object_id(pointer) else { return ObjectID(git_oid()) }
        return ObjectID(oid)
    }

    /// Peels (tags -> commits -> trees) to an object of the given type.
    func peel(to type: git_object_t, _ context: @autoclosure () -> String) throws(GitError) -> ObjectHandle {
        var out: OpaquePointer?
        try check(git_object_peel(&out, pointer, type), context())
        return try ObjectHandle.wrap(out, context())
    }

    static func wrap(_ pointer: OpaquePointer?, _ context: @autoclosure () -> String) throws(GitError) -> ObjectHandle {
        guard let pointer else { throw .local(.generic, .internalError, "\(context()): libgit2 returned no object") }
        return ObjectHandle(owning: pointer)
    }
}

/// Owns a `git_commit`.
final class CommitHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_commit_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }

    static func lookup(_ repo: OpaquePointer, _ id: ObjectID) throws(GitError) -> CommitHandle {
        var oid = id.oid
        var out: OpaquePointer?
        try check(git_commit_lookup(&out, repo, &oid), "cannot read commit \(id.hex)")
        guard let out else { throw .local(.generic, .internalError, "cannot read commit \(id.hex): no object") }
        return CommitHandle(owning: out)
    }
}

/// Owns a `git_tree`.
final class TreeHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_tree_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }

    static func lookup(_ repo: OpaquePointer, _ oid: UnsafePointer<git_oid>) throws(GitError) -> TreeHandle {
        var out: OpaquePointer?
        try check(git_tree_lookup(&out, repo, oid), "cannot read tree \(ObjectID(oid).hex)")
        guard let out else {
            throw .local(.generic, .internalError, "cannot read tree \(ObjectID(oid).hex): no object")
        }
        return TreeHandle(owning: out)
    }

    static func lookup(_ repo: OpaquePointer, _ id: ObjectID) throws(GitError) -> TreeHandle {
        var oid = id.oid
        return try lookup(repo, &oid)
    }
}

/// Owns a `git_tree_entry` returned by `git_tree_entry_bypath` (entries
/// obtained by index from a tree are borrowed and never wrapped here).
final class TreeEntryHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_tree_entry_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }
}

/// Owns a `git_blob`.
final class BlobHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_blob_free(pointer) }

    /// Copies the content out; `git_blob_rawcontent` is borrowed from the blob.
    var bytes: [UInt8] {
        let size = Int(git_blob_rawsize(pointer))
        guard size > 0, let raw = git_blob_rawcontent(pointer) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }
}

/// Owns a `git_odb` reference.
final class OdbHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_odb_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }
}

/// Owns a `git_index` that is not (or no longer) exposed as `Index`.
final class IndexHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_index_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }
}

/// Owns a `git_diff`.
final class DiffHandle {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_diff_free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }
}
