import JSON
extension SchemaCompiler {
    /// Checks and converts every draft-07 keyword of one schema object. Unknown keywords
    /// and annotations (`title`, `format`, `default`, ...) are ignored.
    mutating func compileKeywords(
        _ object: JSONObject, at location: SchemaLocation, base: URIReference, depth: Int
    ) throws(SchemaError) -> SchemaKeywords {
        let here = registry.locationString(location)
        var keywords = SchemaKeywords()
        for (keyword, value) in object {
            let keywordLocation = location.appending(.key(keyword))
            switch keyword {
            case "type":
                keywords.types = try Self.types(value, at: here)
            case "enum":
                guard case .array(let values) = value else {
                    throw Self.invalid(keyword, here, "must be an array")
                }
                keywords.enumeration = EnumerationRule(values)
            case "const":
                keywords.constant = value
            case "minimum":
                keywords.minimum = try Self.number(value, keyword, here)
            case "maximum":
                keywords.maximum = try Self.number(value, keyword, here)
            case "exclusiveMinimum":
                keywords.exclusiveMinimum = try Self.number(value, keyword, here)
            case "exclusiveMaximum":
                keywords.exclusiveMaximum = try Self.number(value, keyword, here)
            case "multipleOf":
                let divisor = try Self.number(value, keyword, here)
                guard divisor.double > 0 else {
                    throw Self.invalid(keyword, here, "must be greater than 0")
                }
                keywords.multipleOf = divisor
            case "minLength":
                keywords.minLength = try Self.count(value, keyword, here)
            case "maxLength":
                keywords.maxLength = try Self.count(value, keyword, here)
            case "pattern":
                guard case .string(let source) = value else {
                    throw Self.invalid(keyword, here, "must be a string")
                }
                keywords.pattern = try pattern(source, keyword: keyword, at: here)
            case "items":
                if case .array(let elements) = value {
                    var schemas: [SchemaNode] = []
                    for (index, element) in elements.enumerated() {
                        schemas.append(
                            try compileChild(
                                element, at: keywordLocation.appending(.index(index)), base: base,
                                depth: depth))
                    }
                    keywords.items = .tuple(schemas)
                } else {
                    keywords.items = .every(
                        try compileChild(value, at: keywordLocation, base: base, depth: depth))
                }
            case "additionalItems":
                keywords.additionalItems = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "contains":
                keywords.contains = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "minItems":
                keywords.minItems = try Self.count(value, keyword, here)
            case "maxItems":
                keywords.maxItems = try Self.count(value, keyword, here)
            case "uniqueItems":
                guard case .bool(let unique) = value else {
                    throw Self.invalid(keyword, here, "must be a boolean")
                }
                keywords.uniqueItems = unique
            case "properties":
                for (name, schema) in try Self.members(value, keyword, here) {
                    keywords.properties[ExactString(name)] = try compileChild(
                        schema, at: keywordLocation.appending(.key(name)), base: base, depth: depth)
                }
            case "patternProperties":
                for (name, schema) in try Self.members(value, keyword, here) {
                    let compiled = try pattern(name, keyword: keyword, at: here)
                    let node = try compileChild(
                        schema, at: keywordLocation.appending(.key(name)), base: base, depth: depth)
                    keywords.patternProperties.append((compiled, node))
                }
            case "additionalProperties":
                keywords.additionalProperties = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "required":
                keywords.required = try Self.strings(value, keyword, here)
            case "minProperties":
                keywords.minProperties = try Self.count(value, keyword, here)
            case "maxProperties":
                keywords.maxProperties = try Self.count(value, keyword, here)
            case "propertyNames":
                keywords.propertyNames = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "dependencies":
                for (name, dependency) in try Self.members(value, keyword, here) {
                    if case .array = dependency {
                        let names = try Self.strings(dependency, keyword, here)
                        keywords.dependencies.append((name, .properties(names)))
                    } else {
                        let node = try compileChild(
                            dependency, at: keywordLocation.appending(.key(name)), base: base,
                            depth: depth)
                        keywords.dependencies.append((name, .schema(node)))
                    }
                }
            case "allOf", "anyOf", "oneOf":
                guard case .array(let elements) = value else {
                    throw Self.invalid(keyword, here, "must be an array of schemas")
                }
                var schemas: [SchemaNode] = []
                for (index, element) in elements.enumerated() {
                    schemas.append(
                        try compileChild(
                            element, at: keywordLocation.appending(.index(index)), base: base,
                            depth: depth))
                }
                switch keyword {
                case "allOf": keywords.allOf = schemas
                case "anyOf": keywords.anyOf = schemas
                default: keywords.oneOf = schemas
                }
            case "not":
                keywords.not = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "if":
                keywords.ifSchema = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "then" where object["if"] != nil:
                keywords.thenSchema = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            case "else" where object["if"] != nil:
                keywords.elseSchema = try compileChild(
                    value, at: keywordLocation, base: base, depth: depth)
            default:
                continue
            }
        }
        // `additionalItems` only applies next to an array-form `items`.
        if case .tuple = keywords.items {
        } else {
            keywords.additionalItems = nil
        }
        keywords.summarize()
        return keywords
    }

    private static func invalid(_ keyword: String, _ here: String, _ reason: String) -> SchemaError {
        .invalidKeyword(keyword: keyword, location: here, reason: reason)
    }

    private static func types(_ value: JSONValue, at here: String) throws(SchemaError)
        -> JSONTypeSet
    {
        let names: [JSONValue]
        switch value {
        case .string: names = [value]
        case .array(let elements): names = elements
        default: throw invalid("type", here, "must be a type name or an array of type names")
        }
        var set: JSONTypeSet = []
        for name in names {
            guard case .string(let text) = name, let type = JSONTypeSet.named(text) else {
                throw invalid("type", here, "unknown type \(name)")
            }
            set.insert(type)
        }
        return set
    }

    private static func number(
        _ value: JSONValue, _ keyword: String, _ here: String
    ) throws(SchemaError) -> NumericLimit {
        guard let limit = NumericLimit(value) else {
            throw invalid(keyword, here, "must be a number")
        }
        return limit
    }

    /// A non-negative integer; integral numbers such as `2.0` count, as the suite expects.
    private static func count(_ value: JSONValue, _ keyword: String, _ here: String)
        throws(SchemaError) -> Int
    {
        switch value {
        case .integer(let count) where count >= 0:
            return count
        case .number(let count) where count >= 0 && value.isInteger:
            return count < 9.0e18 ? Int(count) : Int.max
        default:
            throw invalid(keyword, here, "must be a non-negative integer")
        }
    }

    private static func strings(_ value: JSONValue, _ keyword: String, _ here: String)
        throws(SchemaError) -> [String]
    {
        guard case .array(let elements) = value else {
            throw invalid(keyword, here, "must be an array of strings")
        }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element else {
                throw invalid(keyword, here, "must be an array of strings")
            }
            result.append(text)
        }
        return result
    }

    private static func members(
        _ value: JSONValue, _ keyword: String, _ here: String
    ) throws(SchemaError) -> [(key: String, value: JSONValue)] {
        guard case .object(let object) = value else {
            throw invalid(keyword, here, "must be an object")
        }
        return object.members
    }
}
