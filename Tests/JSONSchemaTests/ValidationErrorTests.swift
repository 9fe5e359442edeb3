import JSON
import JSONSchema
import Testing

/// The structured errors a caller phrases its own messages from.
@Suite("Structured validation errors")
struct ValidationErrorTests {
    private func errors(_ schemaText: String, _ instanceText: String) throws -> [ValidationError] {
        let validator = try SchemaValidator(schema: try JSONParser.parse(schemaText))
        return validator.validate(try JSONParser.parse(instanceText))
    }

    private func single(_ schemaText: String, _ instanceText: String) throws -> ValidationError? {
        let found = try errors(schemaText, instanceText)
        #expect(found.count == 1, "\(found)")
        return found.first
    }

    @Test("type, with expected and actual type names")
    func type() throws {
        let error = try single(
            #"{"properties": {"n": {"type": ["integer", "null"]}}}"#, #"{"n": 1.5}"#)
        #expect(error?.kind == .type(expected: ["null", "integer"], actual: "number"))
        #expect(error?.keyword == "type")
        #expect(error?.instancePath == [.key("n")])
        #expect(error?.schemaPath == "#/properties/n/type")
        #expect(error?.description == "/n: expected null or integer, found number")
    }

    @Test("required names the missing member and points at the object")
    func required() throws {
        let found = try errors(#"{"required": ["a", "b", "c"]}"#, #"{"b": 1}"#)
        #expect(found.map(\.kind) == [.required(property: "a"), .required(property: "c")])
        #expect(found.allSatisfy { $0.instancePath.isEmpty && $0.schemaPath == "#/required" })
    }

    @Test("additionalProperties: false points at the offending member")
    func additionalProperty() throws {
        let error = try single(
            #"{"properties": {"a": {}}, "patternProperties": {"^x-": {}}, "#
                + #""additionalProperties": false}"#,
            #"{"a": 1, "x-ok": 2, "extra": 3}"#)
        #expect(error?.kind == .additionalProperty("extra"))
        #expect(error?.instancePath == [.key("extra")])
        #expect(error?.schemaPath == "#/additionalProperties")
    }

    @Test("numeric limits carry the limit and exclusivity")
    func numbers() throws {
        let schema = #"{"minimum": 1, "exclusiveMaximum": 10, "multipleOf": 0.5}"#
        #expect(try single(schema, "0.5")?.kind == .minimum(1, exclusive: false))
        #expect(try single(schema, "10")?.kind == .maximum(10, exclusive: true))
        #expect(try single(schema, "1.25")?.kind == .multipleOf(0.5))
        #expect(try errors(schema, "9.5").isEmpty)
        #expect(try errors(#"{"multipleOf": 0.01}"#, "0.07").isEmpty)
        #expect(try single(#"{"exclusiveMinimum": 0}"#, "0")?.kind == .minimum(0, exclusive: true))
    }

    @Test("string lengths count code points; patterns search unanchored")
    func strings() throws {
        #expect(try single(#"{"maxLength": 2}"#, #""😀😀😀""#)?.kind == .maxLength(2))
        #expect(try errors(#"{"maxLength": 2}"#, #""😀😀""#).isEmpty)
        #expect(try single(#"{"minLength": 2}"#, #""é""#)?.kind == .minLength(2))
        #expect(try errors(#"{"pattern": "[0-9]{4}"}"#, #""year 2024!""#).isEmpty)
        #expect(try single(#"{"pattern": "^\\d+$"}"#, #""12a""#)?.kind == .pattern(#"^\d+$"#))
        #expect(try single(#"{"pattern": "^a$"}"#, #""a\n""#)?.kind == .pattern("^a$"))
    }

    @Test("enum and const carry the allowed values")
    func enumAndConst() throws {
        #expect(
            try single(#"{"enum": ["I", "II"]}"#, #""III""#)?.kind
                == .enumMismatch(allowed: ["I", "II"]))
        #expect(try single(#"{"const": {"a": 1}}"#, #"{"a": 2}"#)?.kind == .const(["a": 1]))
    }

    @Test("array keywords")
    func arrays() throws {
        #expect(try single(#"{"minItems": 2}"#, "[1]")?.kind == .minItems(2))
        #expect(try single(#"{"maxItems": 1}"#, "[1, 2]")?.kind == .maxItems(1))
        #expect(
            try single(#"{"uniqueItems": true}"#, #"[1, "a", 1.0]"#)?.kind
                == .uniqueItems(firstIndex: 0, secondIndex: 2))
        #expect(try single(#"{"contains": {"const": 3}}"#, "[1, 2]")?.kind == .contains)
        let tail = try single(#"{"items": [{}, {}], "additionalItems": false}"#, "[1, 2, 3, 4]")
        #expect(tail?.kind == .additionalItems(allowed: 2))
        let element = try single(#"{"items": {"type": "string"}}"#, #"["a", 2]"#)
        #expect(element?.instancePath == [.index(1)])
        #expect(element?.schemaPath == "#/items/type")
    }

    @Test("object keywords")
    func objects() throws {
        #expect(try single(#"{"minProperties": 1}"#, "{}")?.kind == .minProperties(1))
        #expect(try single(#"{"maxProperties": 0}"#, #"{"a": 1}"#)?.kind == .maxProperties(0))
        #expect(
            try single(#"{"dependencies": {"a": ["b"]}}"#, #"{"a": 1}"#)?.kind
                == .dependency(property: "a", missing: "b"))
        let name = try single(#"{"propertyNames": {"maxLength": 3}}"#, #"{"long": 1}"#)
        guard case .propertyNames(let property, let nameErrors)? = name?.kind else {
            Issue.record("expected propertyNames, got \(String(describing: name))")
            return
        }
        #expect(property == "long")
        #expect(nameErrors.map(\.kind) == [.maxLength(3)])
    }

    @Test("anyOf and oneOf keep each branch's errors")
    func branches() throws {
        let anyOf = try single(#"{"anyOf": [{"type": "string"}, {"minimum": 5}]}"#, "3")
        #expect(
            anyOf?.kind
                == .anyOf(branches: [
                    [
                        ValidationError(
                            instancePath: [], schemaPath: "#/anyOf/0/type", keyword: "type",
                            kind: .type(expected: ["string"], actual: "integer"))
                    ],
                    [
                        ValidationError(
                            instancePath: [], schemaPath: "#/anyOf/1/minimum", keyword: "minimum",
                            kind: .minimum(5, exclusive: false))
                    ],
                ]))
        let oneOf = try single(
            #"{"oneOf": [{"type": "integer"}, {"minimum": 0}, {"type": "string"}]}"#, "3")
        guard case .oneOf(let matches, let branches)? = oneOf?.kind else {
            Issue.record("expected oneOf, got \(String(describing: oneOf))")
            return
        }
        #expect(matches == 2)
        #expect(branches.map(\.isEmpty) == [true, true, false])
        let none = try single(#"{"oneOf": [{"type": "string"}, {"type": "null"}]}"#, "3")
        #expect(none?.description.contains("matches none") == true)
    }

    @Test("not, false schemas and if/then/else")
    func applicators() throws {
        #expect(try single(#"{"not": {"type": "string"}}"#, #""x""#)?.kind == .not)
        let falseSchema = try single(#"{"properties": {"gone": false}}"#, #"{"gone": 1}"#)
        #expect(falseSchema?.kind == .falseSchema)
        #expect(falseSchema?.schemaPath == "#/properties/gone")
        let conditional = #"""
            {"if": {"properties": {"kind": {"const": "HAR"}}},
             "then": {"required": ["until"]}, "else": {"properties": {"until": false}}}
            """#
        let then = try single(conditional, #"{"kind": "HAR"}"#)
        #expect(then?.kind == .required(property: "until"))
        #expect(then?.schemaPath == "#/then/required")
        let otherwise = try single(conditional, #"{"kind": "regular", "until": "2024-06-30"}"#)
        #expect(otherwise?.schemaPath == "#/else/properties/until")
    }

    @Test("errors through $ref report where the failing keyword lives")
    func references() throws {
        let error = try single(
            ##"""
            {"definitions": {"amount": {"type": "integer", "minimum": 0}},
             "properties": {"housed": {"$ref": "#/definitions/amount"}}}
            """##,
            #"{"housed": -1}"#)
        #expect(error?.schemaPath == "#/definitions/amount/minimum")
        #expect(error?.instancePath == [.key("housed")])
        let meta = try single(
            #"{"$ref": "http://json-schema.org/draft-07/schema#"}"#, #"{"minLength": -1}"#)
        #expect(
            meta?.schemaPath
                == "http://json-schema.org/draft-07/schema#/definitions/nonNegativeInteger/minimum")
        #expect(meta?.instancePath == [.key("minLength")])
    }

    @Test("every failure has an English description")
    func descriptions() {
        let kinds: [ValidationFailure] = [
            .falseSchema, .type(expected: ["string"], actual: "null"),
            .enumMismatch(allowed: [1, "a"]),
            .const(true), .minimum(0, exclusive: true), .maximum(2.5, exclusive: false),
            .multipleOf(0.01),
            .minLength(1), .maxLength(2), .pattern("^a"), .minItems(1), .maxItems(3),
            .uniqueItems(firstIndex: 0, secondIndex: 1), .additionalItems(allowed: 2), .contains,
            .minProperties(1), .maxProperties(1), .required(property: "a"),
            .additionalProperty("b"),
            .propertyNames(property: "c", errors: []), .dependency(property: "a", missing: "b"),
            .anyOf(branches: []), .oneOf(matches: 2, branches: []), .not,
            .limitExceeded(.depth(10)),
        ]
        for kind in kinds {
            #expect(!kind.description.isEmpty)
        }
        #expect(
            ValidationFailure.minimum(0, exclusive: true).description
                == "value must be greater than 0")
        #expect(
            ValidationFailure.enumMismatch(allowed: [1, "a"]).description
                == #"value must be one of 1 or "a""#)
    }
}
