import TaakboekCore
import Testing

@testable import TaakboekRules

struct ChangeRuleCase: Sendable, CustomTestStringConvertible {
    let rule: any ChangeRule.Type
    var testDescription: String { rule.description.id }
}

@Suite("Every change rule on its own examples")
struct ChangeRuleExampleTests {
    static let rules = RuleRegistry.changeRules.map(ChangeRuleCase.init)

    func findings(_ rule: any ChangeRule.Type, _ example: RuleExample) throws -> [Finding] {
        let change = RecordChange(
            base: try RecordLoader.load(from: example.baseSource), current: try RecordLoader.load(from: example.source),
            baseName: "HEAD", provenance: NoProvenance())
        return rule.init().check(change)
    }

    @Test(arguments: rules)
    func triggering(_ ruleCase: ChangeRuleCase) throws {
        let description = ruleCase.rule.description
        #expect(!description.triggering.isEmpty)
        for example in description.triggering {
            let found = try findings(ruleCase.rule, example)
            let places = Set(found.map { "\($0.location.path):\($0.location.line):\($0.location.column)" })
            if example.expectedLocations.isEmpty {
                #expect(!found.isEmpty, "\(description.id): expected a finding", sourceLocation: place(example))
            } else {
                #expect(
                    places == example.expectedLocations, "\(description.id): \(found.map(\.message.en))",
                    sourceLocation: place(example))
            }
            #expect(found.allSatisfy { $0.message.nl != $0.message.en }, sourceLocation: place(example))
        }
    }

    @Test(arguments: rules)
    func nonTriggering(_ ruleCase: ChangeRuleCase) throws {
        for example in ruleCase.rule.description.nonTriggering {
            let found = try findings(ruleCase.rule, example)
            #expect(found.isEmpty, "\(found.map(\.message.en))", sourceLocation: place(example))
        }
    }

    @Test func idsDoNotClashWithTreeRules() {
        let ids = RuleRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
