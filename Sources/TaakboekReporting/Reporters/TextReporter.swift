import TaakboekCore

/// The default report: one block per finding, sorted, in the style of compilers:
///
///     records/x/perioden/2024-II.yaml:8:19: fout [TB201] achterstand_eind klopt niet: …
///         8 | achterstand_eind: 31
///           |                   ^^
///           = achterstand_begin   38  records/x/perioden/2024-II.yaml:4
///     …
public struct TextReporter: Sendable {
    public let language: Language
    public let showNotes: Bool

    public init(language: Language, showNotes: Bool = true) {
        self.language = language
        self.showNotes = showNotes
    }

    /// The whole report: every finding shown, then the summary line.
    public func render(_ report: CheckReport) -> String {
        var output = ""
        for finding in report.findings where showNotes || finding.severity != .note {
            output += render(finding)
        }
        output += summary(report) + "\n"
        return output
    }

    /// One finding's block: its line, the quoted source under it (`Finding.excerpt`), the sum
    /// behind it and the places related to it.
    func render(_ finding: Finding) -> String {
        let origin = finding.origin.map { "(\($0)) " } ?? ""
        var lines = [
            "\(finding.location): \(finding.severity.label.text(in: language)) [\(finding.ruleID)] \(origin)\(finding.message.text(in: language))"
        ]
        let location = finding.location
        if location.line > 0, let excerpt = finding.excerpt {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            lines.append("    \(number) | \(excerpt.text)")
            lines.append("    \(gutter) | \(excerpt.caretIndent)\(String(repeating: "^", count: excerpt.caretLength))")
        }
        if let equation = finding.equation {
            lines += EquationLayout(equation, language: language).lines.map { "    " + $0 }
        }
        for related in finding.related {
            lines.append(
                "    \(language == .nl ? "zie" : "see") \(related.location.shortDescription): \(related.message.text(in: language))"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func summary(_ report: CheckReport) -> String {
        let findings = report.findings
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let notes = findings.filter { $0.severity == .note }.count
        let records = report.recordCount
        let origin = report.origin.map { " (\($0))" } ?? ""
        let scopeNL = report.scope?.nl ?? "in \(records) records\(origin)"
        let scopeEN = report.scope?.en ?? "in \(records) records\(origin)"
        switch language {
        case .nl:
            let parts = [
                "\(errors) \(errors == 1 ? "fout" : "fouten")",
                "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
                "\(notes) \(notes == 1 ? "opmerking" : "opmerkingen")",
            ]
            return "taakboek check: \(parts.joined(separator: ", ")) \(scopeNL)"
        case .en:
            let parts = [
                "\(errors) \(errors == 1 ? "error" : "errors")",
                "\(warnings) \(warnings == 1 ? "warning" : "warnings")",
                "\(notes) \(notes == 1 ? "note" : "notes")",
            ]
            return "taakboek check: \(parts.joined(separator: ", ")) \(scopeEN)"
        }
    }
}
