import JSON
extension Evaluator {
    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` and `multipleOf`.
    mutating func evaluateNumber(
        _ node: SchemaNode, _ instance: JSONValue, _ errors: inout [ValidationError]
    ) -> Bool {
        var valid = true
        if let limit = node.keywords.minimum,
            let order = NumericComparison.compare(instance, limit),
            order < 0
        {
            guard collect else { return false }
            errors.append(failure(node, "minimum", .minimum(limit.double, exclusive: false)))
            valid = false
        }
        if let limit = node.keywords.exclusiveMinimum,
            let order = NumericComparison.compare(instance, limit), order <= 0
        {
            guard collect else { return false }
            errors.append(
                failure(node, "exclusiveMinimum", .minimum(limit.double, exclusive: true)))
            valid = false
        }
        if let limit = node.keywords.maximum,
            let order = NumericComparison.compare(instance, limit),
            order > 0
        {
            guard collect else { return false }
            errors.append(failure(node, "maximum", .maximum(limit.double, exclusive: false)))
            valid = false
        }
        if let limit = node.keywords.exclusiveMaximum,
            let order = NumericComparison.compare(instance, limit), order >= 0
        {
            guard collect else { return false }
            errors.append(
                failure(node, "exclusiveMaximum", .maximum(limit.double, exclusive: true)))
            valid = false
        }
        if let divisor = node.keywords.multipleOf, !Self.isMultiple(instance, of: divisor) {
            guard collect else { return false }
            errors.append(failure(node, "multipleOf", .multipleOf(divisor.double)))
            valid = false
        }
        return valid
    }

    /// Exact for two integers; otherwise the quotient must be a whole number up to a few
    /// units in the last place, so decimal divisors such as 0.01 behave as people expect
    /// (0.07 / 0.01 is 7.000000000000001 in binary floating point). When the quotient
    /// overflows, the exact floating-point remainder decides.
    static func isMultiple(_ value: JSONValue, of divisor: NumericLimit) -> Bool {
        if case .integer(let integer) = value, let whole = divisor.integer {
            return integer.isMultiple(of: whole)
        }
        guard let number = value.doubleValue else { return true }
        let quotient = number / divisor.double
        guard quotient.isFinite else {
            return number.truncatingRemainder(dividingBy: divisor.double) == 0
        }
        let nearest = quotient.rounded()
        return abs(quotient - nearest) <= 4 * nearest.ulp
    }

    /// `minLength`, `maxLength` (in Unicode code points) and `pattern`.
    mutating func evaluateString(
        _ node: SchemaNode, _ text: String, _ errors: inout [ValidationError]
    ) -> Bool {
        var valid = true
        let bytes = text.utf8.count
        // A code point takes 1 to 4 UTF-8 bytes, so the byte count often settles a limit
        // without walking the string.
        if let limit = node.keywords.minLength,
            bytes < limit || (bytes / 4 < limit && text.unicodeScalars.count < limit)
        {
            guard collect else { return false }
            errors.append(failure(node, "minLength", .minLength(limit)))
            valid = false
        }
        if let limit = node.keywords.maxLength, bytes > limit, text.unicodeScalars.count > limit {
            guard collect else { return false }
            errors.append(failure(node, "maxLength", .maxLength(limit)))
            valid = false
        }
        if let pattern = node.keywords.pattern, !matches(pattern, text) {
            // A search over its budget stopped the evaluation: that is the error, not a mismatch.
            guard collect, stopped == nil else { return false }
            errors.append(failure(node, "pattern", .pattern(pattern.source)))
            valid = false
        }
        return valid
    }
}
