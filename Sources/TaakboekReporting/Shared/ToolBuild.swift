/// Which taakboek made a report: its version, the commit it was built from and the libgit2 it
/// reads repositories with. `taakboek --version` prints the same, and every machine-readable
/// report carries it, so a figure in CI can be traced to the exact build that checked it.
public struct ToolBuild: Sendable, Equatable {
    public let version: String
    /// The full commit id, as scripts/release builds it; nil for a development build.
    public let commit: String?
    /// libgit2's version as the binary runs it ("1.5.1"), from `git_libgit2_version`.
    public let libgit2: String

    public init(version: String, commit: String?, libgit2: String) {
        self.version = version
        self.commit = commit.flatMap { $0.isEmpty ? nil : $0 }
        self.libgit2 = libgit2
    }

    /// What `taakboek --version` prints: the version, then the commit and libgit2 lines.
    public var versionText: String {
        """
        taakboek \(version)
        commit: \(commit ?? "onbekend (ontwikkelbuild, niet gemaakt met scripts/release)")
        libgit2: \(libgit2)
        """
    }
}
