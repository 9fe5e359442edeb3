/// A JSON value as JSON Schema sees it.
///
/// Equality follows JSON Schema rather than Swift: `1` equals `1.0`, object member order
/// does not matter, and strings are equal only when their Unicode scalars are identical
/// (Swift's `String ==` would treat `"ä"` and `"a\u{308}"` as equal; JSON Schema does not).
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    /// The JSON Schema type name: "null", "boolean", "integer", "number", "string", "array"
    /// or "object". A `.number` is reported as "number" even when it has no fraction.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Whether the value is a number without a fractional part (`3` and `3.0`, not `3.5`).
    public var isInteger: Bool {
        switch self {
        case .integer: true
        case .number(let value): value.isFinite && value.rounded(.towardZero) == value
        default: false
        }
    }

    /// Whether the value is a JSON number of either representation.
    public var isNumber: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }

    /// The numeric value as a `Double`, or `nil` for non-numbers.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member `key` when this is an object, else `nil`.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.integer(let a), .integer(let b)):
            return a == b
        case (.number(let a), .number(let b)):
            return a == b
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)):
            return NumericComparison.equal(integer: a, double: b)
        case (.string(let a), .string(let b)):
            return ExactString.equal(a, b)
        case (.array(let a), .array(let b)):
            return a == b
        case (.object(let a), .object(let b)):
            return a == b
        default:
            return false
        }
    }
}

extension JSONValue: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0 as UInt8)
        case .bool(let value):
            hasher.combine(1 as UInt8)
            hasher.combine(value)
        case .integer(let value):
            // Hash as Double so that 1 and 1.0 land in the same bucket; collisions between
            // huge integers that round to the same Double are resolved by `==`.
            hasher.combine(2 as UInt8)
            hasher.combine(Double(value))
        case .number(let value):
            hasher.combine(2 as UInt8)
            hasher.combine(value)
        case .string(let value):
            hasher.combine(3 as UInt8)
            ExactString.hashUTF8(of: value, into: &hasher)
        case .array(let values):
            hasher.combine(4 as UInt8)
            hasher.combine(values)
        case .object(let object):
            hasher.combine(5 as UInt8)
            hasher.combine(object)
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text for the value.
    public var description: String {
        JSONWriter.compact(self)
    }
}

// Deliberately not ExpressibleByNilLiteral: `cond ? value : nil` would then silently build
// `.null` where an absent `JSONValue?` was meant.
extension JSONValue: ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements))
    }
}
