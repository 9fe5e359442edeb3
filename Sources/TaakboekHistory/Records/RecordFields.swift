import TaakboekCore

/// A record's content as the queries compare it (diff, log, blame): every scalar under a dotted field path
/// (`taakstelling`, `berekening.landelijk`, `wijzigingen.taakstelling.van`, `cijfers.gehuisvest`),
/// with its meaning rather than its spelling. Key order, quoting, comments, folding of long texts
/// and the schema line do not show; a letter's Markdown body is one more field, `tekst`.
public struct RecordFields: Sendable {
    public struct Value: Sendable, Equatable {
        /// The value as the records write it (`41`, `onbekend`, `2024-09`, a text).
        public let text: String
        /// Set when the value is a whole number.
        public let number: Int?
    }

    /// In the order of the kind's schema fields, then any other keys in the order they stand.
    public private(set) var fields: [(name: String, value: Value)] = []

    /// The pseudo-field holding a letter's text after the front matter.
    static let letterBody = "tekst"

    /// The fields of a record's bytes as stored in git; nil when they are not a readable record.
    public static func read(_ bytes: [UInt8], path: String) -> RecordFields? {
        guard let text = RecordText.decode(bytes).text else { return nil }
        let root = RecordLoader.yamlRoot(ofText: text, path: path)
        guard root != nil else { return nil }
        return RecordFields(
            RecordFile(
                path: path, classification: RecordPath.classify(path), text: text, root: root, problems: [],
                schemaViolations: []))
    }

    /// No record: no fields.
    public static let empty = RecordFields()

    private init() {}

    init(_ file: RecordFile) {
        var collected: [(name: String, value: Value)] = []
        if let root = file.root { Self.collect(root, prefix: "", into: &collected) }
        if file.kind == .letter, let text = file.text, case .success(let split) = FrontMatter.split(text) {
            let body = split.body.trimmingWhitespace
            if !body.isEmpty { collected.append((Self.letterBody, Value(text: body, number: nil))) }
        }
        let order = Self.fieldOrder(file.kind)
        fields = collected.enumerated().sorted { lhs, rhs in
            let left = Self.rank(lhs.element.name, order), right = Self.rank(rhs.element.name, order)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        if fields.count > Self.linearSearch {
            // A repeated name (a key twice, which `check` refuses) keeps its first place, as the
            // linear search finds it.
            positions = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: min)
        }
    }

    /// Where each field stands in `fields`, for a record with more than `linearSearch` fields: a
    /// record has about ten, found faster by comparing with each, but comparing two versions
    /// of a file of 76,000 keys field by field took minutes that way.
    private var positions: [String: Int]?
    static let linearSearch = 16

    public subscript(name: String) -> Value? {
        if let positions { return positions[name].map { fields[$0].value } }
        return fields.first { $0.name == name }?.value
    }

    /// Field names present in either record, in the order of `self`, then those only in `other`.
    func names(with other: RecordFields) -> [String] {
        let own = fields.map(\.name)
        let seen = Set(own)
        return own + other.fields.map(\.name).filter { !seen.contains($0) }
    }

    private static func collect(_ node: YAMLNode, prefix: String, into fields: inout [(name: String, value: Value)]) {
        switch node.content {
        case .scalar(let scalar):
            guard let value = value(of: scalar) else { return }
            fields.append((prefix, value))
        case .mapping(let pairs):
            for pair in pairs {
                collect(pair.value, prefix: prefix.isEmpty ? pair.key : prefix + "." + pair.key, into: &fields)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() { collect(item, prefix: "\(prefix)[\(index)]", into: &fields) }
        }
    }

    /// What a scalar means; nil for null, which stands for the same as an absent key.
    private static func value(of scalar: YAMLScalar) -> Value? {
        switch scalar.interpretation.value {
        case .null: nil
        case .integer(let number): Value(text: String(number), number: number)
        case .bool(let flag): Value(text: flag ? "true" : "false", number: nil)
        case .number(let number): Value(text: String(number), number: nil)
        case .string(let text): Value(text: text, number: nil)
        }
    }

    private static func fieldOrder(_ kind: RecordKind?) -> [String] {
        guard let kind else { return [] }
        return kind.fieldNames + (kind == .letter ? [letterBody] : [])
    }

    /// A field sorts by its top-level key's place in the schema; unknown keys come last.
    private static func rank(_ name: String, _ order: [String]) -> Int {
        let top = name.prefix { $0 != "." && $0 != "[" }
        return order.firstIndex { $0 == top } ?? order.count
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
