/// Writing YAML scalars and the schema line that starts every record.
enum YAMLText {
    /// The first line of a record (inside the front matter for a letter), pointing editors with
    /// yaml-language-server at the schema; `depth` is how many folders below `records/` it lies.
    static func schemaLine(_ schema: String, depth: Int) -> String {
        let up = String(repeating: "../", count: depth + 1)
        return "# yaml-language-server: $schema=\(up)schemas/\(schema).schema.json\n"
    }

    /// A text value: plain when that reads back as the same string, double-quoted otherwise.
    static func string(_ value: String) -> String {
        isSafePlain(value) ? value : quoted(value)
    }

    private static func quoted(_ value: String) -> String {
        var out = "\""
        for ch in value.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }

    private static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    private static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return false }
        if indicators.contains(first) || first == " " || last == " " || last == ":" { return false }
        if value.contains(": ") || value.contains(" #") || value.contains("\n") || value.contains("\t") {
            return false
        }
        if first.isNumber || first == "." || first == "+" { return false }
        let lowered = value.lowercased()
        let special = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        return !special.contains(lowered)
    }
}
