import TaakboekCore

/// The cached analysis of one record file: everything but its text. The text is re-read from the
/// blob when a report quotes a line; the YAML tree is kept so the model can be rebuilt.
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
        writer.bool(file.root != nil)
        if let root = file.root { node(root, &writer) }
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
        let root = try reader.bool() ? try node(&reader, depth: 0) : nil
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

    private static func node(_ node: YAMLNode, _ writer: inout BinaryWriter) {
        writer.int(node.line)
        writer.int(node.column)
        switch node.content {
        case .scalar(let scalar):
            writer.raw([0])
            writer.string(scalar.text)
            writer.bool(scalar.isPlain)
        case .mapping(let pairs):
            writer.raw([1])
            writer.unsigned(UInt64(pairs.count))
            for pair in pairs {
                writer.string(pair.key)
                writer.int(pair.keyLine)
                writer.int(pair.keyColumn)
                self.node(pair.value, &writer)
            }
        case .sequence(let items):
            writer.raw([2])
            writer.unsigned(UInt64(items.count))
            for item in items { self.node(item, &writer) }
        }
    }

    private static func node(_ reader: inout BinaryReader, depth: Int) throws(BinaryReader.Failure) -> YAMLNode {
        guard depth <= YAMLLoader.maximumNesting + 1 else { throw BinaryReader.Failure() }
        let line = try reader.int()
        let column = try reader.int()
        switch try reader.byte() {
        case 0:
            let text = try reader.string()
            return YAMLNode(.scalar(YAMLScalar(text: text, isPlain: try reader.bool())), line: line, column: column)
        case 1:
            var pairs: [YAMLPair] = []
            for _ in 0..<(try reader.count()) {
                let key = try reader.string()
                let keyLine = try reader.int()
                let keyColumn = try reader.int()
                pairs.append(
                    YAMLPair(
                        key: key, keyLine: keyLine, keyColumn: keyColumn, value: try node(&reader, depth: depth + 1)))
            }
            return YAMLNode(.mapping(pairs), line: line, column: column)
        case 2:
            var items: [YAMLNode] = []
            for _ in 0..<(try reader.count()) { items.append(try node(&reader, depth: depth + 1)) }
            return YAMLNode(.sequence(items), line: line, column: column)
        default:
            throw BinaryReader.Failure()
        }
    }
}
