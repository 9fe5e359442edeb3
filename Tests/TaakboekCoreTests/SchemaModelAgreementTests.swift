import JSON
import JSONSchema
import TaakboekTestSupport
import Testing

@testable import TaakboekCore

/// The schemas are the contract; the Swift model must not read a field they do not declare.
@Suite("Schemas and the Swift model agree")
struct SchemaModelAgreementTests {
    func schema(_ file: String) throws -> JSONValue {
        try JSONParser.parse(try RepositoryFiles.text("schemas/" + file))
    }

    func declared(_ schema: JSONValue?, _ file: String) -> Set<String> {
        Set(schema?["properties"]?.objectValue?.keys ?? [])
    }

    func expectDeclared<Key: CaseIterable & RawRepresentable>(_: Key.Type, in schema: JSONValue?, _ what: String)
    where Key.RawValue == String {
        let properties = declared(schema, what)
        #expect(!properties.isEmpty, "\(what): no properties found in the schema")
        for key in Key.allCases {
            #expect(
                properties.contains(key.rawValue),
                "\(what): the model reads `\(key.rawValue)`, which the schema does not declare")
        }
    }

    @Test func everyRecordKindReadsOnlyDeclaredFields() throws {
        expectDeclared(Municipality.Field.self, in: try schema("gemeente.schema.json"), "gemeente")
        let period = try schema("periode.schema.json")
        expectDeclared(Period.Field.self, in: period, "periode")
        expectDeclared(Period.Calculation.Field.self, in: period["properties"]?["berekening"], "periode.berekening")
        expectDeclared(Placement.Field.self, in: try schema("plaatsing.schema.json"), "plaatsing")
        let correction = try schema("correctie.schema.json")
        expectDeclared(Correction.Field.self, in: correction, "correctie")
        expectDeclared(
            Correction.Change.Field.self, in: correction["properties"]?["wijzigingen"]?["additionalProperties"],
            "correctie.wijzigingen")
        let letter = try schema("brief.schema.json")
        expectDeclared(Letter.Field.self, in: letter, "brief")
        expectDeclared(Letter.Quoted.self, in: letter["properties"]?["cijfers"], "brief.cijfers")
        let kinds = try schema("soorten.schema.json")
        expectDeclared(PlacementCatalogue.Field.self, in: kinds, "soorten")
        expectDeclared(
            PlacementKind.Field.self, in: kinds["properties"]?["soorten"]?["additionalProperties"], "soorten.*")
        let national = try schema("landelijk.schema.json")
        expectDeclared(NationalFigures.Field.self, in: national, "landelijk")
        expectDeclared(
            NationalFigures.ReferenceDateField.self, in: national["properties"]?["peildatum_inwoners"],
            "landelijk.peildatum_inwoners")
        let halfYear = national["properties"]?["halfjaren"]?["additionalProperties"]
        expectDeclared(NationalFigures.HalfYearField.self, in: halfYear, "landelijk.halfjaren.*")
        expectDeclared(
            NationalFigures.EarlierField.self, in: halfYear?["properties"]?["eerder"]?["items"],
            "landelijk.halfjaren.*.eerder")
        expectDeclared(
            NationalFigures.PopulationField.self, in: national["properties"]?["inwoners_nederland"]?["additionalProperties"],
            "landelijk.inwoners_nederland.*")
    }

    @Test func correctableFiguresAreThePeriodFigures() throws {
        let correction = try schema("correctie.schema.json")
        let names = correction["properties"]?["wijzigingen"]?["propertyNames"]?["enum"]?.arrayValue?.compactMap(
            \.stringValue)
        #expect(Set(names ?? []) == Set(FigureName.allCases.map(\.rawValue)))
    }

    @Test func everyFieldHasADutchTitleAndDescription() throws {
        for kind in RecordKind.allCases {
            let properties = try schema(kind.schemaFile)["properties"]?.objectValue
            for key in properties?.keys ?? [] {
                let field = properties?[key]
                #expect(field?["title"]?.stringValue?.isEmpty == false, "\(kind.schemaFile): \(key) has no title")
                #expect(
                    field?["description"]?.stringValue?.isEmpty == false,
                    "\(kind.schemaFile): \(key) has no description")
            }
        }
    }

    @Test func builtInCopyEqualsSchemasFolder() throws {
        let names =
            RecordKind.allCases.map(\.schemaFile) + [
                "soorten.schema.json", "soorten.yaml", "landelijk.schema.json", "landelijk.yaml",
            ]
        #expect(Set(BuiltInConfiguration.files.keys) == Set(names))
        for name in names {
            #expect(
                BuiltInConfiguration.files[name] == (try RepositoryFiles.text("schemas/" + name)),
                "schemas/\(name) differs from the built-in copy: run scripts/embed-schemas")
        }
    }

    @Test func everySchemaIsValidDraft7() throws {
        let metaschema = try SchemaValidator(
            schema: .object(JSONObject([("$ref", .string("http://json-schema.org/draft-07/schema#"))])))
        for name in RecordKind.allCases.map(\.schemaFile) + ["soorten.schema.json"] {
            let document = try schema(name)
            #expect(metaschema.validate(document).isEmpty, "\(name) is not a valid draft-07 schema")
            _ = try SchemaValidator(schema: document)
        }
    }

    @Test func schemasOfARepositoryWinOverTheBuiltInOnes() throws {
        // A repository that narrows the province list: its own schema is the one enforced.
        let custom = try RepositoryFiles.text("schemas/gemeente.schema.json").replacingOccurrences(
            of: "\"Drenthe\",", with: "")
        let record =
            "# yaml-language-server: $schema=../../schemas/gemeente.schema.json\nnaam: X\ncbs_code: GM0001\nprovincie: Drenthe\n"
        let withCustom = try RecordLoader.load(
            from: InMemorySource([
                SourceEntry(path: "schemas/gemeente.schema.json", content: .file(Array(custom.utf8))),
                SourceEntry(path: "records/x/gemeente.yaml", content: .file(Array(record.utf8))),
            ]))
        #expect(withCustom.configuration.origins["gemeente.schema.json"] == .repository)
        #expect(withCustom.file("records/x/gemeente.yaml")?.schemaViolations.count == 1)
        let builtIn = try RecordLoader.load(
            from: InMemorySource([SourceEntry(path: "records/x/gemeente.yaml", content: .file(Array(record.utf8)))]))
        #expect(builtIn.configuration.origins["gemeente.schema.json"] == .builtIn)
        #expect(builtIn.file("records/x/gemeente.yaml")?.schemaViolations.isEmpty == true)
    }
}
