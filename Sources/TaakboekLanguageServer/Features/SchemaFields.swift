import JSON

/// The fields a schema declares at a place in a record: for completion of keys and values and
/// for the description of a key on hover, from the same `schemas/*.schema.json` the checker uses.
enum SchemaFields {
    /// The schema of the mapping at `parents` (`[]`: the record; `["berekening"]`: its
    /// calculation; `["wijzigingen", "taakstelling"]`: one change of a correction).
    static func mapping(in schema: JSONValue, at parents: [String]) -> JSONValue? {
        var current = schema
        for parent in parents {
            if let field = current["properties"]?[parent] {
                current = field
            } else if let any = current["additionalProperties"], any.objectValue != nil {
                current = any
            } else {
                return nil
            }
        }
        return current["properties"] != nil || current["additionalProperties"]?.objectValue != nil ? current : nil
    }

    /// The declared fields of a mapping, in schema order.
    static func properties(of mapping: JSONValue) -> [(key: String, field: JSONValue)] {
        mapping["properties"]?.objectValue?.members.map { ($0.key, $0.value) } ?? []
    }

    static func field(_ key: String, in mapping: JSONValue) -> JSONValue? {
        mapping["properties"]?[key] ?? mapping["additionalProperties"].flatMap { $0.objectValue == nil ? nil : $0 }
    }

    static func isRequired(_ key: String, in mapping: JSONValue) -> Bool {
        mapping["required"]?.arrayValue?.contains { $0.stringValue == key } ?? false
    }

    /// The values a field allows as a list (`enum`, `const`, in `oneOf`/`anyOf` too), and
    /// `true`/`false` for a boolean.
    static func values(of field: JSONValue) -> [String] {
        var values: [String] = []
        if let list = field["enum"]?.arrayValue { values += list.compactMap(\.stringValue) }
        if let constant = field["const"]?.stringValue { values.append(constant) }
        if field["type"]?.stringValue == "boolean" { values += ["true", "false"] }
        for combined in ["oneOf", "anyOf"] {
            for option in field[combined]?.arrayValue ?? [] { values += Self.values(of: option) }
        }
        return values
    }

    /// Whether the field holds a mapping (its keys are completed, not its value).
    static func isMapping(_ field: JSONValue) -> Bool {
        field["type"]?.stringValue == "object"
    }

    /// `**title**` and the description, as Markdown.
    static func markdown(_ key: String, _ field: JSONValue, required: Bool, language: String) -> String {
        var text = "**\(key)**"
        if let title = field["title"]?.stringValue { text += " — \(title)" }
        if required { text += language == "nl" ? " (verplicht)" : " (required)" }
        if let description = field["description"]?.stringValue { text += "\n\n" + description }
        return text
    }
}
