import TaakboekCore
import TaakboekGit

extension GitError {
    /// What to do when the error means the repository itself is damaged (a corrupt or missing
    /// object, an unreadable index), to follow the error's one line; nil for any other error.
    public var repairAdvice: LocalizedText? {
        if errorClass == .index {
            return LocalizedText(
                nl:
                    "; de index (.git/index) is beschadigd: verwijder haar en zet haar terug met `git reset` (voeg daarna opnieuw toe wat al klaarstond)",
                en:
                    "; the index (.git/index) is damaged: remove it and restore it with `git reset` (then add again what was staged)"
            )
        }
        if code == .mismatch || errorClass == .odb || errorClass == .zlib || errorClass == .object {
            return LocalizedText(
                nl:
                    "; de repository is beschadigd: zoek de schade met `git fsck` en haal wat ontbreekt terug uit een andere kloon",
                en:
                    "; the repository is damaged: find the damage with `git fsck` and get what is missing from another clone"
            )
        }
        return nil
    }
}
