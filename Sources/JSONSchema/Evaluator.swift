import JSON
/// Applies compiled schemas to an instance.
///
/// Runs in one of two modes. Without `collect` it answers valid/invalid and stops at the
/// first failure, building no paths or errors: the path every valid document takes. With
/// `collect` it keeps going and records every failure with its instance path; the validator
/// only does this second pass when the first one failed.
struct Evaluator {
    let table: [SchemaNode]
    let limits: ValidationLimits
    var collect: Bool
    /// The instance path of the value under evaluation (maintained only when collecting).
    var path: [JSONPointer.Component] = []
    /// Set when a limit stopped evaluation; every result after that is meaningless.
    private(set) var stopped: ValidationLimit?
    private var depth = 0
    private var evaluations = 0
    private var stackGuard = StackGuard()

    init(table: [SchemaNode], limits: ValidationLimits, collect: Bool) {
        self.table = table
        self.limits = limits
        self.collect = collect
    }

    mutating func evaluate(
        _ node: SchemaNode, _ instance: JSONValue, _ errors: inout [ValidationError]
    ) -> Bool {
        guard stopped == nil else { return false }
        evaluations += 1
        guard evaluations <= limits.maxEvaluations else {
            stopped = .evaluations(limits.maxEvaluations)
            return false
        }
        switch node.kind {
        case .alwaysValid:
            return true
        case .alwaysInvalid:
            if collect {
                errors.append(
                    ValidationError(
                        instancePath: path, schemaPath: node.location, keyword: "false",
                        kind: .falseSchema))
            }
            return false
        case .reference(let slot, _):
            guard enterLevel() else { return false }
            defer { depth -= 1 }
            return evaluate(table[slot], instance, &errors)
        case .keywords:
            guard enterLevel() else { return false }
            defer { depth -= 1 }
            return evaluateKeywords(node, instance, &errors)
        }
    }

    /// Stops the evaluation: a limit was reached and every result after it is meaningless.
    mutating func stop(_ limit: ValidationLimit) {
        if stopped == nil { stopped = limit }
    }

    /// Whether `pattern` occurs in `text`; a search over its budget stops the evaluation.
    mutating func matches(_ pattern: CompiledPattern, _ text: String) -> Bool {
        switch pattern.search(text, budget: limits.maxPatternSearch) {
        case .found: return true
        case .notFound: return false
        case .tooExpensive:
            stop(.patternSearch(pattern: pattern.source, limit: limits.maxPatternSearch))
            return false
        }
    }

    /// Evaluates without recording errors, whatever the mode (for `not`, `if`, `contains`).
    mutating func check(_ node: SchemaNode, _ instance: JSONValue) -> Bool {
        let wasCollecting = collect
        collect = false
        defer { collect = wasCollecting }
        var ignored: [ValidationError] = []
        return evaluate(node, instance, &ignored)
    }

    /// Records a failure of `keyword` at the current instance path.
    func failure(
        _ node: SchemaNode, _ keyword: String, _ kind: ValidationFailure,
        at extra: JSONPointer.Component? = nil
    ) -> ValidationError {
        var instancePath = path
        if let extra { instancePath.append(extra) }
        return ValidationError(
            instancePath: instancePath, schemaPath: node.path(keyword), keyword: keyword, kind: kind
        )
    }

    /// Evaluates a child value, with the path extended while collecting.
    mutating func evaluate(
        _ node: SchemaNode, _ instance: JSONValue, at component: JSONPointer.Component,
        _ errors: inout [ValidationError]
    ) -> Bool {
        guard collect else { return evaluate(node, instance, &errors) }
        path.append(component)
        defer { path.removeLast() }
        return evaluate(node, instance, &errors)
    }

    private mutating func enterLevel() -> Bool {
        guard depth < limits.maxDepth, stackGuard.hasRoom(atDepth: depth) else {
            stopped = .depth(depth)
            return false
        }
        depth += 1
        return true
    }

    private mutating func evaluateKeywords(
        _ node: SchemaNode, _ instance: JSONValue, _ errors: inout [ValidationError]
    ) -> Bool {
        var valid = true
        if let types = node.keywords.types, !types.matches(instance) {
            guard collect else { return false }
            errors.append(
                failure(node, "type", .type(expected: types.names, actual: instance.typeName)))
            valid = false
        }
        if let enumeration = node.keywords.enumeration, !enumeration.contains(instance) {
            guard collect else { return false }
            errors.append(failure(node, "enum", .enumMismatch(allowed: enumeration.values)))
            valid = false
        }
        if let constant = node.keywords.constant, constant != instance {
            guard collect else { return false }
            errors.append(failure(node, "const", .const(constant)))
            valid = false
        }
        let typeSpecific: Bool
        switch instance {
        case .integer, .number:
            typeSpecific =
                !node.keywords.hasNumberKeywords || evaluateNumber(node, instance, &errors)
        case .string(let text):
            typeSpecific = !node.keywords.hasStringKeywords || evaluateString(node, text, &errors)
        case .array(let elements):
            typeSpecific = !node.keywords.hasArrayKeywords || evaluateArray(node, elements, &errors)
        case .object(let object):
            typeSpecific = !node.keywords.hasObjectKeywords || evaluateObject(node, object, &errors)
        case .null, .bool:
            typeSpecific = true
        }
        if !typeSpecific {
            guard collect else { return false }
            valid = false
        }
        if node.keywords.hasApplicators, !evaluateApplicators(node, instance, &errors) {
            valid = false
        }
        return valid
    }
}
