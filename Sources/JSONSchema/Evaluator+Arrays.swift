import JSON
extension Evaluator {
    /// `items`, `additionalItems`, `contains`, `minItems`, `maxItems` and `uniqueItems`.
    mutating func evaluateArray(
        _ node: SchemaNode, _ elements: [JSONValue], _ errors: inout [ValidationError]
    ) -> Bool {
        var valid = true
        switch node.keywords.items {
        case .every(let schema):
            for (index, element) in elements.enumerated()
            where !evaluate(schema, element, at: .index(index), &errors) {
                guard collect else { return false }
                valid = false
            }
        case .tuple(let schemas):
            tail: for (index, element) in elements.enumerated() {
                let schema: SchemaNode
                if index < schemas.count {
                    schema = schemas[index]
                } else if let additional = node.keywords.additionalItems {
                    if case .alwaysInvalid = additional.kind {
                        // One message for the whole tail rather than one per extra item.
                        guard collect else { return false }
                        errors.append(
                            failure(
                                node, "additionalItems", .additionalItems(allowed: schemas.count)))
                        valid = false
                        break tail
                    }
                    schema = additional
                } else {
                    break tail
                }
                if !evaluate(schema, element, at: .index(index), &errors) {
                    guard collect else { return false }
                    valid = false
                }
            }
        case nil:
            break
        }
        if let contains = node.keywords.contains, !anyElement(of: elements, matches: contains) {
            guard collect else { return false }
            errors.append(failure(node, "contains", .contains))
            valid = false
        }
        if let limit = node.keywords.minItems, elements.count < limit {
            guard collect else { return false }
            errors.append(failure(node, "minItems", .minItems(limit)))
            valid = false
        }
        if let limit = node.keywords.maxItems, elements.count > limit {
            guard collect else { return false }
            errors.append(failure(node, "maxItems", .maxItems(limit)))
            valid = false
        }
        if node.keywords.uniqueItems, let (first, second) = Self.firstDuplicate(in: elements) {
            guard collect else { return false }
            errors.append(
                failure(node, "uniqueItems", .uniqueItems(firstIndex: first, secondIndex: second)))
            valid = false
        }
        return valid
    }

    private mutating func anyElement(of elements: [JSONValue], matches schema: SchemaNode) -> Bool {
        for element in elements where check(schema, element) {
            return true
        }
        return false
    }

    /// The indices of the first pair of equal elements (JSON equality: 1 == 1.0, member
    /// order ignored), or nil when all are distinct.
    static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        guard elements.count > 1 else { return nil }
        if elements.count <= 8 {
            for second in 1..<elements.count {
                for first in 0..<second where elements[first] == elements[second] {
                    return (first, second)
                }
            }
            return nil
        }
        var seen: [JSONValue: Int] = [:]
        seen.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if let first = seen[element] { return (first, index) }
            seen[element] = index
        }
        return nil
    }
}
