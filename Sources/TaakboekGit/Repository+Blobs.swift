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

extension Repository {
    /// What `blob(_:limit:)` found.
    public enum LimitedBlob: Sendable {
        case content([UInt8])
        /// The blob is larger than the limit: its size, and nothing of its content was copied.
        case tooLarge(Int)
    }

    /// A blob's content in one read of the object database, when it is at most `limit` bytes.
    /// (Reading the header first and then the object resolves a packed delta twice; a record is
    /// small, so reading it whole and then checking the size is what costs least.)
    public func blob(_ id: ObjectID, limit: Int) throws(GitError) -> LimitedBlob {
        let odb = try objectDatabase()
        var oid = id.oid
        var raw: OpaquePointer?
        try odb.use { (odb) throws(GitError) in
            try check(git_odb_read(&raw, odb, &oid), "cannot read blob \(id.hex)")
        }
        guard let raw else { throw .local(.generic, .internalError, "cannot read blob \(id.hex): no object") }
        defer { git_odb_object_free(raw) }
        guard git_odb_object_type(raw) == GIT_OBJECT_BLOB else {
            throw .local(.invalid, .object, "object \(id.hex) is not a blob")
        }
        let size = git_odb_object_size(raw)
        if size > limit { return .tooLarge(size) }
        guard size > 0, let data = git_odb_object_data(raw) else { return .content([]) }
        return .content(Array(UnsafeRawBufferPointer(start: data, count: size)))
    }
}

extension Repository {
    /// The id `git add` would give the file at `path` in this repository's working tree: its bytes
    /// after the clean filters its configuration and `.gitattributes` name for that path
    /// (`core.autocrlf`, `text`, `eol`), so a file Git for Windows checked out with CRLF hashes to
    /// the LF blob it came from. `path` is absolute, inside the working tree.
    public func hashWorkingFile(atPath path: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        try check(git_repository_hashfile(&oid, pointer, path, GIT_OBJECT_BLOB, nil), "cannot hash '\(path)'")
        return ObjectID(oid)
    }
}

extension Repository {
    /// A blob's content, hashed again here and compared with its id: what readers use that may
    /// run while libgit2's own hash verification is off (`ObjectReading.setHashVerification`), so
    /// a damaged object that zlib still accepts (another object's data under this id) is an
    /// error, never another record's content shown as this one's. A record is small: hashing it
    /// costs little next to reading it as YAML.
    public func verifiedBlob(_ id: ObjectID) throws(GitError) -> [UInt8] {
        let bytes = try blob(id)
        let actual = try ObjectID.ofBlob(bytes)
        guard actual == id else {
            throw .local(
                .mismatch, .odb,
                "cannot read blob \(id.hex): object hash mismatch (its content hashes to \(actual.hex))")
        }
        return bytes
    }
}
