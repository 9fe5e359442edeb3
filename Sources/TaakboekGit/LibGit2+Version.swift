internal import Clibgit2

extension LibGit2 {
    /// The version of the libgit2 the binary runs ("1.5.1"), as the library itself reports it:
    /// for a dynamically linked build the installed library, which can differ from the headers.
    public static var version: String {
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        guard git_libgit2_version(&major, &minor, &revision) == 0 else { return "onbekend" }
        return "\(major).\(minor).\(revision)"
    }
}
