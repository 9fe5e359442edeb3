/// Values typed on the command line written as YAML the checker reads back unchanged: plain when
/// that is safe (`Aa en Hunze`), else double-quoted with escapes (`"'s-Hertogenbosch"`,
/// `"Locatie: De Brink"`), so a name can never turn into a number, a date, `true` or a mapping.
public enum YAMLScalar {
    public static func text(_ value: String) -> String {
        isPlainSafe(value) ? value : quoted(value)
    }

    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            // Line and paragraph separators and NEL would break the line in YAML 1.1 readers.
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Starts with a letter, holds only letters, digits, spaces and `-.,()/'` in between, ends
    /// without a space, and is not one of the words YAML reads as something else.
    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first.properties.isAlphabetic,
            value.unicodeScalars.last != " "
        else { return false }
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -.,()/'".unicodeScalars.contains(scalar)
        }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        return allowed && !reserved.contains(value.lowercased()) && !value.contains("  ")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
