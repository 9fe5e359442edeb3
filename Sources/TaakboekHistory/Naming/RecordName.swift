import TaakboekCore
import TaakboekGit

/// Finds the record a user names: a path (`records/tynaarlo/perioden/2024-II.yaml`) or a short
/// name: `2024-II` (the period of the only municipality that has it), `tynaarlo/2024-II`,
/// `2024-II/vredestein` or `tynaarlo/2024-II/vredestein` (a placement), `tynaarlo` (its
/// gemeente.yaml), or the name of a correction or letter (`tynaarlo/2024-01-taakstelling`).
public enum RecordName {
    public enum Failure: Error, Sendable {
        case notFound(String)
        case ambiguous(String, [String])

        public var message: LocalizedText {
            switch self {
            case .notFound(let name):
                LocalizedText(
                    nl:
                        "geen record '\(name)' gevonden; geef het pad (records/<gemeente>/perioden/<periode>.yaml) of een korte naam zoals <gemeente>/<periode>",
                    en:
                        "no record '\(name)' found; give its path (records/<gemeente>/perioden/<period>.yaml) or a short name such as <gemeente>/<period>"
                )
            case .ambiguous(let name, let paths):
                LocalizedText(
                    nl: "'\(name)' kan meer records zijn: \(paths.joined(separator: ", ")); noem de gemeente erbij",
                    en: "'\(name)' could be several records: \(paths.joined(separator: ", ")); add the municipality")
            }
        }
    }

    /// The path `name` stands for in a commit. A path under `records/` is taken as it is (it may
    /// name a record that no longer exists, to see its history).
    public static func resolve(_ name: String, in repository: Repository, at commit: ObjectID?) throws(Failure)
        -> String
    {
        var trimmed = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
        if trimmed.hasPrefix("records/") { return trimmed }
        for suffix in [".yaml", ".md"] where trimmed.hasSuffix(suffix) {
            trimmed = String(trimmed.dropLast(suffix.count))
        }
        let exists = { (path: String) -> Bool in
            guard let commit else { return false }
            return (try? repository.entry(atPath: path, inCommit: commit)) != nil
        }
        let municipalities =
            commit.flatMap { try? repository.folderLevel(under: "records", inCommit: $0).folders.map(\.name) } ?? []
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var candidates: [String] = []
        // The kinds named by their file alone (in a folder of their own), and those one folder
        // deeper (a placement in its period's folder), from the kinds' table.
        let named = RecordKind.allCases.filter { $0.layout.folder != nil && $0.layout.subfolders == 0 }
        let nested = RecordKind.allCases.filter { $0.layout.folder != nil && $0.layout.subfolders == 1 }
        func recordPath(_ kind: RecordKind, _ municipality: String, _ names: String...) -> String {
            ([kind.folder(of: municipality)] + names).joined(separator: "/") + kind.layout.fileExtension
        }
        switch parts.count {
        case 1:
            let only = parts[0]
            if municipalities.contains(only), let file = RecordKind.municipality.layout.fileName {
                candidates.append(RecordKind.municipality.folder(of: only) + "/" + file)
            }
            for municipality in municipalities {
                candidates += named.map { recordPath($0, municipality, only) }
            }
        case 2:
            let (first, second) = (parts[0], parts[1])
            if municipalities.contains(first) {
                candidates += named.map { recordPath($0, first, second) }
            }
            for municipality in municipalities {
                candidates += nested.map { recordPath($0, municipality, first, second) }
            }
        case 3:
            candidates += nested.map { recordPath($0, parts[0], parts[1], parts[2]) }
        default:
            break
        }
        let found = candidates.filter(exists)
        guard let path = found.first else { throw .notFound(name) }
        guard found.count == 1 else { throw .ambiguous(name, found) }
        return path
    }
}
