import TaakboekCore

/// Findings in the analysis cache (the file rules' findings of one file).
enum FindingCoding {
    static func encode(_ finding: Finding, _ writer: inout BinaryWriter) {
        writer.string(finding.ruleID)
        writer.string(finding.severity.rawValue)
        location(finding.location, &writer)
        AnalysisCoding.text(finding.message, &writer)
        writer.bool(finding.equation != nil)
        if let equation = finding.equation {
            writer.unsigned(UInt64(equation.terms.count))
            for term in equation.terms {
                writer.string(term.operation.rawValue)
                writer.string(term.name)
                writer.int(term.value)
                optionalLocation(term.source, &writer)
            }
            writer.bool(equation.rounding != nil)
            if let rounding = equation.rounding { AnalysisCoding.text(rounding, &writer) }
            writer.int(equation.computed)
            writer.string(equation.declaredName)
            writer.int(equation.declared)
            optionalLocation(equation.declaredSource, &writer)
        }
        writer.unsigned(UInt64(finding.related.count))
        for related in finding.related {
            location(related.location, &writer)
            AnalysisCoding.text(related.message, &writer)
        }
    }

    static func decode(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> Finding {
        let ruleID = try reader.string()
        guard let severity = Severity(rawValue: try reader.string()) else { throw BinaryReader.Failure() }
        let place = try location(&reader)
        let message = try AnalysisCoding.text(&reader)
        var equation: Equation?
        if try reader.bool() {
            var terms: [Equation.Term] = []
            for _ in 0..<(try reader.count()) {
                guard let operation = Equation.Operation(rawValue: try reader.string()) else {
                    throw BinaryReader.Failure()
                }
                let name = try reader.string()
                let value = try reader.int()
                terms.append(Equation.Term(operation, name, value, source: try optionalLocation(&reader)))
            }
            let rounding = try reader.bool() ? try AnalysisCoding.text(&reader) : nil
            let computed = try reader.int()
            let declaredName = try reader.string()
            let declared = try reader.int()
            equation = Equation(
                terms: terms, rounding: rounding, computed: computed, declaredName: declaredName, declared: declared,
                declaredSource: try optionalLocation(&reader))
        }
        var related: [RelatedLocation] = []
        for _ in 0..<(try reader.count()) {
            let place = try location(&reader)
            related.append(RelatedLocation(place, try AnalysisCoding.text(&reader)))
        }
        return Finding(
            ruleID: ruleID, severity: severity, location: place, message: message, equation: equation, related: related)
    }

    private static func location(_ location: SourceLocation, _ writer: inout BinaryWriter) {
        writer.string(location.path)
        writer.int(location.line)
        writer.int(location.column)
        writer.int(location.length)
    }

    private static func location(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> SourceLocation {
        let path = try reader.string()
        let line = try reader.int()
        let column = try reader.int()
        return SourceLocation(path: path, line: line, column: column, length: try reader.int())
    }

    private static func optionalLocation(_ location: SourceLocation?, _ writer: inout BinaryWriter) {
        writer.bool(location != nil)
        if let location { self.location(location, &writer) }
    }

    private static func optionalLocation(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> SourceLocation? {
        try reader.bool() ? try location(&reader) : nil
    }
}
