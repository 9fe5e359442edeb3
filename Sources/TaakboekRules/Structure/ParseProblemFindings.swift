import TaakboekCore

extension Rule {
    /// Findings for the parse problems of one category, in every file (records and configuration).
    func parseProblemFindings(_ category: ParseProblem.Category, in tree: RecordTree) -> [Finding] {
        tree.files.flatMap { file in
            file.problems.filter { $0.category == category }.map { problem in
                finding(
                    SourceLocation(path: file.path, line: problem.line, column: problem.column), problem.message)
            }
        }
    }
}
