import Foundation
import TaakboekCore
import TaakboekState

/// The municipality a new record is for, with what its records already say: `--gemeente`, or the
/// only folder under `records/`. Only `gemeente.yaml`, the period records and (for placements)
/// the placements are read, from the working tree.
public struct DraftTarget: Sendable {
    /// The repository's top folder.
    public let root: String
    /// The folder under `records/`.
    public let folder: String
    public let records: MunicipalityRecords
    public let catalogue: PlacementCatalogue

    /// A target whose records are already at hand (the language server's, with unsaved text).
    public init(root: String, folder: String, records: MunicipalityRecords, catalogue: PlacementCatalogue) {
        self.root = root
        self.folder = folder
        self.records = records
        self.catalogue = catalogue
    }

    public static func load(root: String, municipality: String?, placements: Bool = false) throws(SourceError)
        -> DraftTarget
    {
        let folders = try existingMunicipalityFolders(in: root)
        let chosen: String
        if let municipality {
            guard folders.contains(municipality) else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "gemeente '\(municipality)' staat niet in records/; kies een van: \(folders.joined(separator: ", "))",
                        en:
                            "municipality '\(municipality)' is not in records/; choose one of: \(folders.joined(separator: ", "))"
                    ))
            }
            chosen = municipality
        } else {
            guard folders.count == 1 else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "records/ heeft meer gemeenten; kies er een met --gemeente: \(folders.joined(separator: ", "))",
                        en:
                            "records/ holds several municipalities; choose one with --gemeente: \(folders.joined(separator: ", "))"
                    ))
            }
            chosen = folders[0]
        }
        let tree = try RecordState.workingTree(root).periodTree(municipality: chosen, placements: placements)
        let records =
            tree.municipalities.first { $0.folder == chosen }
            ?? MunicipalityRecords(folder: chosen, models: [])
        return DraftTarget(root: root, folder: chosen, records: records, catalogue: tree.catalogue)
    }

    /// The municipality folders, or the error that the repository has none yet and how to make it.
    static func existingMunicipalityFolders(in root: String) throws(SourceError) -> [String] {
        let folders = municipalityFolders(in: root)
        guard !folders.isEmpty else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(root) heeft geen records/<gemeente>/; maak de records-repository eerst met taakboek init --gemeente <naam> --cbs-code <GMxxxx> --provincie <provincie>",
                    en:
                        "\(root) has no records/<gemeente>/; first make the records repository with taakboek init --gemeente <name> --cbs-code <GMxxxx> --provincie <province>"
                ))
        }
        return folders
    }

    /// The folders under `records/` (hidden ones and files left out), sorted.
    static func municipalityFolders(in root: String) -> [String] {
        let records = root + "/records"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: records)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: records + "/" + name, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// `base.yaml` under `folder`, or with `-2`, `-3`, … when taken (only when the name was not
    /// chosen by the user: a chosen name that is taken is refused, never overwritten).
    func freeName(_ base: String, in folder: String, chosen: Bool) throws(SourceError) -> String {
        let first = "\(folder)/\(base).yaml"
        guard NewFile.exists(first, in: root) else { return first }
        guard !chosen else {
            throw SourceError(
                LocalizedText(
                    nl: "\(first) bestaat al; taakboek overschrijft geen record. Kies een andere --naam",
                    en: "\(first) already exists; taakboek does not overwrite a record. Choose another --naam"))
        }
        var number = 2
        while NewFile.exists("\(folder)/\(base)-\(number).yaml", in: root) { number += 1 }
        return "\(folder)/\(base)-\(number).yaml"
    }
}
