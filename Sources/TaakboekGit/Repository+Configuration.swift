internal import Clibgit2

extension Repository {
    /// The value of a configuration variable (`core.autocrlf`) as git would use it: the last one
    /// set across the system, global, XDG and repository files, or nil when none sets it. Read
    /// from a snapshot, so the answer is one consistent view.
    public func configurationValue(_ name: String) throws(GitError) -> String? {
        try readConfiguration(name) { (buffer, config, name) in git_config_get_string_buf(buffer, config, name) }
    }

    /// A configuration variable holding a path (`core.hooksPath`), with a leading `~/` expanded
    /// to the home folder as git does; nil when unset. A relative path is returned as written.
    public func configurationPath(_ name: String) throws(GitError) -> String? {
        try readConfiguration(name) { (buffer, config, name) in git_config_get_path(buffer, config, name) }
    }

    /// A configuration value read as git reads a boolean (`true`, `yes`, `on`, `1`, `false`, `no`,
    /// `off`, `0`, the empty value); nil for anything else, such as `input`.
    public static func configurationBoolean(_ value: String) -> Bool? {
        guard (try? LibGit2.ensureInitialized()) != nil else { return nil }
        var result: Int32 = 0
        guard git_config_parse_bool(&result, value) == 0 else {
            // libgit2 keeps the message of a value it could not read; nothing else should see it.
            git_error_clear()
            return nil
        }
        return result != 0
    }

    private func readConfiguration(
        _ name: String, _ read: (UnsafeMutablePointer<git_buf>, OpaquePointer, String) -> Int32
    ) throws(GitError) -> String? {
        var config: OpaquePointer?
        try check(git_repository_config_snapshot(&config, pointer), "cannot read the repository's configuration")
        guard let config else { return nil }
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = read(&buffer, config, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot read \(name) from the configuration")
        guard let bytes = buffer.ptr else { return "" }
        return String(cString: bytes)
    }
}
