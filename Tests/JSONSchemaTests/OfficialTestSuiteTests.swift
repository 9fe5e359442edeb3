import Foundation
import JSON
import JSONSchema
import Testing

/// Runs the official JSON-Schema-Test-Suite (draft7) against `SchemaValidator`.
/// When the suite cannot be found these tests are reported as skipped, never as passed.
@Suite("JSON-Schema-Test-Suite draft7")
struct OfficialTestSuiteTests {
    /// One group of the suite: a schema and the instances it must accept or reject.
    struct Outcome {
        var cases = 0
        var failures: [String] = []
    }

    @Test(
        "every case of a keyword file passes",
        .enabled(if: TestSuiteLocation.draft7 != nil, TestSuiteLocation.skipReason),
        arguments: TestSuiteLocation.supportedFiles)
    func keywordFile(_ fileName: String) throws {
        let outcome = try Self.run(fileName)
        #expect(outcome.cases > 0, "\(fileName) contains no test cases")
        #expect(
            outcome.failures.isEmpty, "\(fileName):\n\(outcome.failures.joined(separator: "\n"))")
    }

    @Test(
        "the whole supported suite passes",
        .enabled(if: TestSuiteLocation.draft7 != nil, TestSuiteLocation.skipReason))
    func wholeSuite() throws {
        // Guards against a locator that finds an empty or partial folder.
        for expected in [
            "type.json", "ref.json", "properties.json", "oneOf.json", "uniqueItems.json",
        ] {
            #expect(TestSuiteLocation.supportedFiles.contains(expected), "missing \(expected)")
        }
        var total = Outcome()
        for fileName in TestSuiteLocation.supportedFiles {
            let outcome = try Self.run(fileName)
            total.cases += outcome.cases
            total.failures += outcome.failures
        }
        print(
            "JSON-Schema-Test-Suite draft7: \(TestSuiteLocation.supportedFiles.count) files, "
                + "\(total.cases) cases, \(total.failures.count) failed")
        #expect(total.cases > 0)
        #expect(total.failures.isEmpty)
    }

    /// Optional files whose behaviour this validator implements (regex dialect, big and
    /// overflowing numbers, `$id` edge cases); `format`, `content` and remote refs are not.
    @Test(
        "supported optional files pass",
        .enabled(if: TestSuiteLocation.draft7 != nil, TestSuiteLocation.skipReason),
        arguments: TestSuiteLocation.supportedOptionalFiles)
    func optionalFile(_ fileName: String) throws {
        let outcome = try Self.run("optional/" + fileName)
        #expect(outcome.cases > 0, "\(fileName) contains no test cases")
        #expect(
            outcome.failures.isEmpty, "\(fileName):\n\(outcome.failures.joined(separator: "\n"))")
    }

    @Test("skip notice when the suite is missing", .enabled(if: TestSuiteLocation.draft7 == nil))
    func reportMissingSuite() {
        print("JSONSchemaTests: \(TestSuiteLocation.skipReason)")
    }

    static func run(_ fileName: String) throws -> Outcome {
        guard let folder = TestSuiteLocation.draft7 else { return Outcome() }
        let data = try Data(contentsOf: folder.appendingPathComponent(fileName))
        guard case .array(let groups) = try JSONParser.parse([UInt8](data)) else {
            return Outcome(cases: 0, failures: ["\(fileName) is not an array of groups"])
        }
        var outcome = Outcome()
        for group in groups {
            let groupName = group["description"]?.stringValue ?? "?"
            let tests = group["tests"]?.arrayValue ?? []
            let validator: SchemaValidator
            do {
                validator = try SchemaValidator(schema: group["schema"] ?? .bool(true))
            } catch {
                outcome.cases += tests.count
                outcome.failures.append("[\(groupName)] schema rejected: \(error)")
                continue
            }
            for test in tests {
                outcome.cases += 1
                let description = test["description"]?.stringValue ?? "?"
                let expected = test["valid"]?.boolValue ?? false
                let instance = test["data"] ?? .null
                let errors = validator.validate(instance)
                if errors.isEmpty != expected {
                    let detail = errors.map(\.description).joined(separator: "; ")
                    outcome.failures.append(
                        "[\(groupName)] \(description): expected \(expected ? "valid" : "invalid")"
                            + (detail.isEmpty ? "" : " (\(detail))"))
                } else if validator.isValid(instance) != expected {
                    outcome.failures.append(
                        "[\(groupName)] \(description): isValid disagrees with validate")
                }
            }
        }
        return outcome
    }
}
