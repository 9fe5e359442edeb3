import Foundation
import JSON
import TaakboekTestSupport
import Testing

@testable import TaakboekCore

/// The official yaml-test-suite (its `data` layout: a folder per case with `in.yaml`, `in.json`
/// where the YAML is valid and has a JSON form, and `error` where it is invalid) as the judge of
/// how records are read. For every case, through what `taakboek check` does (decoding, then
/// `YAMLLoader`, the fast reader or Yams):
/// - invalid YAML gives a finding (a syntax or any other problem), never a silent reading;
/// - valid YAML inside the subset records allow is read to the values of `in.json`;
/// - valid YAML outside that subset is refused by a policy finding (a construct records do not
///   allow, or a number notation), never called invalid YAML.
///
/// The suite is read from `YAML_TEST_SUITE`, else from `shared/yaml-test-suite/` beside the
/// checkout; without it the test says it was skipped.
@Suite("yaml-test-suite")
struct YAMLTestSuiteTests {
    static let folder: URL? = SharedFolder.locate(variable: "YAML_TEST_SUITE", name: "yaml-test-suite") {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("229Q/in.yaml").path)
    }

    /// The reviewed exceptions: cases whose outcome differs from the rule above, each with why.
    static let exceptions: [String: String] = [
        // `empty block scalar: >` followed by lines of 1, 2 and 3 spaces and a comment at 1: the
        // spec forbids leading empty lines indented more than the block's content; libyaml (and
        // so taakboek) reads an empty text. Nothing is lost or changed in what it reads (the
        // value is empty either way), and a record's text block has content.
        "S98Z": "invalid (more-indented leading empty lines in an empty block scalar) read as an empty text"
    ]

    /// Every case folder (`XXXX`, or `XXXX/00` for a case with several).
    static func cases() -> [String] {
        guard let folder else { return [] }
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix("/in.yaml") { names.append(String(path.dropLast("/in.yaml".count))) }
        }
        return names.sorted()
    }

    enum Outcome: Equatable, CustomStringConvertible {
        case read(JSONValue)
        case policy(String)
        case syntax(String)

        var description: String {
            switch self {
            case .read(let value): "read \(JSONWriter.compact(value))"
            case .policy(let message): "policy: \(message)"
            case .syntax(let message): "syntax: \(message)"
            }
        }
    }

    /// What taakboek makes of a case's bytes.
    static func outcome(_ bytes: [UInt8]) -> Outcome {
        let decoded = RecordText.decode(bytes)
        var problems = decoded.problems
        var root: YAMLNode?
        if let text = decoded.text {
            let loaded = YAMLLoader.load(text)
            problems += loaded.problems
            root = loaded.root
        }
        if let syntax = problems.first(where: { $0.category == .syntax }) { return .syntax(syntax.message.en) }
        if let other = problems.first { return .policy(other.message.en) }
        guard let root else { return .policy("no root") }
        var notation: [ParseProblem] = []
        let value = root.jsonValue(notationProblems: &notation)
        if let problem = notation.first { return .policy(problem.message.en) }
        return .read(value)
    }

    struct Tally: CustomStringConvertible {
        var invalidRefused = 0
        var readAsJSON = 0
        var policy = 0
        var excepted = 0
        var description: String {
            "invalid refused \(invalidRefused), valid read as in.json \(readAsJSON), valid refused by policy \(policy), exceptions \(excepted)"
        }
    }

    @Test(.enabled(if: folder != nil, "skipped: yaml-test-suite not found (set YAML_TEST_SUITE or provide shared/yaml-test-suite)"))
    func everyCase() throws {
        let folder = try #require(Self.folder)
        let names = Self.cases()
        #expect(names.count >= 300, "only \(names.count) cases found in \(folder.path)")
        var tally = Tally()
        var failures: [String] = []
        for name in names {
            let base = folder.appendingPathComponent(name)
            let yaml = Array(try Data(contentsOf: base.appendingPathComponent("in.yaml")))
            let invalid = FileManager.default.fileExists(atPath: base.appendingPathComponent("error").path)
            let json = try? Data(contentsOf: base.appendingPathComponent("in.json"))
            let outcome = Self.outcome(yaml)
            let verdict: String?
            if invalid {
                if case .read(let value) = outcome {
                    verdict = "invalid YAML read silently as \(JSONWriter.compact(value))"
                } else {
                    tally.invalidRefused += 1
                    verdict = nil
                }
            } else {
                switch outcome {
                case .syntax(let message):
                    verdict = "valid YAML called invalid: \(message)"
                case .policy:
                    tally.policy += 1
                    verdict = nil
                case .read(let value):
                    // A single JSON document: the values must be equal. No in.json, or several
                    // documents: it should have been refused.
                    if let json, let expected = try? JSONParser.parse(Array(json)) {
                        if expected == value {
                            tally.readAsJSON += 1
                            verdict = nil
                        } else {
                            verdict = "read as \(JSONWriter.compact(value)), in.json says \(JSONWriter.compact(expected))"
                        }
                    } else {
                        verdict = "read as \(JSONWriter.compact(value)) where in.json has no single value"
                    }
                }
            }
            if let verdict {
                if Self.exceptions[name] != nil {
                    tally.excepted += 1
                } else {
                    failures.append("\(name): \(verdict)")
                }
            } else if Self.exceptions[name] != nil {
                failures.append("\(name): listed as an exception but now passes; remove it from the list")
            }
        }
        print("yaml-test-suite: \(names.count) cases; \(tally)")
        #expect(failures.isEmpty, "\(failures.count) cases:\n\(failures.joined(separator: "\n"))")
    }
}
