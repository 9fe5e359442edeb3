internal import Clibgit2

extension Repository {
    /// The full content of a blob, copied out of libgit2.
    ///
    /// A missing id gives `.notFound`; an id of another object type gives
    /// `.notFound` too (libgit2: "the requested type does not match");
    /// a corrupt object gives an odb/zlib error (or `.mismatch` when its hash
    /// does not match).
    public func blob(_ id: ObjectID) throws(GitError) -> [UInt8] {
        var oid = id.oid
        var raw: OpaquePointer?
        try check(git_blob_lookup(&raw, pointer, &oid), "cannot read blob \(id.hex)")
        guard let raw else { throw .local(.generic, .internalError, "cannot read blob \(id.hex): no object") }
        return BlobHandle(owning: raw).bytes
    }

    /// The size of a blob in bytes, read from the object header (cheap: for
    /// loose and packed objects the content is not inflated in full).
    public func blobSize(_ id: ObjectID) throws(GitError) -> Int {
        let odb = try objectDatabase()
        var oid = id.oid
        var size = 0
        var type = GIT_OBJECT_INVALID
        try odb.use { (odb) throws(GitError) in
            try check(git_odb_read_header(&size, &type, odb, &oid), "cannot read object \(id.hex)")
        }
        guard type == GIT_OBJECT_BLOB else {
            throw .local(.invalid, .object, "object \(id.hex) is not a blob")
        }
        return size
    }
}
