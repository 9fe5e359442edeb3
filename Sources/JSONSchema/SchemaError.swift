import JSON
/// Why a schema could not be compiled. `location` is the schema location as a URI with a
/// JSON Pointer fragment, e.g. "#/properties/amount/minimum".
public enum SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A schema must be an object or a boolean.
    case notASchema(location: String, found: String)
    /// A keyword has a value of the wrong type or out of range.
    case invalidKeyword(keyword: String, location: String, reason: String)
    /// A `pattern` or `patternProperties` key is not a usable regular expression.
    case invalidPattern(pattern: String, location: String, reason: String)
    /// A `$ref` that names no known schema (remote schemas are never fetched).
    case unresolvableReference(reference: String, location: String)
    /// `$ref`s that only point at each other, e.g. `{"$ref": "#"}` at the root.
    case circularReference(reference: String, location: String)
    /// Schema nesting beyond the compiler's depth limit.
    case nestingTooDeep(location: String, limit: Int)

    public var description: String {
        switch self {
        case .notASchema(let location, let found):
            "\(location): a schema must be an object or a boolean, found \(found)"
        case .invalidKeyword(let keyword, let location, let reason):
            "\(location): invalid \"\(keyword)\": \(reason)"
        case .invalidPattern(let pattern, let location, let reason):
            "\(location): invalid regular expression \(JSONValue.string(pattern)): \(reason)"
        case .unresolvableReference(let reference, let location):
            "\(location): cannot resolve $ref \(JSONValue.string(reference))"
        case .circularReference(let reference, let location):
            "\(location): $ref \(JSONValue.string(reference)) only refers back to itself"
        case .nestingTooDeep(let location, let limit):
            "\(location): schema nesting exceeds \(limit) levels"
        }
    }
}
