import Foundation
import TaakboekCore

/// Does the repository's `schemas/` hold the schemas and placement kinds this binary was built
/// with (`SchemaSet.builtInFiles`, generated from taakboek's own `schemas/`)? Line ends do not
/// count: a CRLF checkout of the same files is the same.
enum SchemasCheck {
    static let id = "schemas"
    static let label = LocalizedText(nl: "schema's", en: "schemas")

    /// How one file of the repository's `schemas/` compares with the built-in copy.
    enum FileState: Equatable {
        case same
        case differs
        /// Not in the repository: the check uses the built-in copy.
        case missing
        /// In the repository only: taakboek does not read it.
        case extra

        var text: LocalizedText {
            switch self {
            case .same: LocalizedText(nl: "gelijk", en: "the same")
            case .differs: LocalizedText(nl: "verschilt", en: "differs")
            case .missing:
                LocalizedText(
                    nl: "ontbreekt; taakboek gebruikt de ingebouwde versie",
                    en: "missing; taakboek uses the built-in copy")
            case .extra: LocalizedText(nl: "extra; taakboek leest het niet", en: "extra; taakboek does not read it")
            }
        }
    }

    /// The states by file name: every built-in file, and every other file directly in `schemas/`
    /// (its subfolders are not the configuration).
    static func states(in folder: String) -> [String: FileState] {
        let manager = FileManager.default
        var states: [String: FileState] = [:]
        for (name, text) in SchemaSet.builtInFiles {
            guard let data = manager.contents(atPath: folder + "/" + name) else {
                states[name] = .missing
                continue
            }
            states[name] = LineFeeds.of(Array(data)) == LineFeeds.of(Array(text.utf8)) ? .same : .differs
        }
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where states[name] == nil {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue {
                states[name] = .extra
            }
        }
        return states
    }

    static func run(workdir: String, toolVersion: String) -> DoctorCheck {
        let folder = workdir + "/schemas"
        let builtIn = SchemaSet.builtInFiles.count
        let initCommand = "`taakboek init --gemeente <naam> --cbs-code <code> --provincie <provincie> --map <map>`"
        let initWrites = LocalizedText(
            nl:
                "draai \(initCommand) met de waarden uit records/<map>/gemeente.yaml: init schrijft wat ontbreekt en laat de rest staan",
            en:
                "run \(initCommand) with the values of records/<map>/gemeente.yaml: init writes what is missing and leaves the rest"
        )
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return DoctorCheck(
                id: id, label: label, status: .warning,
                message: LocalizedText(
                    nl:
                        "\(folder) ontbreekt: taakboek gebruikt de ingebouwde schema's, maar een editor vindt de schema's niet die elk record noemt",
                    en:
                        "\(folder) is missing: taakboek uses the built-in schemas, but an editor does not find the schemas each record names"
                ),
                fix: initWrites)
        }
        let states = states(in: folder)
        let named = states.sorted { $0.key < $1.key }.filter { $0.value != .same }
        let details = named.map {
            LocalizedText(nl: "\($0.key): \($0.value.text.nl)", en: "\($0.key): \($0.value.text.en)")
        }
        let differing = states.values.count { $0 == .differs }
        let off = differing + states.values.count { $0 == .missing }
        guard off > 0 else {
            return DoctorCheck(
                id: id, label: label, status: .ok,
                message: LocalizedText(
                    nl: "de \(builtIn) bestanden in schemas/ zijn gelijk aan die van deze taakboek (\(toolVersion))",
                    en: "the \(builtIn) files in schemas/ are the same as this taakboek's (\(toolVersion))"),
                details: details)
        }
        let fix =
            differing == 0
            ? initWrites
            : LocalizedText(
                nl:
                    "welke versie nieuwer is, is niet te zien: deze taakboek (\(toolVersion)) is gebouwd met andere schema's. Gebruik de taakboek die bij de repository hoort, of neem de schema's van deze versie over: verwijder de afwijkende bestanden uit schemas/ en \(initWrites.nl)",
                en:
                    "which version is newer cannot be told: this taakboek (\(toolVersion)) was built with other schemas. Use the taakboek that goes with the repository, or take this version's schemas: remove the differing files from schemas/ and \(initWrites.en)"
            )
        return DoctorCheck(
            id: id, label: label, status: .warning,
            message: LocalizedText(
                nl:
                    "\(off) van de \(builtIn) bestanden in schemas/ \(off == 1 ? "wijkt" : "wijken") af van die van deze taakboek (\(toolVersion))",
                en:
                    "\(off) of the \(builtIn) files in schemas/ \(off == 1 ? "differs" : "differ") from this taakboek's (\(toolVersion))"
            ),
            fix: fix, details: details)
    }
}
