import TaakboekCore
import TaakboekGit

extension RepositoryLocation {
    /// The index (staging area) of the repository here, opened on the calling thread; a git
    /// failure becomes the `SourceError` the commands report.
    public func openIndex() throws(SourceError) -> Index {
        do throws(GitError) {
            return try Repository.open(self).index()
        } catch {
            throw SourceError.git(error)
        }
    }
}
