import TaakboekCore

/// Runs every rule over a record tree and collects all findings, sorted by file, line and column.
public struct Checker: Sendable {
    public let rules: [any Rule]

    public init(rules: [any Rule.Type] = RuleRegistry.all) {
        self.rules = rules.map { $0.init() }
    }

    /// The findings of the change rules, comparing the tree with its base.
    public func check(_ change: RecordChange) -> [Finding] {
        let changeRules = RuleRegistry.changeRules.map { $0.init() }
        var findings = changeRules.flatMap { $0.check(change) }
        if let origin = change.current.origin {
            for index in findings.indices { findings[index].origin = origin }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    public func check(_ tree: RecordTree) -> [Finding] {
        var findings = rules.flatMap { $0.check(tree) }
        if let origin = tree.origin {
            for index in findings.indices { findings[index].origin = origin }
        }
        return findings.sorted(by: Finding.reportOrder)
    }
}
