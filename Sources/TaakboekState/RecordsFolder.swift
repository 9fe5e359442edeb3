import TaakboekCore
import TaakboekGit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder whose `records/` a command reads: the one given (`-C`), else the current one; inside
/// a git working tree, its top level (so taakboek works from any subfolder, like git), found by
/// git's rule as `--staged` finds it: `GIT_DIR` and `GIT_WORK_TREE` are honoured. The one place
/// every command locates its records.
public enum RecordsFolder {
    public static func resolve(_ directory: String?) throws(SourceError) -> String {
        let start = directory ?? "."
        var info = stat()
        guard stat(start, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw SourceError(
                LocalizedText(
                    nl: "map \(start) bestaat niet of is geen map; geef met -C een bestaande map op",
                    en: "folder \(start) does not exist or is not a folder; give an existing folder with -C"))
        }
        if let repository = try? Repository.open(at: start, fromEnvironment: true), let workdir = repository.workdir {
            return workdir.hasSuffix("/") && workdir.count > 1 ? String(workdir.dropLast()) : workdir
        }
        return start
    }
}
