import TaakboekCore

/// What `taakboek init` is told about the municipality, checked against the rules of
/// `schemas/gemeente.schema.json` before anything is written, with a message that says what to
/// type instead.
public struct MunicipalityInput: Sendable, Equatable {
    /// The official name, as written in `gemeente.yaml` (`Aa en Hunze`).
    public let name: String
    /// `GM` and four digits (`GM1680`).
    public let cbsCode: String
    /// The schema's spelling (`Noord-Brabant`).
    public let province: String
    /// The folder under `records/` (`aa-en-hunze`).
    public let folder: String

    /// Checks every value and reports all problems at once.
    public init(name: String, cbsCode: String, province: String, folder: String? = nil) throws(SourceError) {
        var problems: [LocalizedText] = []
        let trimmedName = name.trimmingCharacters(in: .whitespaces)
        if trimmedName.isEmpty {
            problems.append(
                LocalizedText(
                    nl:
                        "--gemeente is leeg; geef de officiële naam van de gemeente, bijvoorbeeld --gemeente \"Aa en Hunze\"",
                    en: "--gemeente is empty; give the municipality's official name, e.g. --gemeente \"Aa en Hunze\""))
        } else if trimmedName.count > 100
            || trimmedName.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            problems.append(
                LocalizedText(
                    nl: "--gemeente moet één regel van hoogstens 100 tekens zijn",
                    en: "--gemeente must be one line of at most 100 characters"))
        }
        let code = cbsCode.trimmingCharacters(in: .whitespaces).uppercased()
        if !Self.isCBSCode(code) {
            let digitsOnly = code.count == 4 && code.allSatisfy(\.isASCIIDigit)
            let hint = digitsOnly ? " (bedoelt u GM\(code)?)" : ""
            let hintEN = digitsOnly ? " (did you mean GM\(code)?)" : ""
            problems.append(
                LocalizedText(
                    nl:
                        "'\(cbsCode)' is geen CBS-gemeentecode: schrijf GM gevolgd door vier cijfers, bijvoorbeeld GM1680\(hint)",
                    en:
                        "'\(cbsCode)' is not a CBS municipality code: write GM followed by four digits, e.g. GM1680\(hintEN)"
                ))
        }
        let provinceName = Province.named(province)
        if provinceName == nil { problems.append(Province.unknown(province)) }
        let chosenFolder = folder ?? FolderName.of(trimmedName)
        if let folder, !FolderName.isValid(folder) {
            problems.append(
                LocalizedText(
                    nl:
                        "--map '\(folder)' is geen geldige mapnaam: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld aa-en-hunze",
                    en:
                        "--map '\(folder)' is not a valid folder name: use lower-case letters, digits and hyphens, e.g. aa-en-hunze"
                ))
        } else if folder == nil, !trimmedName.isEmpty, !FolderName.isValid(chosenFolder) {
            problems.append(
                LocalizedText(
                    nl:
                        "uit de naam '\(trimmedName)' volgt geen mapnaam; kies er een met --map, bijvoorbeeld --map aa-en-hunze",
                    en: "no folder name follows from '\(trimmedName)'; choose one with --map, e.g. --map aa-en-hunze"))
        }
        guard problems.isEmpty, let provinceName else {
            throw SourceError(
                LocalizedText(
                    nl: problems.map(\.nl).joined(separator: "\ntaakboek: "),
                    en: problems.map(\.en).joined(separator: "\ntaakboek: ")))
        }
        self.name = trimmedName
        self.cbsCode = code
        self.province = provinceName
        self.folder = chosenFolder
    }

    static func isCBSCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 6 && bytes[0] == UInt8(ascii: "G") && bytes[1] == UInt8(ascii: "M")
            && bytes[2...].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// `records/<folder>/gemeente.yaml`, valid against the gemeente schema.
    public var gemeenteYAML: String {
        "# yaml-language-server: $schema=../../schemas/gemeente.schema.json\n"
            + "naam: \(YAMLScalar.text(name))\ncbs_code: \(cbsCode)\nprovincie: \(province)\n"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
