import JSON
import JSONSchema

/// The schemas every record kind is checked against, and the placement kinds: the repository's
/// own `schemas/` when it has them (one source of truth with the editor), else the copies built
/// into the binary.
public struct SchemaSet: Sendable {
    public enum Origin: String, Sendable, Hashable {
        case repository
        case builtIn
    }

    /// Where each configuration file (`periode.schema.json`, `soorten.yaml`, ...) came from.
    public struct Provenance: Sendable, Hashable {
        public let origins: [String: Origin]
        /// SHA-256 (hex) of the configuration in force, whichever copy each file came from: per
        /// file in name order its name, a NUL, its text as UTF-8 and a NUL. Reports carry it as
        /// audit data, so a report says which schemas and placement kinds judged the records.
        public let digest: String

        public var usesBuiltIn: Bool { origins.values.contains(.builtIn) }

        public init(origins: [String: Origin], texts: [String: String]) {
            self.origins = origins
            var hash = SHA256()
            for name in texts.keys.sorted() {
                hash.addField(name)
                hash.addField(texts[name] ?? "")
            }
            digest = hash.hexDigest()
        }
    }

    public static let catalogueFile = "soorten.yaml"
    /// Schema errors of one file described one by one; the rest are counted in one more. Finding
    /// where a value stands in the YAML is a search of its mapping, so 76,000 unknown keys in a
    /// 1 MiB file took minutes, and nobody reads past the first screen of them anyway.
    public static let maximumViolationsPerFile = 100
    static let catalogueSchema = "soorten.schema.json"
    public static let nationalFiguresFile = "landelijk.yaml"
    static let nationalFiguresSchema = "landelijk.schema.json"

    public let provenance: Provenance
    /// The configuration files as loaded from the repository, with their problems.
    public let files: [RecordFile]
    public let catalogue: PlacementCatalogue
    /// The national numbers and populations of the statutory formula (`landelijk.yaml`).
    public let nationalFigures: NationalFigures
    /// The text of every configuration file in force, by file name (for audit hashes).
    public let texts: [String: String]
    private let validators: [String: SchemaValidator]
    private let schemas: [String: JSONValue]

    /// Builds the set from the `schemas/` entries of a source.
    public static func load(from entries: [SourceEntry]) -> SchemaSet {
        var repositoryFiles: [String: SourceEntry] = [:]
        for entry in entries where entry.path.hasPrefix("schemas/") {
            repositoryFiles[String(entry.path.dropFirst("schemas/".count))] = entry
        }
        var origins: [String: Origin] = [:]
        var files: [RecordFile] = []
        var texts: [String: String] = [:]
        var validators: [String: SchemaValidator] = [:]
        var schemas: [String: JSONValue] = [:]

        let schemaNames = RecordKind.allCases.map(\.schemaFile) + [catalogueSchema, nationalFiguresSchema]
        for name in schemaNames {
            if let entry = repositoryFiles[name] {
                let loaded = loadSchema(path: "schemas/" + name, entry: entry)
                var file = loaded.file
                file.objectID = entry.objectID
                files.append(file)
                if let schema = loaded.schema, let validator = loaded.validator, let text = loaded.file.text {
                    origins[name] = .repository
                    validators[name] = validator
                    schemas[name] = schema
                    texts[name] = text
                    continue
                }
            }
            // No usable copy in the repository: the built-in one (always valid; a test proves it).
            guard let text = BuiltInConfiguration.files[name],
                case .success(let schema) = Result(catching: { try JSONParser.parse(text) }),
                let validator = try? SchemaValidator(schema: schema)
            else { continue }
            origins[name] = .builtIn
            validators[name] = validator
            schemas[name] = schema
            texts[name] = text
        }

        // The YAML configuration: the repository's copy when it reads without fatal problems and
        // fits its schema, else the built-in one.
        func yamlConfiguration(_ name: String, schema: String) -> (path: String, root: YAMLNode?) {
            let path = "schemas/" + name
            if let entry = repositoryFiles[name] {
                var file = loadYAMLConfiguration(path: path, entry: entry, validator: validators[schema])
                file.objectID = entry.objectID
                files.append(file)
                if file.problems.allSatisfy({ !$0.isFatal }) && file.schemaViolations.isEmpty, let root = file.root {
                    origins[name] = .repository
                    texts[name] = file.text
                    return (path, root)
                }
            }
            guard let text = BuiltInConfiguration.files[name] else { return ("(ingebouwd)/" + name, nil) }
            origins[name] = .builtIn
            texts[name] = text
            return ("(ingebouwd)/" + name, YAMLLoader.load(text).root)
        }
        let catalogue = yamlConfiguration(catalogueFile, schema: catalogueSchema)
        let national = yamlConfiguration(nationalFiguresFile, schema: nationalFiguresSchema)
        return SchemaSet(
            provenance: Provenance(origins: origins, texts: texts), files: files,
            catalogue: PlacementCatalogue(path: catalogue.path, root: catalogue.root),
            nationalFigures: NationalFigures(path: national.path, root: national.root),
            texts: texts, validators: validators, schemas: schemas)
    }

    /// Validates a record's YAML against its kind's schema.
    public func validate(_ root: YAMLNode, as kind: RecordKind) -> (
        violations: [SchemaViolation], notation: [ParseProblem]
    ) {
        validate(root, schemaName: kind.schemaFile)
    }

    /// The `title` and `description` of a field as the schema gives them (for `explain` and messages).
    public func schema(for kind: RecordKind) -> JSONValue? { schemas[kind.schemaFile] }

    func validate(_ root: YAMLNode, schemaName: String) -> (violations: [SchemaViolation], notation: [ParseProblem]) {
        var notation: [ParseProblem] = []
        let instance = root.jsonValue(notationProblems: &notation)
        guard let validator = validators[schemaName] else { return ([], notation) }
        let errors = ViolationText.withoutTypoConsequences(validator.validate(instance), validator: validator)
        // Where the number notation is already reported, the schema's complaint about the same value adds nothing.
        let notedPlaces = Set(notation.map { "\($0.line):\($0.column)" })
        var violations = errors.prefix(Self.maximumViolationsPerFile)
            .flatMap { ViolationText.violations(for: $0, in: root, validator: validator) }
            .filter { !notedPlaces.contains("\($0.line):\($0.column)") }
        if errors.count > Self.maximumViolationsPerFile {
            violations.append(
                ViolationText.notShown(
                    errors.count - Self.maximumViolationsPerFile, from: errors[Self.maximumViolationsPerFile],
                    in: root, validator: validator))
        }
        return (
            Array(Set(violations)).sorted { ($0.line, $0.column, $0.message.en) < ($1.line, $1.column, $1.message.en) },
            notation
        )
    }

    private static func loadSchema(path: String, entry: SourceEntry) -> (
        file: RecordFile, schema: JSONValue?, validator: SchemaValidator?
    ) {
        let (text, problems) = RecordLoader.decodedText(of: entry)
        var allProblems = problems
        var schema: JSONValue?
        var validator: SchemaValidator?
        if let text {
            do {
                let parsed = try JSONParser.parse(text)
                schema = parsed
                validator = try SchemaValidator(schema: parsed)
            } catch let error as JSONParseError {
                allProblems.append(
                    ParseProblem(
                        .syntax, line: error.line, column: error.column,
                        LocalizedText(nl: "ongeldige JSON: \(error.message)", en: "invalid JSON: \(error.message)"),
                        fatal: true))
            } catch {
                allProblems.append(
                    ParseProblem(
                        .syntax, line: 1, column: 1,
                        LocalizedText(
                            nl: "ongeldig schema: \(error); de ingebouwde versie wordt gebruikt",
                            en: "invalid schema: \(error); the built-in version is used instead"),
                        fatal: true))
            }
        }
        let file = RecordFile(
            path: path, classification: .configuration, text: text, root: nil, problems: allProblems,
            schemaViolations: [])
        return (file, validator == nil ? nil : schema, validator)
    }

    private static func loadYAMLConfiguration(path: String, entry: SourceEntry, validator: SchemaValidator?)
        -> RecordFile
    {
        let (text, problems) = RecordLoader.decodedText(of: entry)
        guard let text else {
            return RecordFile(
                path: path, classification: .configuration, text: nil, root: nil, problems: problems,
                schemaViolations: [])
        }
        let loaded = YAMLLoader.load(text)
        var allProblems = problems + loaded.problems
        var violations: [SchemaViolation] = []
        if let root = loaded.root, let validator {
            var notation: [ParseProblem] = []
            let instance = root.jsonValue(notationProblems: &notation)
            allProblems += notation
            violations = validator.validate(instance).flatMap {
                ViolationText.violations(for: $0, in: root, validator: validator)
            }
        }
        return RecordFile(
            path: path, classification: .configuration, text: text, root: loaded.root, problems: allProblems,
            schemaViolations: violations)
    }
}

extension SchemaSet {
    /// The schemas, `soorten.yaml` and `landelijk.yaml` built into the binary, by file name (`taakboek init` copies
    /// them into a new repository's `schemas/`).
    public static var builtInFiles: [String: String] { BuiltInConfiguration.files }
}
