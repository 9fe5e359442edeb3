import TaakboekCore
import TaakboekHistory
import TaakboekState

extension GitCheck {
    /// The repository at `path` as the commands check it: with `taakboek blame`'s field
    /// provenance for the change rules' findings.
    public static func opened(at path: String) throws(SourceError) -> GitCheck {
        try GitCheck(at: path, provenance: { BlameProvenance(location: $0, base: $1) })
    }
}
