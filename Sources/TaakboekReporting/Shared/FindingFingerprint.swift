import TaakboekCore

/// A stable identity for each finding, for SARIF's `partialFingerprints` and GitLab's
/// `fingerprint`: the same finding keeps it from run to run, so code-scanning services see it as
/// the same alert, also after lines were inserted above it.
///
/// SHA-256 (hex) over `taakboek-finding-v1`, the rule id, the file, the English message with every
/// `path:line[:column]` in it reduced to the path, and the finding's occurrence number among the
/// findings with that same rule, file and message (in report order). Line and column are left out
/// on purpose; the occurrence number keeps two equal findings in one file apart. A finding changes
/// fingerprint when its message does (e.g. another declared figure): that is a different finding.
public enum FindingFingerprint {
    public static let name = "taakboekFinding/v1"

    /// The fingerprint of every finding, in the order given (which must be report order).
    public static func of(_ findings: [Finding]) -> [String] {
        var occurrences: [String: Int] = [:]
        return findings.map { finding in
            let key = [finding.ruleID, finding.location.path, withoutLineNumbers(finding.message.en)].joined(
                separator: "\u{0}")
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            var hash = SHA256()
            hash.addField("taakboek-finding-v1")
            hash.addField(key)
            hash.addField(String(occurrence))
            return hash.hexDigest()
        }
    }

    /// `records/x/perioden/2024-II.yaml:8` and `…:8:19` become `records/x/perioden/2024-II.yaml`:
    /// a `:` followed by digits is dropped when the word before it contains a `/` (a path).
    static func withoutLineNumbers(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var wordStart = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == ":", index + 1 < characters.count, characters[index + 1].isASCII,
                characters[index + 1].isNumber, characters[wordStart..<index].contains("/")
            {
                var next = index + 1
                while next < characters.count, characters[next].isASCII, characters[next].isNumber { next += 1 }
                if next + 1 < characters.count, characters[next] == ":", characters[next + 1].isASCII,
                    characters[next + 1].isNumber
                {
                    next += 1
                    while next < characters.count, characters[next].isASCII, characters[next].isNumber { next += 1 }
                }
                index = next
                continue
            }
            if character == " " || character == "(" || character == "," { wordStart = index + 1 }
            result.append(character)
            index += 1
        }
        return result
    }
}
