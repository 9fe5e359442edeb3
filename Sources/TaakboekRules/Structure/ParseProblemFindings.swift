import TaakboekCore

extension Rule {
    /// Findings for the parse problems of one category in a file (a record or configuration).
    func parseProblemFindings(_ category: ParseProblem.Category, in file: RecordFile) -> [Finding] {
        file.problems.filter { $0.category == category }.map { problem in
            var found = finding(
                SourceLocation(path: file.path, line: problem.line, column: problem.column), problem.message,
                severity: problem.isWarning ? .warning : nil)
            found.replacementLine = problem.correctedLine
            return found
        }
    }
}
