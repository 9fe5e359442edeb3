import TaakboekCore

/// The cached analysis of one record file: its problems, schema violations and file findings,
/// and (when it parsed) its text, from which the YAML tree is read again to rebuild the model.
/// Storing the text rather than the tree keeps writing the cache cheap on a first run over a
/// national repository; reading a tree again costs a few microseconds per record, and only for
/// the records of a municipality that changed.
enum AnalysisCoding {
    static func encode(_ file: RecordFile) -> [UInt8] {
        var writer = BinaryWriter()
        writer.unsigned(file.contentHash ?? 0)
        writer.unsigned(UInt64(file.problems.count))
        for problem in file.problems {
            writer.string(problem.category.rawValue)
            writer.int(problem.line)
            writer.int(problem.column)
            writer.bool(problem.isFatal)
            text(problem.message, &writer)
        }
        writer.unsigned(UInt64(file.schemaViolations.count))
        for violation in file.schemaViolations {
            writer.int(violation.line)
            writer.int(violation.column)
            writer.int(violation.length)
            text(violation.message, &writer)
        }
        let findings = file.cachedFindings ?? []
        writer.unsigned(UInt64(findings.count))
        for finding in findings { FindingCoding.encode(finding, &writer) }
        let text = file.root == nil ? nil : file.text
        writer.bool(text != nil)
        if let text { writer.string(text) }
        return writer.bytes
    }

    static func decode(path: String, objectID: String, _ reader: inout BinaryReader) throws(BinaryReader.Failure)
        -> RecordFile
    {
        let hash = try reader.unsigned()
        var problems: [ParseProblem] = []
        for _ in 0..<(try reader.count()) {
            guard let category = ParseProblem.Category(rawValue: try reader.string()) else {
                throw BinaryReader.Failure()
            }
            let line = try reader.int()
            let column = try reader.int()
            let fatal = try reader.bool()
            problems.append(ParseProblem(category, line: line, column: column, try text(&reader), fatal: fatal))
        }
        var violations: [SchemaViolation] = []
        for _ in 0..<(try reader.count()) {
            let line = try reader.int()
            let column = try reader.int()
            let length = try reader.int()
            violations.append(SchemaViolation(line: line, column: column, length: length, message: try text(&reader)))
        }
        var findings: [Finding] = []
        for _ in 0..<(try reader.count()) { findings.append(try FindingCoding.decode(&reader)) }
        var root: YAMLNode?
        if try reader.bool() {
            guard let read = RecordLoader.yamlRoot(ofText: try reader.string(), path: path) else {
                throw BinaryReader.Failure()
            }
            root = read
        }
        var file = RecordFile(
            path: path, classification: RecordPath.classify(path), text: nil, root: root, problems: problems,
            schemaViolations: violations)
        file.objectID = objectID
        file.cachedFindings = findings
        file.contentHash = hash
        return file
    }

    static func text(_ value: LocalizedText, _ writer: inout BinaryWriter) {
        writer.string(value.nl)
        writer.string(value.en)
    }

    static func text(_ reader: inout BinaryReader) throws(BinaryReader.Failure) -> LocalizedText {
        let nl = try reader.string()
        return LocalizedText(nl: nl, en: try reader.string())
    }
}
