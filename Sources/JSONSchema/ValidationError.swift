/// One failed keyword.
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the instance: the value the keyword applies to (for `additionalProperty`,
    /// the offending member itself).
    public let instancePath: [JSONPointer.Component]
    /// Where in the schema: the absolute location of the failed keyword as a URI reference
    /// with a JSON Pointer fragment, e.g. "#/properties/amount/minimum" inside the root
    /// schema or "http://json-schema.org/draft-07/schema#/properties/minLength/minimum".
    /// Static, so it can be used to look up the keyword's surroundings (e.g. a `title`).
    public let schemaPath: String
    /// The keyword that failed, e.g. "required" or "exclusiveMinimum"; "false" for the
    /// `false` schema and "$ref" for evaluation limits.
    public let keyword: String
    public let kind: ValidationFailure

    public init(
        instancePath: [JSONPointer.Component], schemaPath: String, keyword: String,
        kind: ValidationFailure
    ) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.keyword = keyword
        self.kind = kind
    }

    public var instancePointer: JSONPointer { JSONPointer(instancePath) }

    /// "/amount: value must be at least 0", with "(root)" for the whole instance.
    public var description: String {
        let pointer = instancePointer.description
        return "\(pointer.isEmpty ? "(root)" : pointer): \(kind.description)"
    }
}
