import Foundation
import TaakboekCore
import Testing

@testable import TaakboekRules

/// A rule as a test argument, named by its id.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: any Rule.Type
    var testDescription: String { rule.description.id }
}

let allRules = RuleRegistry.all.map(RuleCase.init)

/// Loads an example and returns the places this rule reports (notes excluded: they say what could
/// not be checked, not that something is wrong).
func reportedLocations(of rule: any Rule.Type, in example: RuleExample) throws -> (Set<String>, [Finding]) {
    let tree = try RecordLoader.load(from: example.source)
    let findings = Checker().check(tree).filter { $0.ruleID == rule.description.id && $0.severity != .note }
    return (Set(findings.map { "\($0.location.path):\($0.location.line):\($0.location.column)" }), findings)
}

func place(_ example: RuleExample) -> Testing.SourceLocation {
    let fileName = example.sourceFile.split(separator: "/").last.map(String.init) ?? example.sourceFile
    return Testing.SourceLocation(
        fileID: example.sourceFile, filePath: rulesSourceFiles[fileName] ?? example.sourceFile,
        line: example.sourceLine, column: 1)
}

/// Sources/TaakboekRules' files by name (each name is used once), so that a failing example's
/// `#fileID` becomes the path an editor opens.
let rulesSourceFiles: [String: String] = {
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { root.deleteLastPathComponent() }
    let folder = root.appendingPathComponent("Sources/TaakboekRules")
    var files: [String: String] = [:]
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return files }
    for case let url as URL in walker where url.pathExtension == "swift" {
        files[url.lastPathComponent] = url.path
    }
    return files
}()

@Suite("Every rule on its own examples")
struct RuleExampleTests {
    @Test("triggering examples are reported exactly where the markers point", arguments: allRules)
    func triggering(_ ruleCase: RuleCase) throws {
        let description = ruleCase.rule.description
        #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
        for example in description.triggering {
            let (locations, findings) = try reportedLocations(of: ruleCase.rule, in: example)
            let expected = example.expectedLocations
            if expected.isEmpty {
                #expect(
                    !findings.isEmpty, "\(description.id): expected a finding, got none", sourceLocation: place(example)
                )
            } else {
                #expect(
                    locations == expected,
                    "\(description.id): expected findings at \(expected.sorted()), got \(findings.map { "\($0.location): \($0.message.en)" })",
                    sourceLocation: place(example))
            }
            for finding in findings {
                #expect(!finding.message.nl.isEmpty && !finding.message.en.isEmpty, sourceLocation: place(example))
                #expect(
                    finding.message.nl != finding.message.en, "\(description.id) message is not translated",
                    sourceLocation: place(example))
                #expect(finding.severity == (example.severity ?? description.severity), sourceLocation: place(example))
            }
        }
    }

    @Test("non-triggering examples are not reported", arguments: allRules)
    func nonTriggering(_ ruleCase: RuleCase) throws {
        let description = ruleCase.rule.description
        #expect(!description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
        for example in description.nonTriggering {
            let (_, findings) = try reportedLocations(of: ruleCase.rule, in: example)
            #expect(
                findings.isEmpty,
                "\(description.id): expected no finding, got \(findings.map { "\($0.location): \($0.message.en)" })",
                sourceLocation: place(example))
        }
    }

    @Test("non-triggering examples are clean for every rule that is not about them", arguments: allRules)
    func nonTriggeringAreOtherwiseValid(_ ruleCase: RuleCase) throws {
        // Examples that only show one rule's silence should not hide a schema or YAML error:
        // otherwise the rule might be silent only because the record was never read.
        for example in ruleCase.rule.description.nonTriggering {
            let tree = try RecordLoader.load(from: example.source)
            let broken = Checker().check(tree).filter {
                ["TB100", "TB101", "TB102", "TB103", "TB104"].contains($0.ruleID)
            }
            #expect(
                broken.isEmpty, "\(broken.map { "\($0.location): \($0.message.en)" })", sourceLocation: place(example))
        }
    }
}

@Suite("The rule registry")
struct RuleRegistryTests {
    @Test func idsAreUniqueAndWellFormed() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.count == 5 && id.hasPrefix("TB") && Int(id.dropFirst(2)) != nil, "\(id)")
        }
        #expect(ids == ids.sorted(), "the registry lists rules in id order")
    }

    @Test func everyRuleIsTranslated() {
        for rule in RuleRegistry.all {
            let description = rule.description
            for text in [description.name, description.summary, description.rationale] {
                #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(description.id)")
            }
            // A summary may be a formula that reads the same in both languages; the rest may not.
            #expect(description.name.nl != description.name.en, "\(description.id)")
            #expect(description.rationale.nl != description.rationale.en, "\(description.id)")
        }
    }

    @Test func lookupIgnoresCase() {
        #expect(RuleRegistry.rule(id: "tb201")?.description.id == "TB201")
        #expect(RuleRegistry.rule(id: "TB999") == nil)
    }
}
