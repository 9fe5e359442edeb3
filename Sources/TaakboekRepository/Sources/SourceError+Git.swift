import TaakboekCore
import TaakboekGit

extension SourceError {
    /// A libgit2 failure, phrased for the user.
    static func git(_ error: GitError) -> SourceError {
        SourceError(LocalizedText(nl: "git: \(error.message)", en: "git: \(error.message)"))
    }
}
