import TaakboekCore

/// A rule that looks at one file at a time (its bytes, YAML, schema result or text). The checker
/// runs file rules per file on all cores, and their findings can be cached per file content.
public protocol FileRule: Rule {
    func check(file: RecordFile) -> [Finding]
}

extension FileRule {
    public func check(_ tree: RecordTree) -> [Finding] {
        tree.files.flatMap { check(file: $0) }
    }
}
