import TaakboekCore
import TaakboekGit

extension SourceError {
    /// A libgit2 failure, phrased for the user, with what to do when the repository itself is
    /// damaged.
    public static func git(_ error: GitError) -> SourceError {
        SourceError(
            LocalizedText(
                nl: "git: \(error.message)\(error.repairAdvice?.nl ?? "")",
                en: "git: \(error.message)\(error.repairAdvice?.en ?? "")"))
    }

    /// A blob of a record that git cannot give (corrupt, or missing from the object database).
    static func damagedObject(_ id: ObjectID, path: String, error: GitError, others: Int) -> SourceError {
        let more = LocalizedText(
            nl: others > 0 ? " (en van \(others) andere bestanden)" : "",
            en: others > 0 ? " (and of \(others) other files)" : "")
        return SourceError(
            LocalizedText(
                nl:
                    "git-object \(id.short()) van \(path)\(more.nl) kan niet worden gelezen (\(error.message)); de repository is beschadigd: zoek de schade met `git fsck` en haal het object terug uit een andere kloon",
                en:
                    "git object \(id.short()) of \(path)\(more.en) cannot be read (\(error.message)); the repository is damaged: find the damage with `git fsck` and get the object back from another clone"
            ))
    }
}
