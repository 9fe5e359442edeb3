import TaakboekCore

/// Lays an equation out term by term in aligned columns, with where each value came from,
/// the computed result, the declared value and the difference.
public struct EquationLayout: Sendable {
    public let lines: [String]

    public init(_ equation: Equation, language: Language) {
        var rows: [(String, String, String)] = equation.terms.map { term in
            (
                "\(term.operation == .start ? " " : term.operation.rawValue) \(term.name)", String(term.value),
                term.source?.shortDescription ?? ""
            )
        }
        let computedLabel = language == .nl ? "berekend" : "computed"
        let rounding = equation.rounding.map { " (\($0.text(in: language)))" } ?? ""
        rows.append(("= \(computedLabel)\(rounding)", String(equation.computed), ""))
        let difference = equation.difference
        let differenceText =
            equation.differenceFits
            ? (difference > 0 ? "+" : "") + String(difference)
            : (language == .nl ? "past niet in 64 bits" : "does not fit in 64 bits")
        rows.append(
            (
                "  \(equation.declaredName) (\(language == .nl ? "opgegeven" : "declared"))", String(equation.declared),
                (equation.declaredSource?.shortDescription ?? "")
                    + "  \(language == .nl ? "verschil" : "difference") \(differenceText)"
            ))
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        lines = rows.map { name, value, source in
            let paddedName = name + String(repeating: " ", count: nameWidth - name.count)
            let paddedValue = String(repeating: " ", count: valueWidth - value.count) + value
            return "\(paddedName)  \(paddedValue)  \(source)".trimmingTrailingWhitespace()
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
