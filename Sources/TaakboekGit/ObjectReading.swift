internal import Clibgit2

/// Two process-wide settings of libgit2's object reading that cost a walk which reads each
/// object once, and pay elsewhere. Only speed changes, never a result.
public enum ObjectReading {
    /// libgit2's cache of parsed commits and trees. It pays when the same objects are looked up
    /// again, as a check or a whole-tree diff does. A walk that remembers what it needs itself
    /// reads each object once, and then the cache only fills memory: turned off, a cold
    /// `taakboek log` over 20,000 commits ran 1.5 times as fast (903 ms against 592 ms), with a
    /// third of the system time. Objects cached before stay valid.
    public static func setCaching(_ enabled: Bool) throws(GitError) {
        try LibGit2.ensureInitialized()
        try check(taakboek_git_enable_object_cache(enabled ? 1 : 0), "cannot change libgit2's object cache")
    }

    /// Whether libgit2 hashes every object it reads to check it against its id (its default;
    /// git itself does not, outside `git fsck`). Damaged data is still caught by zlib's checksum
    /// of every compressed object. Off, the user time of a cold `taakboek log` fell by 30%
    /// (632 ms against 440 ms in one run).
    public static func setHashVerification(_ enabled: Bool) throws(GitError) {
        try LibGit2.ensureInitialized()
        try check(taakboek_git_verify_object_hashes(enabled ? 1 : 0), "cannot change libgit2's hash verification")
    }
}
