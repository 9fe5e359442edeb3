import Foundation
import JSON
import JSONSchema
import TaakboekTestSupport
import Testing

/// The validator must end, without crashing, on any schema and any instance.
@Suite("Robustness: loops, depth and cost limits")
struct RobustnessTests {
    private func schema(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text)
    }

    @Test("a root {\"$ref\": \"#\"} is a circular-reference error")
    func rootSelfReference() throws {
        #expect(throws: SchemaError.self) {
            try SchemaValidator(schema: try schema(##"{"$ref": "#"}"##))
        }
        do throws(SchemaError) {
            _ = try SchemaValidator(schema: ["$ref": "#"])
        } catch {
            guard case .circularReference = error else {
                Issue.record("expected circularReference, got \(error)")
                return
            }
        }
    }

    @Test("mutually recursive definitions that only refer to each other are rejected")
    func mutualReferences() throws {
        let text = #"""
            {"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}},
             "properties": {"x": {"$ref": "#/definitions/a"}}}
            """#
        #expect(throws: SchemaError.self) { try SchemaValidator(schema: try schema(text)) }
    }

    @Test("a loop through allOf stops at the depth limit with an error")
    func loopThroughAllOf() async throws {
        let validator = try SchemaValidator(schema: try schema(##"{"allOf": [{"$ref": "#"}]}"##))
        let errors = await onLargeStack { validator.validate(.integer(1)) }
        #expect(errors.count == 1)
        #expect(errors.first?.kind == .limitExceeded(.depth(ValidationLimits.default.maxDepth)))
        #expect(!validator.isValid(.integer(1)))
    }

    @Test("a loop under not is reported, not taken as valid")
    func loopUnderNot() throws {
        let validator = try SchemaValidator(schema: try schema(##"{"not": {"$ref": "#"}}"##))
        let errors = validator.validate(.string("x"))
        #expect(errors.contains { if case .limitExceeded = $0.kind { true } else { false } })
    }

    @Test("recursive schema over a document at the parser's maximum depth")
    func deepButFiniteInstance() async throws {
        let depth = JSONParser.defaultMaxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let instance = try JSONParser.parse(text)
        let validator = try SchemaValidator(
            schema: try schema(##"{"type": "array", "items": {"$ref": "#"}}"##))
        let failing = try SchemaValidator(
            schema: try schema(##"{"items": {"$ref": "#"}, "minItems": 1}"##))
        let (passed, failed) = await onLargeStack {
            (validator.validate(instance), failing.validate(instance))
        }
        #expect(passed.isEmpty)
        #expect(failed.count == 1)
        #expect(failed.first?.instancePath.count == depth - 1)
    }

    @Test("a programmatically built instance deeper than any limit stops cleanly")
    func deeperThanTheLimit() async throws {
        let validator = try SchemaValidator(schema: try schema(##"{"items": {"$ref": "#"}}"##))
        let errors = await onLargeStack {
            var instance = JSONValue.array([])
            for _ in 0..<5_000 { instance = .array([instance]) }
            return validator.validate(instance)
        }
        #expect(errors.count == 1)
        #expect(errors.first?.kind == .limitExceeded(.depth(ValidationLimits.default.maxDepth)))
    }

    @Test("exponentially expensive schemas hit the evaluation budget")
    func exponentialSchema() throws {
        var definitions = JSONObject()
        let levels = 40
        for level in 0..<levels {
            let next: JSONValue = ["$ref": .string("#/definitions/d\(level + 1)")]
            definitions["d\(level)"] = ["allOf": [next, next]]
        }
        definitions["d\(levels)"] = ["type": "integer"]
        let root: JSONValue = ["definitions": .object(definitions), "$ref": "#/definitions/d0"]
        let limits = ValidationLimits(maxEvaluations: 100_000)
        let validator = try SchemaValidator(schema: root, limits: limits)
        let errors = validator.validate(.integer(1))
        #expect(errors.first?.kind == .limitExceeded(.evaluations(100_000)))
        // An invalid instance fails fast on the first leaf, well within the budget.
        let invalid = validator.validate(.string("x"))
        #expect(!invalid.isEmpty)
    }

    @Test(
        "a pattern search that would take exponential time stops at its budget",
        arguments: [
            ("(a|aa)+$", String(repeating: "a", count: 60) + "!", "aaa"),
            // Even a text it matches takes long: nothing is said about one here.
            ("(.*a){25}", String(repeating: "a", count: 60) + "!", nil),
            ("^(a+)+$", String(repeating: "a", count: 60) + "!", "aaa"),
            // Quadratic: every start position scans to the end.
            ("a+x", String(repeating: "a", count: 200_000), "aaax"),
        ])
    func catastrophicPattern(pattern: String, text: String, matching: String?) throws {
        let validator = try SchemaValidator(schema: ["pattern": .string(pattern)])
        let clock = ContinuousClock()
        var errors: [ValidationError] = []
        let elapsed = clock.measure { errors = validator.validate(.string(text)) }
        let limit = ValidationLimit.patternSearch(pattern: pattern, limit: ValidationLimits.default.maxPatternSearch)
        #expect(errors.map(\.kind) == [.limitExceeded(limit)], "\(errors.map(\.description))")
        #expect(!validator.isValid(.string(text)))
        #expect(elapsed < .seconds(10), "\(elapsed)")
        // A text it matches at once is fine.
        if let matching { #expect(validator.validate(.string(matching)).isEmpty) }
    }

    @Test("a plain pattern on a long text is within the budget")
    func longTextWithinBudget() throws {
        let validator = try SchemaValidator(schema: ["pattern": "^[a-z ]+$"])
        #expect(validator.validate(.string(String(repeating: "tekst ", count: 170_000))).isEmpty)
        #expect(validator.validate(.string(String(repeating: "tekst ", count: 170_000) + "!")).count == 1)
    }

    @Test("schema nesting beyond the compile limit is an error, not a stack overflow")
    func deepSchema() throws {
        var nested: JSONValue = ["type": "integer"]
        for _ in 0..<2_000 { nested = ["not": nested] }
        #expect(throws: SchemaError.self) { try SchemaValidator(schema: nested) }
    }

    @Test(
        "malformed schemas are errors",
        arguments: [
            ##"{"minLength": -1}"##, ##"{"type": "text"}"##, ##"{"required": "a"}"##,
            ##"{"multipleOf": 0}"##, ##"{"pattern": "("}"##, ##"{"properties": {"a": 3}}"##,
            ##"{"$ref": "#/definitions/missing"}"##,
            ##"{"$ref": "http://example.com/remote.json"}"##,
            ##"{"$ref": "#/definitions/~2"}"##, ##"{"$ref": 7}"##, "3", ##""string""##,
        ])
    func malformedSchemas(_ text: String) throws {
        let value = try schema(text)
        #expect(throws: SchemaError.self) { try SchemaValidator(schema: value) }
    }

    @Test("many concurrent validations share one validator")
    func concurrentUse() async throws {
        let validator = try SchemaValidator(
            schema: try schema(##"{"properties": {"n": {"type": "integer", "minimum": 0}}}"##))
        let invalidCounts = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var invalid = 0
                    for value in 0..<500
                    where !validator.validate(["n": .integer(value - task)]).isEmpty {
                        invalid += 1
                    }
                    return invalid
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(invalidCounts.sorted() == Array(0..<8))
    }

    @Test("deep input on a thread with a small stack stops cleanly instead of overflowing")
    func smallStack() async throws {
        let outcome = await withCheckedContinuation {
            (continuation: CheckedContinuation<String, Never>) in
            let thread = Thread {
                continuation.resume(returning: Self.deepWork())
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(outcome == "parser: stopped, validator: stopped, compiler: stopped")
    }

    /// Parses, compiles and validates input nested deeper than every limit; whichever stops
    /// it first (a depth limit or the stack guard), it must stop with an error.
    private static func deepWork() -> String {
        var results: [String] = []
        let text = String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000)
        do {
            _ = try JSONParser.parse(text)
            results.append("parser: finished")
        } catch {
            results.append("parser: stopped")
        }
        var instance = JSONValue.array([])
        for _ in 0..<2_000 { instance = .array([instance]) }
        do {
            let validator = try SchemaValidator(schema: ["items": ["$ref": "#"]])
            let errors = validator.validate(instance)
            let stopped = errors.contains {
                if case .limitExceeded = $0.kind { true } else { false }
            }
            results.append("validator: \(stopped ? "stopped" : "finished")")
        } catch {
            results.append("validator: schema error \(error)")
        }
        var schema: JSONValue = true
        for _ in 0..<2_000 { schema = ["not": schema] }
        do {
            _ = try SchemaValidator(schema: schema)
            results.append("compiler: finished")
        } catch {
            results.append("compiler: stopped")
        }
        return results.joined(separator: ", ")
    }
}
