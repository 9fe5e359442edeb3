import JSON
/// What a failed keyword expected, as data, so callers can phrase their own messages.
/// `description` gives a plain English sentence.
public enum ValidationFailure: Sendable, Hashable, CustomStringConvertible {
    /// The schema is `false` (also `additionalProperties: false` seen from inside, etc.).
    case falseSchema
    case type(expected: [String], actual: String)
    case enumMismatch(allowed: [JSONValue])
    case const(JSONValue)
    /// `minimum`, or `exclusiveMinimum` when `exclusive`.
    case minimum(Double, exclusive: Bool)
    /// `maximum`, or `exclusiveMaximum` when `exclusive`.
    case maximum(Double, exclusive: Bool)
    case multipleOf(Double)
    /// Lengths count Unicode code points.
    case minLength(Int)
    case maxLength(Int)
    case pattern(String)
    case minItems(Int)
    case maxItems(Int)
    /// The items at these two indices are equal.
    case uniqueItems(firstIndex: Int, secondIndex: Int)
    /// `additionalItems: false` with an `items` array of this many schemas.
    case additionalItems(allowed: Int)
    case contains
    case minProperties(Int)
    case maxProperties(Int)
    /// Reported at the object; the missing member is named here.
    case required(property: String)
    /// Reported at the member itself; `additionalProperties: false` forbids it.
    case additionalProperty(String)
    /// A member name failed `propertyNames`; `errors` are those of the name checked as a string.
    case propertyNames(property: String, errors: [ValidationError])
    /// `dependencies`: `property` is present, so `missing` must be too.
    case dependency(property: String, missing: String)
    /// No branch matched; `branches[i]` holds branch i's errors.
    case anyOf(branches: [[ValidationError]])
    /// `matches` branches matched instead of exactly one; a matching branch has no errors.
    case oneOf(matches: Int, branches: [[ValidationError]])
    /// The instance matched the `not` schema.
    case not
    /// Evaluation stopped: `$ref` recursion went deeper than the limit without finishing,
    /// or the evaluation budget was used up. The instance was not fully checked.
    case limitExceeded(ValidationLimit)

    public var description: String {
        switch self {
        case .falseSchema:
            return "no value is allowed here"
        case .type(let expected, let actual):
            return "expected \(Self.list(expected, conjunction: "or")), found \(actual)"
        case .enumMismatch(let allowed):
            return
                "value must be one of \(Self.list(allowed.map(\.description), conjunction: "or"))"
        case .const(let value):
            return "value must be \(value)"
        case .minimum(let limit, let exclusive):
            let relation = exclusive ? "greater than" : "at least"
            return "value must be \(relation) \(JSONWriter.format(limit))"
        case .maximum(let limit, let exclusive):
            return
                "value must be \(exclusive ? "less than" : "at most") \(JSONWriter.format(limit))"
        case .multipleOf(let divisor):
            return "value must be a multiple of \(JSONWriter.format(divisor))"
        case .minLength(let limit):
            return "text must be at least \(Self.count(limit, "character"))"
        case .maxLength(let limit):
            return "text must be at most \(Self.count(limit, "character"))"
        case .pattern(let pattern):
            return "text must match the pattern \(JSONValue.string(pattern))"
        case .minItems(let limit):
            return "array must have at least \(Self.count(limit, "item"))"
        case .maxItems(let limit):
            return "array must have at most \(Self.count(limit, "item"))"
        case .uniqueItems(let first, let second):
            return "array items must be unique, but items \(first) and \(second) are equal"
        case .additionalItems(let allowed):
            return "array must have at most \(Self.count(allowed, "item"))"
        case .contains:
            return "array must contain at least one matching item"
        case .minProperties(let limit):
            return
                "object must have at least \(Self.count(limit, "property", plural: "properties"))"
        case .maxProperties(let limit):
            return "object must have at most \(Self.count(limit, "property", plural: "properties"))"
        case .required(let property):
            return "missing required property \(JSONValue.string(property))"
        case .additionalProperty(let property):
            return "property \(JSONValue.string(property)) is not allowed"
        case .propertyNames(let property, _):
            return "property name \(JSONValue.string(property)) is not allowed"
        case .dependency(let property, let missing):
            return "property \(JSONValue.string(missing)) is required when "
                + "\(JSONValue.string(property)) is present"
        case .anyOf:
            return "value must match at least one of the allowed schemas"
        case .oneOf(let matches, _):
            return matches == 0
                ? "value must match exactly one of the allowed schemas, but matches none"
                : "value must match exactly one of the allowed schemas, but matches \(matches)"
        case .not:
            return "value must not match the disallowed schema"
        case .limitExceeded(let limit):
            return limit.description
        }
    }

    private static func list(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return "nothing"
        case 1: return items[0]
        default:
            return items.dropLast().joined(separator: ", ") + " \(conjunction) "
                + (items.last ?? "")
        }
    }

    private static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}
