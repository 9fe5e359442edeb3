import JSON
import JSONSchema
import Testing

@Suite("SchemaValidator")
struct SchemaValidatorTests {
    static let recordSchema = ##"""
        {
          "$id": "https://example.org/schemas/period.json",
          "definitions": {
            "persons": {"title": "Persons", "type": "integer", "minimum": 0},
            "period": {"$ref": "#/definitions/periodName"},
            "periodName": {"title": "Half-year", "type": "string", "pattern": "^[0-9]{4}-(I|II)$"}
          },
          "type": "object",
          "allOf": [
            {"properties": {"gemeente": {"title": "Municipality", "type": "string"}}}
          ],
          "properties": {
            "periode": {"$ref": "#/definitions/period"},
            "gehuisvest": {"$ref": "#/definitions/persons", "description": "Housed in the period"},
            "correcties": {
              "type": "array",
              "items": {
                "properties": {
                  "aantal": {"$ref": "#/definitions/persons"},
                  "reden": {"title": "Reason", "type": "string"}
                }
              }
            },
            "tuple": {"items": [{"title": "first"}], "additionalItems": {"title": "rest"}}
          },
          "patternProperties": {"^x-": {"title": "Extension"}},
          "additionalProperties": false
        }
        """##

    @Test("propertySchema follows properties, $ref, allOf, items and patternProperties")
    func propertySchemas() throws {
        let validator = try SchemaValidator(schema: try JSONParser.parse(Self.recordSchema))
        func title(_ path: [JSONPointer.Component]) -> String? {
            validator.propertySchema(at: path)?["title"]?.stringValue
        }
        #expect(title([.key("periode")]) == "Half-year")
        #expect(title([.key("gemeente")]) == "Municipality")
        #expect(title([.key("correcties"), .index(3), .key("reden")]) == "Reason")
        #expect(title([.key("correcties"), .index(0), .key("aantal")]) == "Persons")
        #expect(title([.key("tuple"), .index(0)]) == "first")
        #expect(title([.key("tuple"), .index(5)]) == "rest")
        #expect(title([.key("x-note")]) == "Extension")
        // A $ref with its own description is returned as written.
        let housed = validator.propertySchema(at: [.key("gehuisvest")])
        #expect(housed?["description"]?.stringValue == "Housed in the period")
        #expect(validator.propertySchema(at: [.key("unknown")]) == nil)
        #expect(validator.propertySchema(at: [])?["$id"] != nil)
    }

    @Test("a record schema accepts and rejects as expected")
    func recordValidation() throws {
        let validator = try SchemaValidator(schema: try JSONParser.parse(Self.recordSchema))
        let valid =
            #"{"periode": "2024-I", "gehuisvest": 12, "#
            + #""correcties": [{"aantal": 1, "reden": "COA"}]}"#
        #expect(validator.validate(try JSONParser.parse(valid)).isEmpty)
        let invalid =
            #"{"periode": "2024-III", "gehuisvest": -1, "correcties": [{"aantal": "x"}], "y": 1}"#
        let errors = validator.validate(try JSONParser.parse(invalid))
        #expect(
            Set(errors.map(\.keyword)) == ["pattern", "minimum", "type", "additionalProperties"])
        #expect(
            errors.first { $0.keyword == "type" }?.instancePath == [
                .key("correcties"), .index(0), .key("aantal"),
            ])
    }

    @Test("baseURI anchors relative $id and $ref")
    func baseURI() throws {
        let schema = try JSONParser.parse(
            ##"""
            {"definitions": {"a": {"$id": "item.json", "type": "integer"}},
             "items": {"$ref": "https://example.org/dir/item.json"}}
            """##)
        let validator = try SchemaValidator(
            schema: schema, baseURI: "https://example.org/dir/root.json")
        #expect(validator.validate(try JSONParser.parse("[1, 2]")).isEmpty)
        #expect(validator.validate(try JSONParser.parse(#"[1, "2"]"#)).count == 1)
        #expect(throws: SchemaError.self) { try SchemaValidator(schema: schema) }
    }

    @Test("schemas can be checked against the embedded draft-07 metaschema")
    func metaschema() throws {
        let meta = try SchemaValidator(schema: ["$ref": "http://json-schema.org/draft-07/schema#"])
        #expect(meta.validate(try JSONParser.parse(Self.recordSchema)).isEmpty)
        let broken = try JSONParser.parse(
            #"{"type": "text", "required": [1], "properties": {"a": 3}}"#)
        #expect(meta.validate(broken).count >= 3)
    }

    @Test("format is an annotation only")
    func formatIgnored() throws {
        let validator = try SchemaValidator(schema: ["format": "date"])
        #expect(validator.validate("not a date").isEmpty)
    }

    @Test("$ref overrides its siblings, as draft 7 requires")
    func referenceSiblings() throws {
        let validator = try SchemaValidator(
            schema: try JSONParser.parse(
                ##"""
                {"definitions": {"any": {}},
                 "properties": {"a": {"$ref": "#/definitions/any", "type": "string"}}}
                """##))
        #expect(validator.validate(["a": 1]).isEmpty)
    }
}
