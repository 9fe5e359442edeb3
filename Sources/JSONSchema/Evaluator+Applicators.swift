import JSON
extension Evaluator {
    /// `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
    ///
    /// `allOf`, `then` and `else` report their subschemas' errors directly (their
    /// `schemaPath`s show where they came from); `anyOf` and `oneOf` wrap each branch's
    /// errors in one failure, since no single branch is "the" error.
    mutating func evaluateApplicators(
        _ node: SchemaNode, _ instance: JSONValue, _ errors: inout [ValidationError]
    ) -> Bool {
        var valid = true
        for branch in node.keywords.allOf where !evaluate(branch, instance, &errors) {
            guard collect else { return false }
            valid = false
        }
        if !node.keywords.anyOf.isEmpty, !evaluateAnyOf(node, instance, &errors) {
            guard collect else { return false }
            valid = false
        }
        if !node.keywords.oneOf.isEmpty, !evaluateOneOf(node, instance, &errors) {
            guard collect else { return false }
            valid = false
        }
        if let negated = node.keywords.not, check(negated, instance) {
            guard collect else { return false }
            errors.append(failure(node, "not", .not))
            valid = false
        }
        if let condition = node.keywords.ifSchema {
            let branch =
                check(condition, instance) ? node.keywords.thenSchema : node.keywords.elseSchema
            if let branch, !evaluate(branch, instance, &errors) {
                guard collect else { return false }
                valid = false
            }
        }
        return valid
    }

    private mutating func evaluateAnyOf(
        _ node: SchemaNode, _ instance: JSONValue, _ errors: inout [ValidationError]
    ) -> Bool {
        guard collect else {
            for branch in node.keywords.anyOf where check(branch, instance) {
                return true
            }
            return false
        }
        var branches: [[ValidationError]] = []
        for branch in node.keywords.anyOf {
            var branchErrors: [ValidationError] = []
            if evaluate(branch, instance, &branchErrors) { return true }
            branches.append(branchErrors)
        }
        errors.append(failure(node, "anyOf", .anyOf(branches: branches)))
        return false
    }

    private mutating func evaluateOneOf(
        _ node: SchemaNode, _ instance: JSONValue, _ errors: inout [ValidationError]
    ) -> Bool {
        guard collect else {
            var matches = 0
            for branch in node.keywords.oneOf where check(branch, instance) {
                matches += 1
                if matches > 1 { return false }
            }
            return matches == 1
        }
        var matches = 0
        var branches: [[ValidationError]] = []
        for branch in node.keywords.oneOf {
            var branchErrors: [ValidationError] = []
            if evaluate(branch, instance, &branchErrors) { matches += 1 }
            branches.append(branchErrors)
        }
        guard matches != 1 else { return true }
        errors.append(failure(node, "oneOf", .oneOf(matches: matches, branches: branches)))
        return false
    }
}
