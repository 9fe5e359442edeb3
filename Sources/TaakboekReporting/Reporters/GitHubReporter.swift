import TaakboekCore

/// `taakboek check --format github`: GitHub Actions workflow commands, which GitHub turns into
/// annotations on the files of a pull request (`::error file=…,line=…,col=…,title=…::message`;
/// warnings as `::warning`, notes as `::notice`).
///
/// GitHub shows at most 10 annotations of each kind per step and drops the rest silently. So the
/// findings in the files the change touches (against `--base`, HEAD for `--staged`, or the start
/// of `--range`) come first, then the others, each group in report order; after the first 10 of
/// a kind, one plain line says how many more there are. Every finding then follows as the text
/// report in a collapsed log group, so nothing is lost. Workflow commands are switched off around
/// that log (`::stop-commands::`), with a token derived from its content, so no text quoted from a
/// record can be taken for a command.
public enum GitHubReporter {
    public static let annotationsPerKind = 10

    public static func render(_ report: CheckReport) -> String {
        let language = report.language
        let shown = report.shown.map(\.finding)
        var output = ""
        var annotated: [Severity: Int] = [:]
        for finding in ordered(shown, changedPaths: report.changedPaths) {
            let count = annotated[finding.severity, default: 0]
            annotated[finding.severity] = count + 1
            if count < annotationsPerKind { output += annotation(finding, report: report) + "\n" }
        }
        for severity in [Severity.error, .warning, .note] {
            let more = annotated[severity, default: 0] - annotationsPerKind
            guard more > 0 else { continue }
            output += overflowLine(more, severity, language: language) + "\n"
        }
        let text = TextReporter(language: language, showNotes: report.showNotes)
        if !shown.isEmpty {
            let log = shown.map { text.render($0) }.joined()
            let token = "taakboek-" + SHA256.hex(log).prefix(32)
            let title =
                language == .nl
                ? "taakboek: alle bevindingen (\(shown.count))" : "taakboek: all findings (\(shown.count))"
            output += "::group::\(escapeData(title))\n::stop-commands::\(token)\n\(log)::\(token)::\n::endgroup::\n"
        }
        output += text.summary(report) + "\n"
        return output
    }

    /// Findings in the touched files first, each part in report order; all in report order when
    /// there is nothing to compare with.
    static func ordered(_ findings: [Finding], changedPaths: Set<String>?) -> [Finding] {
        guard let changedPaths else { return findings }
        return findings.filter { changedPaths.contains($0.location.path) }
            + findings.filter { !changedPaths.contains($0.location.path) }
    }

    static func annotation(_ finding: Finding, report: CheckReport) -> String {
        let language = report.language
        let command =
            switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        var properties = ["file=" + escapeProperty(finding.location.path)]
        if finding.location.line > 0 {
            properties.append("line=\(finding.location.line)")
            if finding.location.column > 0 {
                properties.append("col=\(finding.location.column)")
                properties.append("endColumn=\(finding.location.column + finding.location.length)")
            }
        }
        let name = RuleCatalogue.indexByID[finding.ruleID].map {
            " " + RuleCatalogue.entries[$0].description.name.text(in: language)
        }
        properties.append("title=" + escapeProperty(finding.ruleID + (name ?? "")))
        var lines = [(finding.origin.map { "(\($0)) " } ?? "") + finding.message.text(in: language)]
        if let equation = finding.equation { lines += EquationLayout(equation, language: language).lines }
        for related in finding.related {
            lines.append(
                "\(language == .nl ? "zie" : "see") \(related.location.shortDescription): \(related.message.text(in: language))"
            )
        }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(lines.joined(separator: "\n")))"
    }

    static func overflowLine(_ count: Int, _ severity: Severity, language: Language) -> String {
        switch language {
        case .nl:
            let kind =
                switch severity {
                case .error: count == 1 ? "fout" : "fouten"
                case .warning: count == 1 ? "waarschuwing" : "waarschuwingen"
                case .note: count == 1 ? "opmerking" : "opmerkingen"
                }
            return
                "taakboek: nog \(count) \(kind) zonder annotatie (GitHub toont er \(annotationsPerKind) per soort per stap); alle bevindingen staan in het log hieronder"
        case .en:
            let kind =
                switch severity {
                case .error: count == 1 ? "error" : "errors"
                case .warning: count == 1 ? "warning" : "warnings"
                case .note: count == 1 ? "note" : "notes"
                }
            return
                "taakboek: \(count) more \(kind) without an annotation (GitHub shows \(annotationsPerKind) of each kind per step); every finding is in the log below"
        }
    }

    /// The message of a workflow command: `%`, CR and LF percent-encoded (`%` first).
    static func escapeData(_ text: String) -> String {
        text.replacingEvery("%", with: "%25").replacingEvery("\r", with: "%0D").replacingEvery("\n", with: "%0A")
    }

    /// A property value: as data, and `:` and `,` too, which separate the properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
    }
}

extension String {
    /// Replaces every occurrence of one Unicode scalar (no Foundation in this target). Works on
    /// scalars, so `\r\n` is two replacements, as GitHub's own escaping does.
    func replacingEvery(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for character in unicodeScalars {
            if character == scalar {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(character)
            }
        }
        return String(result)
    }
}
