import TaakboekCore

extension DoctorReport {
    /// The text output: per check a line with its status, what it checks and what it found; under
    /// it the items found and, when it is not in order, what to do. Then one line of counts.
    public func text(in language: Language) -> String {
        let width = DoctorCheck.Status.allCases.map { $0.label.text(in: language).count }.max() ?? 0
        let indent = String(repeating: " ", count: width + 2)
        var output = ""
        for check in checks {
            let status = check.status.label.text(in: language)
            output += status + String(repeating: " ", count: width + 2 - status.count)
            output += check.label.text(in: language) + ": " + check.message.text(in: language) + "\n"
            for detail in check.details { output += indent + "  " + detail.text(in: language) + "\n" }
            if let fix = check.fix {
                output += indent + LocalizedText(nl: "wat te doen: ", en: "what to do: ").text(in: language)
                output += fix.text(in: language) + "\n"
            }
        }
        return output + summary(in: language) + "\n"
    }

    /// "taakboek doctor: 0 fouten, 1 waarschuwing, 4 in orde" (skipped checks counted when any).
    public func summary(in language: Language) -> String {
        let errors = count(.error)
        let warnings = count(.warning)
        let skipped = count(.skipped)
        var parts: [String]
        switch language {
        case .nl:
            parts = [
                "\(errors) \(errors == 1 ? "fout" : "fouten")",
                "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")", "\(count(.ok)) in orde",
            ]
            if skipped > 0 { parts.append("\(skipped) overgeslagen") }
        case .en:
            parts = [
                "\(errors) \(errors == 1 ? "error" : "errors")",
                "\(warnings) \(warnings == 1 ? "warning" : "warnings")", "\(count(.ok)) ok",
            ]
            if skipped > 0 { parts.append("\(skipped) skipped") }
        }
        return "taakboek doctor: " + parts.joined(separator: ", ")
    }
}
