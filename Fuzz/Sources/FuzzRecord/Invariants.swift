import TaakboekCore

/// What must hold of the findings on any input, beyond not crashing.
enum Invariants {
    static func check(_ findings: [Finding], in tree: RecordTree) {
        for finding in findings {
            let location = finding.location
            guard location.line > 0 else { continue }
            guard let file = tree.file(location.path) else {
                fatalError("finding \(finding.ruleID) points at \(location.path), which the tree does not have")
            }
            // A file that could not be read as text has no lines to point at.
            guard let text = file.text else { continue }
            let lineCount = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
            if location.line > lineCount {
                fatalError(
                    "finding \(finding.ruleID) points at line \(location.line) of \(location.path), which has \(lineCount) lines"
                )
            }
        }
    }
}
