import TaakboekCore
import TaakboekState

/// The municipalities of a records repository by folder, with the `naam` and `cbs_code` of each
/// `gemeente.yaml`, so a sheet's gemeente cell (`Tynaarlo`, `GM1730`, `1730`, `gemeente Tynaarlo`)
/// finds its folder.
struct MunicipalityDirectory: Sendable {
    struct Entry: Sendable {
        let folder: String
        let naam: String?
        let cbsCode: String?
    }

    let entries: [Entry]

    static func load(root: String) throws(SourceError) -> MunicipalityDirectory {
        let folders = try DraftTarget.existingMunicipalityFolders(in: root)
        let tree = try RecordState.workingTree(root).periodTree()
        return MunicipalityDirectory(
            entries: folders.map { folder in
                let municipality = tree.municipalities.first { $0.folder == folder }?.municipality
                return Entry(folder: folder, naam: municipality?.naam?.value, cbsCode: municipality?.cbsCode?.value)
            })
    }

    var known: String {
        entries.map { entry in
            [entry.naam, entry.cbsCode].compactMap { $0 }.isEmpty
                ? entry.folder : "\(entry.naam ?? entry.folder) (\(entry.cbsCode ?? entry.folder))"
        }.joined(separator: ", ")
    }

    /// The folder a cell names, or why none.
    func folder(for text: String) -> Result<String, Refusal> {
        var key = Self.key(text)
        if key.hasPrefix("gemeente") && key.count > 8 { key.removeFirst(8) }
        let digits = key.hasPrefix("gm") ? String(key.dropFirst(2)) : key
        let code = digits.count <= 4 && !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
            ? "gm" + String(repeating: "0", count: 4 - digits.count) + digits : nil
        let match = entries.first { entry in
            key == Self.key(entry.folder) || entry.naam.map(Self.key) == key
                || (code != nil && entry.cbsCode.map(Self.key) == code)
        }
        if let match { return .success(match.folder) }
        return .failure(
            Refusal(
                nl: "gemeente '\(text)' staat niet in records/; bekend zijn: \(known)",
                en: "municipality '\(text)' is not in records/; known are: \(known)"))
    }

    /// Lower case letters and digits: `Aa en Hunze`, `aa-en-hunze` and `AA EN HUNZE` are one.
    static func key(_ text: String) -> String { ImportColumn.normalised(text) }
}
