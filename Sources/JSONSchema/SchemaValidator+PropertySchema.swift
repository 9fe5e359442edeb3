import JSON
extension SchemaValidator {
    /// The schema that describes the value at `path`, so a caller can show that field's
    /// `title` or `description`; nil when it cannot be determined without the data.
    ///
    /// Follows `properties`, then `patternProperties`, then a non-boolean
    /// `additionalProperties` for members; `items` and `additionalItems` for elements;
    /// `$ref`s; and the branches of `allOf`, first match wins. Branches of `anyOf`, `oneOf`
    /// and `if` are not searched, since which one applies depends on the instance.
    ///
    /// A `$ref` is followed unless the referring object carries its own `title` or
    /// `description` (a common way to document a field even though draft 7 ignores
    /// siblings of `$ref` for validation).
    public func propertySchema(at path: [JSONPointer.Component]) -> JSONValue? {
        guard table.indices.contains(rootIndex) else { return nil }
        var budget = 10_000
        var current = table[rootIndex]
        for component in path {
            guard let next = child(of: current, component, budget: &budget, depth: 0) else {
                return nil
            }
            current = next
        }
        return presentable(current, budget: &budget).source
    }

    private func child(
        of node: SchemaNode, _ component: JSONPointer.Component, budget: inout Int, depth: Int
    ) -> SchemaNode? {
        let node = dereferenced(node, budget: &budget)
        // `allOf` branches can lead back here through `$ref`s; a real schema nests a few.
        guard budget > 0, depth < 32, case .keywords = node.kind else { return nil }
        budget -= 1
        let keywords = node.keywords
        switch component {
        case .key(let key):
            if let direct = directMember(keywords, key) { return direct }
        case .index(let index):
            if let element = directElement(keywords, index) { return element }
            // An object member whose name happens to be numeric.
            if let direct = directMember(keywords, component.token) { return direct }
        }
        for branch in keywords.allOf {
            if let found = child(of: branch, component, budget: &budget, depth: depth + 1) {
                return found
            }
        }
        return nil
    }

    private func directMember(_ keywords: SchemaKeywords, _ key: String) -> SchemaNode? {
        if let schema = keywords.properties[ExactString(key)] { return schema }
        if let match = keywords.patternProperties.first(where: { $0.pattern.matches(key) }) {
            return match.schema
        }
        if let additional = keywords.additionalProperties, case .keywords = additional.kind {
            return additional
        }
        if let additional = keywords.additionalProperties, case .reference = additional.kind {
            return additional
        }
        return nil
    }

    private func directElement(_ keywords: SchemaKeywords, _ index: Int) -> SchemaNode? {
        switch keywords.items {
        case .every(let schema):
            return schema
        case .tuple(let schemas):
            if schemas.indices.contains(index) { return schemas[index] }
            return keywords.additionalItems
        case nil:
            return nil
        }
    }

    /// Follows `$ref`s all the way to a schema with keywords.
    private func dereferenced(_ node: SchemaNode, budget: inout Int) -> SchemaNode {
        var current = node
        while case .reference(let slot, _) = current.kind, budget > 0, table.indices.contains(slot) {
            budget -= 1
            current = table[slot]
        }
        return current
    }

    /// Follows `$ref`s until one documents itself with a title or description.
    private func presentable(_ node: SchemaNode, budget: inout Int) -> SchemaNode {
        var current = node
        while case .reference(let slot, _) = current.kind, budget > 0, table.indices.contains(slot),
            current.source["title"] == nil, current.source["description"] == nil
        {
            budget -= 1
            current = table[slot]
        }
        return current
    }
}
