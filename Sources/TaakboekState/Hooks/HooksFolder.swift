import Foundation
import TaakboekGit

/// The folder git runs a clone's hooks from: `core.hooksPath` when it is set, else `hooks/` in the
/// common git dir (shared by linked worktrees), which is where `taakboek hook install` writes.
public struct HooksFolder: Sendable, Equatable {
    /// The folder git looks in, absolute.
    public let path: String
    /// The folder `taakboek hook install` writes to: `<common git dir>/hooks`.
    public let installerPath: String
    /// `core.hooksPath` as configured, when it is.
    public let configured: String?

    public init(path: String, installerPath: String, configured: String?) {
        self.path = path
        self.installerPath = installerPath
        self.configured = configured
    }

    /// Whether git runs the hooks from somewhere else than where `taakboek hook install` puts them.
    public var isElsewhere: Bool { path != installerPath }

    /// The hooks folder of `repository` as git finds it. A relative `core.hooksPath` is taken from
    /// the folder git runs hooks in: the top of the working tree, or the git dir when there is none.
    public static func of(_ repository: Repository) throws(GitError) -> HooksFolder {
        let installer = URL(fileURLWithPath: repository.commonDir + "/hooks").standardizedFileURL.path
        guard let configured = try repository.configurationPath("core.hooksPath"), !configured.isEmpty else {
            return HooksFolder(path: installer, installerPath: installer, configured: nil)
        }
        let absolute =
            configured.hasPrefix("/") ? configured : (repository.workdir ?? repository.gitDir) + "/" + configured
        return HooksFolder(
            path: URL(fileURLWithPath: absolute).standardizedFileURL.path, installerPath: installer,
            configured: configured)
    }
}
