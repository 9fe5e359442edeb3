import JSON
extension Evaluator {
    /// `properties`, `patternProperties`, `additionalProperties`, `required`,
    /// `minProperties`, `maxProperties`, `propertyNames` and `dependencies`.
    mutating func evaluateObject(
        _ node: SchemaNode, _ object: JSONObject, _ errors: inout [ValidationError]
    ) -> Bool {
        var valid = true
        if !evaluateMembers(node, object, &errors) {
            guard collect else { return false }
            valid = false
        }
        for property in node.keywords.required where !object.contains(property) {
            guard collect else { return false }
            errors.append(failure(node, "required", .required(property: property)))
            valid = false
        }
        if let limit = node.keywords.minProperties, object.count < limit {
            guard collect else { return false }
            errors.append(failure(node, "minProperties", .minProperties(limit)))
            valid = false
        }
        if let limit = node.keywords.maxProperties, object.count > limit {
            guard collect else { return false }
            errors.append(failure(node, "maxProperties", .maxProperties(limit)))
            valid = false
        }
        if let names = node.keywords.propertyNames {
            for key in object.keys {
                var nameErrors: [ValidationError] = []
                if !evaluate(names, .string(key), &nameErrors) {
                    guard collect else { return false }
                    errors.append(
                        failure(
                            node, "propertyNames", .propertyNames(property: key, errors: nameErrors)
                        ))
                    valid = false
                }
            }
        }
        for (property, rule) in node.keywords.dependencies where object.contains(property) {
            switch rule {
            case .properties(let names):
                for missing in names where !object.contains(missing) {
                    guard collect else { return false }
                    errors.append(
                        failure(
                            node, "dependencies", .dependency(property: property, missing: missing))
                    )
                    valid = false
                }
            case .schema(let schema):
                if !evaluate(schema, .object(object), &errors) {
                    guard collect else { return false }
                    valid = false
                }
            }
        }
        return valid
    }

    /// Each member against `properties`, the matching `patternProperties`, and, when
    /// neither names it, `additionalProperties`.
    private mutating func evaluateMembers(
        _ node: SchemaNode, _ object: JSONObject, _ errors: inout [ValidationError]
    ) -> Bool {
        let properties = node.keywords.properties
        let patterns = node.keywords.patternProperties
        let additional = node.keywords.additionalProperties
        guard !properties.isEmpty || !patterns.isEmpty || additional != nil else { return true }
        var valid = true
        for (index, key) in object.keys.enumerated() {
            let value = object.values[index]
            var named = false
            if let schema = properties[ExactString(key)] {
                named = true
                if !evaluate(schema, value, at: .key(key), &errors) {
                    guard collect else { return false }
                    valid = false
                }
            }
            for (pattern, schema) in patterns where matches(pattern, key) {
                named = true
                if !evaluate(schema, value, at: .key(key), &errors) {
                    guard collect else { return false }
                    valid = false
                }
            }
            guard !named, let additional else { continue }
            if case .alwaysInvalid = additional.kind {
                guard collect else { return false }
                errors.append(
                    failure(node, "additionalProperties", .additionalProperty(key), at: .key(key)))
                valid = false
            } else if !evaluate(additional, value, at: .key(key), &errors) {
                guard collect else { return false }
                valid = false
            }
        }
        return valid
    }
}
