import JSON
import TaakboekCore
import TaakboekReporting

/// Findings as LSP diagnostics: the range in UTF-16 positions, the severity, the rule id as
/// `code` with a link to its explanation, the equation in the message and each of its terms (and
/// each related place) as related information.
struct DiagnosticBuilder {
    let workspace: Workspace
    let language: Language
    let explanations: ExplanationFiles?
    /// The line tables of the files positions were converted in (each file read once per batch).
    private var tables: [String: LineTable] = [:]

    init(workspace: Workspace, language: Language, explanations: ExplanationFiles?) {
        self.workspace = workspace
        self.language = language
        self.explanations = explanations
    }

    mutating func table(_ path: String) -> LineTable {
        if let table = tables[path] { return table }
        let table = LineTable(workspace.text(of: path) ?? "")
        tables[path] = table
        return table
    }

    /// The LSP range of a place; a place with no line is the file's start.
    mutating func range(_ location: SourceLocation) -> JSONValue {
        guard location.line > 0 else { return Self.range(line: 0, start: 0, end: 0) }
        let line = location.line - 1
        let table = table(location.path)
        let start = table.utf16Offset(line: line, column: location.column)
        let end = table.utf16Offset(line: line, column: location.column + location.length)
        return Self.range(line: line, start: start, end: max(start, end))
    }

    static func range(line: Int, start: Int, end: Int) -> JSONValue {
        [
            "start": ["line": .integer(line), "character": .integer(start)],
            "end": ["line": .integer(line), "character": .integer(end)],
        ]
    }

    mutating func location(_ location: SourceLocation) -> JSONValue {
        ["uri": .string(DocumentURI.uri(ofPath: workspace.absolutePath(location.path))), "range": range(location)]
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    mutating func diagnostic(_ finding: Finding) -> JSONValue {
        var message = finding.message.text(in: language)
        if let equation = finding.equation {
            message += "\n" + EquationLayout(equation, language: language).lines.joined(separator: "\n")
        }
        var related: [JSONValue] = []
        if let equation = finding.equation {
            for term in equation.terms {
                guard let source = term.source else { continue }
                related.append(["location": location(source), "message": .string("\(term.name) = \(term.value)")])
            }
            if let source = equation.declaredSource, source != finding.location {
                related.append([
                    "location": location(source),
                    "message": .string("\(equation.declaredName) = \(equation.declared)"),
                ])
            }
        }
        for place in finding.related {
            related.append(["location": location(place.location), "message": .string(place.message.text(in: language))])
        }
        var object: JSONObject = [
            "range": range(finding.location),
            "severity": .integer(Self.severity(finding.severity)),
            "code": .string(finding.ruleID),
            "source": "taakboek",
            "message": .string(message),
        ]
        if let href = explanations?.uri(of: finding.ruleID, language: language) {
            object["codeDescription"] = ["href": .string(href)]
        }
        if !related.isEmpty { object["relatedInformation"] = .array(related) }
        return .object(object)
    }
}
