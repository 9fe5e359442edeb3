import Foundation

/// The folder under `records/` for a municipality: its name in lower case, without accents, with
/// hyphens between the words (`Aa en Hunze` → `aa-en-hunze`, `'s-Hertogenbosch` →
/// `s-hertogenbosch`, `Súdwest-Fryslân` → `sudwest-fryslan`), as `tynaarlo` is named.
public enum FolderName {
    public static func of(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue  // 's-Hertogenbosch: the apostrophe joins, it does not separate
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// Lower-case ASCII letters and digits in hyphen-separated words, at most 100 characters.
    public static func isValid(_ folder: String) -> Bool {
        guard !folder.isEmpty, folder.utf8.count <= 100, !folder.hasPrefix("-"), !folder.hasSuffix("-"),
            !folder.contains("--")
        else { return false }
        return folder.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
