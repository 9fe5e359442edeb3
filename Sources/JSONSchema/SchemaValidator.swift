import JSON
/// A JSON Schema draft-07 validator. Compile once, validate many instances, from any thread.
///
/// ```swift
/// let validator = try SchemaValidator(schema: try JSONParser.parse(schemaText))
/// for error in validator.validate(try JSONParser.parse(recordText)) { print(error) }
/// ```
///
/// All `$ref`s are resolved at `init`: local JSON Pointers, `$id`-based URIs and plain-name
/// fragments, and the draft-07 metaschema (embedded). Nothing is fetched from a network;
/// a reference to any other remote schema is a `SchemaError`. `format` is an annotation
/// only and never fails.
public struct SchemaValidator: Sendable {
    /// The schema as given.
    public let schema: JSONValue
    public let limits: ValidationLimits
    let table: [SchemaNode]
    let rootIndex: Int

    /// The base URI used when neither `baseURI` nor the schema's `$id` gives one.
    public static let defaultBaseURI = "urn:x-json-schema:root"

    /// Compiles `schema`. `baseURI` is the schema's retrieval URI, against which a root
    /// `$id` and relative references resolve.
    public init(
        schema: JSONValue, baseURI: String? = nil, limits: ValidationLimits = .default
    ) throws(SchemaError) {
        var registry = SchemaRegistry(depthLimit: limits.maxSchemaDepth)
        let base = URIReference(parsing: baseURI ?? Self.defaultBaseURI)
        let root = registry.addDocument(schema, base: base, locationPrefix: "")
        if let metaschema = Draft07MetaSchema.value {
            registry.addDocument(
                metaschema, base: URIReference(parsing: Draft07MetaSchema.uri),
                locationPrefix: Draft07MetaSchema.uri)
        }
        var compiler = SchemaCompiler(registry: registry, depthLimit: limits.maxSchemaDepth)
        let compiled = try compiler.compileAll(root: SchemaLocation(document: root, pointer: []))
        self.schema = schema
        self.limits = limits
        self.table = compiled.table
        self.rootIndex = compiled.root
    }

    /// Every failed keyword, or an empty array when `instance` is valid.
    ///
    /// A valid instance costs one pass that allocates nothing for errors; only an invalid
    /// one is evaluated a second time to collect paths and details.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        guard let root = table.indices.contains(rootIndex) ? table[rootIndex] : nil else {
            return []
        }
        var quick = Evaluator(table: table, limits: limits, collect: false)
        var unused: [ValidationError] = []
        if quick.evaluate(root, instance, &unused), quick.stopped == nil {
            return []
        }
        var full = Evaluator(table: table, limits: limits, collect: true)
        var errors: [ValidationError] = []
        _ = full.evaluate(root, instance, &errors)
        if let limit = full.stopped ?? quick.stopped {
            errors.append(
                ValidationError(
                    instancePath: [], schemaPath: root.location, keyword: "$ref",
                    kind: .limitExceeded(limit)))
        }
        return errors
    }

    /// Whether `instance` is valid, without collecting any errors.
    public func isValid(_ instance: JSONValue) -> Bool {
        guard let root = table.indices.contains(rootIndex) ? table[rootIndex] : nil else {
            return true
        }
        var quick = Evaluator(table: table, limits: limits, collect: false)
        var unused: [ValidationError] = []
        return quick.evaluate(root, instance, &unused) && quick.stopped == nil
    }
}
