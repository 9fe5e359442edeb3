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
        analyse(tree).findings
    }

    /// The file rules, for the loader to run on each file as it loads it.
    public var fileAnalysis: RecordLoader.FileAnalysis {
        let fileRules = rules.compactMap { $0 as? any FileRule }
        return { file in fileRules.flatMap { $0.check(file: file) } }
    }

    /// Every finding, and the file rules' findings per file (for the analysis cache). File rules
    /// run per file on all cores, tree rules side by side; a file that carries cached findings is
    /// not checked again.
    public func analyse(_ tree: RecordTree) -> (findings: [Finding], perFile: [String: [Finding]]) {
        let fileRules = rules.compactMap { $0 as? any FileRule }
        let treeRules = rules.filter { !($0 is any FileRule) }
        let perFile = tree.files.parallelMap { file in
            file.cachedFindings ?? fileRules.flatMap { $0.check(file: file) }
        }
        var byPath: [String: [Finding]] = [:]
        for (file, findings) in zip(tree.files, perFile) { byPath[file.path] = findings }
        let treeFindings = treeRules.parallelMap { $0.check(tree) }
        var findings = perFile.flatMap { $0 } + treeFindings.flatMap { $0 }
        if let origin = tree.origin {
            for index in findings.indices { findings[index].origin = origin }
        }
        return (findings.sorted(by: Finding.reportOrder), byPath)
    }
}
