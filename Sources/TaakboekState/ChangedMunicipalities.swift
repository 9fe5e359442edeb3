import TaakboekGit

/// The municipality folders whose files differ between a state and its base: what the change
/// rules need loaded. Nil when `schemas/` differs, which changes the analysis of every record.
public enum ChangedMunicipalities {
    public static func between(current: [String: ObjectID], base: [GitListedFile]) -> Set<String>? {
        var remaining = current
        var changedPaths: [String] = []
        for file in base where remaining.removeValue(forKey: file.path) != file.id {
            changedPaths.append(file.path)
        }
        changedPaths += remaining.keys
        if changedPaths.contains(where: { $0.hasPrefix("schemas/") }) { return nil }
        return Set(changedPaths.compactMap(GitListedFile.municipality(ofPath:)))
    }
}
