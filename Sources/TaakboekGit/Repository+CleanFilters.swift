internal import Clibgit2

extension Repository {
    /// The id `git add` would give `bytes` as the working-tree file at `path` (relative to the
    /// working tree): the bytes passed through the repository's clean filters for that path
    /// (`core.autocrlf`, `.gitattributes` `text`/`eol`, `ident`, filter drivers), then hashed. The
    /// same as `hashWorkingFile(atPath:)` for a file holding these bytes, without reading the
    /// file again: a checker hashes the bytes it checked, so the id names exactly what it read.
    public func hashWorkingContent(_ bytes: [UInt8], asPath path: String) throws(GitError) -> ObjectID {
        var filters: OpaquePointer?
        // As `git_repository_hashfile` and `git add` do: a conversion that a checkout would not
        // undo exactly (CRLF to LF under `core.autocrlf=input`) is still applied.
        try check(
            git_filter_list_load(&filters, pointer, nil, path, GIT_FILTER_TO_ODB, GIT_FILTER_ALLOW_UNSAFE.rawValue),
            "cannot load the clean filters of '\(path)'")
        // No filter applies to this path: the bytes are stored as they are.
        guard let filters else { return try ObjectID.ofBlob(bytes) }
        defer { git_filter_list_free(filters) }
        var filtered = git_buf()
        defer { git_buf_dispose(&filtered) }
        let code = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                git_filter_list_apply_to_buffer(&filtered, filters, characters.baseAddress, characters.count)
            }
        }
        try check(code, "cannot apply the clean filters of '\(path)'")
        let clean = filtered.ptr.map { Array(UnsafeRawBufferPointer(start: $0, count: filtered.size)) } ?? []
        return try ObjectID.ofBlob(clean)
    }
}

extension Repository {
    /// Whether any filter driver is configured (`filter.<name>.clean` or `.process`, as Git LFS
    /// sets): only such a driver can change a file's bytes on the way in other than the line-end
    /// (CRLF) and `ident` (`$Id$`) filters. Without one, bytes with no CR and no `$Id` are stored
    /// exactly as they are.
    public func hasFilterDrivers() throws(GitError) -> Bool {
        var config: OpaquePointer?
        try check(git_repository_config_snapshot(&config, pointer), "cannot read the repository's configuration")
        guard let config else { return false }
        defer { git_config_free(config) }
        var count = 0
        let code = git_config_foreach_match(config, "^filter\\..+\\.(clean|process)$", { _, payload in
            payload?.assumingMemoryBound(to: Int.self).pointee += 1
            return 0
        }, &count)
        try check(code, "cannot read the repository's configuration")
        return count > 0
    }
}
