import JSON
/// A compiled schema: every keyword already checked, converted and linked.
///
/// Children are held directly; a `$ref` holds the index of its target in the validator's
/// reference table instead, so recursive schemas form no reference cycles.
final class SchemaNode: Sendable {
    enum Kind: Sendable {
        case alwaysValid
        case alwaysInvalid
        /// Index into the reference table, and the `$ref` text for messages.
        case reference(Int, String)
        case keywords
    }

    /// Absolute location, e.g. "#/properties/foo"; error `schemaPath`s start with it.
    let location: String
    /// The schema as written, for callers that want its `title` or `description`.
    let source: JSONValue
    let kind: Kind
    /// Empty unless `kind` is `.keywords`. A stored struct rather than an enum payload, so
    /// evaluation reads single fields instead of copying the whole keyword set.
    let keywords: SchemaKeywords

    init(
        location: String, source: JSONValue, kind: Kind, keywords: SchemaKeywords = SchemaKeywords()
    ) {
        self.location = location
        self.source = source
        self.kind = kind
        self.keywords = keywords
    }

    /// The location of one of this schema's keywords (keyword names need no escaping).
    func path(_ keyword: String) -> String {
        location + "/" + keyword
    }
}

/// The assertion and applicator keywords of one schema object. Absent keywords are nil or
/// empty, so evaluation only pays for what a schema uses.
struct SchemaKeywords: Sendable {
    var types: JSONTypeSet?
    var enumeration: EnumerationRule?
    var constant: JSONValue?

    var minimum: NumericLimit?
    var maximum: NumericLimit?
    var exclusiveMinimum: NumericLimit?
    var exclusiveMaximum: NumericLimit?
    var multipleOf: NumericLimit?

    var minLength: Int?
    var maxLength: Int?
    var pattern: CompiledPattern?

    var items: ItemsRule?
    var additionalItems: SchemaNode?
    var contains: SchemaNode?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false

    var properties: [ExactString: SchemaNode] = [:]
    var patternProperties: [(pattern: CompiledPattern, schema: SchemaNode)] = []
    var additionalProperties: SchemaNode?
    var required: [String] = []
    var minProperties: Int?
    var maxProperties: Int?
    var propertyNames: SchemaNode?
    var dependencies: [(property: String, rule: DependencyRule)] = []

    var allOf: [SchemaNode] = []
    var anyOf: [SchemaNode] = []
    var oneOf: [SchemaNode] = []
    var not: SchemaNode?
    var ifSchema: SchemaNode?
    var thenSchema: SchemaNode?
    var elseSchema: SchemaNode?

    // Summaries so evaluation can skip whole groups with one test.
    var hasNumberKeywords = false
    var hasStringKeywords = false
    var hasArrayKeywords = false
    var hasObjectKeywords = false
    var hasApplicators = false

    mutating func summarize() {
        hasNumberKeywords =
            minimum != nil || maximum != nil || exclusiveMinimum != nil
            || exclusiveMaximum != nil || multipleOf != nil
        hasStringKeywords = minLength != nil || maxLength != nil || pattern != nil
        hasArrayKeywords =
            items != nil || contains != nil || minItems != nil || maxItems != nil || uniqueItems
        hasObjectKeywords =
            !properties.isEmpty || !patternProperties.isEmpty || additionalProperties != nil
            || !required.isEmpty || minProperties != nil || maxProperties != nil
            || propertyNames != nil || !dependencies.isEmpty
        hasApplicators =
            !allOf.isEmpty || !anyOf.isEmpty || !oneOf.isEmpty || not != nil || ifSchema != nil
    }
}

enum ItemsRule: Sendable {
    /// `items` is one schema for every element.
    case every(SchemaNode)
    /// `items` is an array: one schema per position; `additionalItems` covers the rest.
    case tuple([SchemaNode])
}

enum DependencyRule: Sendable {
    case properties([String])
    case schema(SchemaNode)
}

/// `enum` values, with a hash set when the list is long enough to be worth it.
struct EnumerationRule: Sendable {
    let values: [JSONValue]
    let lookup: Set<JSONValue>?

    init(_ values: [JSONValue]) {
        self.values = values
        self.lookup = values.count > 8 ? Set(values) : nil
    }

    func contains(_ value: JSONValue) -> Bool {
        if let lookup { return lookup.contains(value) }
        return values.contains(value)
    }
}

/// The JSON Schema primitive types as a bit set.
struct JSONTypeSet: OptionSet, Sendable {
    let rawValue: UInt8

    static let null = JSONTypeSet(rawValue: 1 << 0)
    static let boolean = JSONTypeSet(rawValue: 1 << 1)
    static let integer = JSONTypeSet(rawValue: 1 << 2)
    static let number = JSONTypeSet(rawValue: 1 << 3)
    static let string = JSONTypeSet(rawValue: 1 << 4)
    static let array = JSONTypeSet(rawValue: 1 << 5)
    static let object = JSONTypeSet(rawValue: 1 << 6)

    static let names: [(String, JSONTypeSet)] = [
        ("null", .null), ("boolean", .boolean), ("integer", .integer), ("number", .number),
        ("string", .string), ("array", .array), ("object", .object),
    ]

    static func named(_ name: String) -> JSONTypeSet? {
        names.first { $0.0 == name }?.1
    }

    /// The type names in schema order, for messages.
    var names: [String] {
        Self.names.filter { contains($0.1) }.map(\.0)
    }

    func matches(_ value: JSONValue) -> Bool {
        switch value {
        case .null: contains(.null)
        case .bool: contains(.boolean)
        case .integer: !isDisjoint(with: [.integer, .number])
        case .number: contains(.number) || (contains(.integer) && value.isInteger)
        case .string: contains(.string)
        case .array: contains(.array)
        case .object: contains(.object)
        }
    }
}
