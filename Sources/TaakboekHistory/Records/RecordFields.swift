import TaakboekCore

/// The fields of one version of a record, in file order, for comparing versions field by field:
/// nested values are flattened (`cijfers.taakstelling`, `bronnen[0]`), a letter's body is the
/// field `tekst`. Values are compared as read, so reformatting or reordering keys changes nothing.
public struct RecordFields: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public let key: String
        public let value: String
    }

    public let fields: [Field]

    public subscript(key: String) -> String? { fields.first { $0.key == key }?.value }

    /// The fields of a record's bytes; nil when the text is not a readable record.
    public static func read(_ bytes: [UInt8], path: String) -> RecordFields? {
        guard let text = RecordText.decode(bytes).text, let root = RecordLoader.yamlRoot(ofText: text, path: path)
        else { return nil }
        var fields: [Field] = []
        flatten(root, key: "", into: &fields)
        if path.hasSuffix(".md"), case .success(let split) = FrontMatter.split(text) {
            fields.append(Field(key: "tekst", value: split.body))
        }
        return RecordFields(fields: fields)
    }

    private static func flatten(_ node: YAMLNode, key: String, into fields: inout [Field]) {
        switch node.content {
        case .scalar(let scalar):
            fields.append(Field(key: key, value: scalar.text))
        case .mapping(let pairs):
            for pair in pairs { flatten(pair.value, key: key.isEmpty ? pair.key : key + "." + pair.key, into: &fields) }
        case .sequence(let items):
            if items.isEmpty { fields.append(Field(key: key, value: "[]")) }
            for (index, item) in items.enumerated() { flatten(item, key: "\(key)[\(index)]", into: &fields) }
        }
    }

    /// Field by field from `old` to `new` (nil: the record does not exist): changed, added and
    /// removed fields, in the order of the new version, then the removed ones.
    public static func changes(from old: RecordFields?, to new: RecordFields?) -> [FieldChange] {
        let before = old?.fields ?? []
        let after = new?.fields ?? []
        var oldValues: [String: String] = [:]
        for field in before where oldValues[field.key] == nil { oldValues[field.key] = field.value }
        var result: [FieldChange] = []
        var present: Set<String> = []
        for field in after where present.insert(field.key).inserted {
            let previous = oldValues[field.key]
            if previous != field.value { result.append(FieldChange(key: field.key, old: previous, new: field.value)) }
        }
        for field in before where !present.contains(field.key) && present.insert(field.key).inserted {
            result.append(FieldChange(key: field.key, old: field.value, new: nil))
        }
        return result
    }
}

/// One field that differs between two versions of a record (nil: absent in that version).
public struct FieldChange: Sendable, Equatable {
    public let key: String
    public let old: String?
    public let new: String?
}
