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

    /// The file rules, for the loader to run on each file as it loads it.
    public var fileAnalysis: RecordLoader.FileAnalysis {
        let fileRules = rules.compactMap { $0 as? any FileRule }
        return { file in fileRules.flatMap { $0.check(file: file) } }
    }

    /// Every finding, sorted. File rules run per file on all cores (a file that carries findings
    /// from the loader or the analysis cache is not checked again), tree rules side by side.
    public func check(_ tree: RecordTree) -> [Finding] {
        let fileRules = rules.compactMap { $0 as? any FileRule }
        let treeRules = rules.filter { !($0 is any FileRule) }
        // Most files carry their findings from loading: collect those in one pass and check
        // only the others, on all cores.
        var findings: [Finding] = []
        var unchecked: [Int] = []
        for index in tree.files.indices {
            if let cached = tree.files[index].cachedFindings {
                findings += cached
            } else {
                unchecked.append(index)
            }
        }
        findings += unchecked.parallelMap { index in fileRules.flatMap { $0.check(file: tree.files[index]) } }.joined()
        findings += treeRules.parallelMap { $0.check(tree) }.joined()
        if let origin = tree.origin {
            for index in findings.indices { findings[index].origin = origin }
        }
        return findings.sorted(by: Finding.reportOrder)
    }
}
