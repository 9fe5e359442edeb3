internal import Clibgit2

// Owners of libgit2 handles.
//
// A `Handle<Kind>` owns exactly one libgit2 pointer and frees it in `deinit` with the matching
// `git_*_free`, which its `Kind` names (as git2-rs's `Binding` pairs a raw type with its free
// function). Pointers obtained *from* a handle (tree entries by index, commit signatures, blob
// content, index entries, diff deltas) are borrowed: they are valid only while the owner is alive
// and are never freed. To keep the owner alive while its pointer is in use, code reads `pointer`
// only inside a method of the owner or of a function that receives the owner as a parameter
// (Swift keeps arguments and `self` alive for the whole call), or inside `use(_:)`.
//
// `Repository`, `Index` and `RevisionWalk` own their handles directly; the short-lived ones are
// these.

/// A kind of libgit2 handle: how it is freed.
protocol HandleKind {
    static func free(_ pointer: OpaquePointer)
}

/// Owns one libgit2 pointer of kind `Kind`.
final class Handle<Kind: HandleKind> {
    let pointer: OpaquePointer
    init(owning pointer: OpaquePointer) { self.pointer = pointer }
    deinit { Kind.free(pointer) }

    func use<R>(_ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R { try body(pointer) }
}

/// A `git_object` of any type (from revparse, lookup or peel).
enum GitObjectKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_object_free(pointer) } }
/// A `git_commit`.
enum GitCommitKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_commit_free(pointer) } }
/// A `git_tree`.
enum GitTreeKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_tree_free(pointer) } }
/// A `git_tree_entry` returned by `git_tree_entry_bypath` (entries obtained by index from a tree
/// are borrowed and never wrapped).
enum GitTreeEntryKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_tree_entry_free(pointer) } }
/// A `git_blob`.
enum GitBlobKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_blob_free(pointer) } }
/// A `git_odb` reference.
enum GitOdbKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_odb_free(pointer) } }
/// A `git_index` that is not (or no longer) exposed as `Index`.
enum GitIndexKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_index_free(pointer) } }
/// A `git_diff`.
enum GitDiffKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_diff_free(pointer) } }

typealias ObjectHandle = Handle<GitObjectKind>
typealias CommitHandle = Handle<GitCommitKind>
typealias TreeHandle = Handle<GitTreeKind>
typealias TreeEntryHandle = Handle<GitTreeEntryKind>
typealias BlobHandle = Handle<GitBlobKind>
typealias OdbHandle = Handle<GitOdbKind>
typealias IndexHandle = Handle<GitIndexKind>
typealias DiffHandle = Handle<GitDiffKind>

extension Handle where Kind == GitObjectKind {
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

extension Handle where Kind == GitCommitKind {
    static func lookup(_ repo: OpaquePointer, _ id: ObjectID) throws(GitError) -> CommitHandle {
        var oid = id.oid
        var out: OpaquePointer?
        try check(git_commit_lookup(&out, repo, &oid), "cannot read commit \(id.hex)")
        guard let out else { throw .local(.generic, .internalError, "cannot read commit \(id.hex): no object") }
        return CommitHandle(owning: out)
    }
}

extension Handle where Kind == GitTreeKind {
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

extension Handle where Kind == GitBlobKind {
    /// Copies the content out; `git_blob_rawcontent` is borrowed from the blob.
    var bytes: [UInt8] {
        let size = Int(git_blob_rawsize(pointer))
        guard size > 0, let raw = git_blob_rawcontent(pointer) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }
}
