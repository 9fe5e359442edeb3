import JSON
import TaakboekCore
import TaakboekScaffold

/// The fixes the server offers for the findings in a range, each one edit a clerk applies with
/// one action: set a figure to the computed value, add or correct the schema line, convert the
/// line ends, create the missing (or the next) period, mark the period's placements incomplete.
struct CodeActionProvider {
    let workspace: Workspace
    let document: OpenDocument
    let language: Language
    /// The findings of the document, as the check gives them now.
    let findings: [Finding]
    /// Whether the client can create files through a workspace edit (`resourceOperations`).
    let canCreateFiles: Bool
    var diagnostics: DiagnosticBuilder

    private var nl: Bool { language == .nl }
    private var uri: String { document.uri }

    mutating func actions(fromLine first: Int, toLine last: Int) -> [JSONValue] {
        var actions: [JSONValue] = []
        let inRange = findings.filter { $0.location.line - 1 >= first && $0.location.line - 1 <= last }
        for finding in inRange {
            let diagnostic = diagnostics.diagnostic(finding)
            if let action = setToComputed(finding, diagnostic: diagnostic) { actions.append(action) }
            actions += setTermsToFit(finding, diagnostic: diagnostic)
            if let action = replaceLine(finding, diagnostic: diagnostic) { actions.append(action) }
            if let action = replaceText(finding, diagnostic: diagnostic) { actions.append(action) }
            switch finding.ruleID {
            case "TB105": actions += schemaLine(diagnostic)
            case "TB100" where document.text.contains("\r"): actions += lineEnds(diagnostic)
            case "TB301": actions += missingPeriods(diagnostic)
            case "TB401": actions += incompletePlacements(diagnostic)
            default: break
            }
        }
        // Without a finding: the next period of a period file, when it does not exist yet.
        if canCreateFiles, let next = nextPeriodAction() { actions.append(next) }
        return actions
    }

    // MARK: the edits

    private func range(line: Int, start: Int, end: Int) -> JSONValue {
        DiagnosticBuilder.range(line: line, start: start, end: end)
    }

    private func edit(_ edits: [JSONValue]) -> JSONValue {
        ["changes": .object(JSONObject([(uri, .array(edits))]))]
    }

    private func action(_ title: String, kind: String, diagnostic: JSONValue?, edit: JSONValue, preferred: Bool = false)
        -> JSONValue
    {
        var object: JSONObject = ["title": .string(title), "kind": .string(kind), "edit": edit]
        if let diagnostic { object["diagnostics"] = [diagnostic] }
        if preferred { object["isPreferred"] = true }
        return .object(object)
    }

    /// The declared value of an equation replaced by the computed one, where it is a number typed
    /// in this document.
    private func setToComputed(_ finding: Finding, diagnostic: JSONValue) -> JSONValue? {
        guard let equation = finding.equation, let source = equation.declaredSource, source.path == document.path,
            source.line > 0
        else { return nil }
        let line = source.line - 1
        let start = document.lines.utf16Offset(line: line, column: source.column)
        let end = document.lines.utf16Offset(line: line, column: source.column + source.length)
        let typed = document.lines.line(line).dropFirst(source.column - 1).prefix(source.length)
        guard typed == String(equation.declared) else { return nil }
        let name = equation.declaredName
        return action(
            nl ? "Zet \(name) op \(equation.computed) (berekend)" : "Set \(name) to \(equation.computed) (computed)",
            kind: "quickfix", diagnostic: diagnostic,
            edit: edit([["range": range(line: line, start: start, end: end), "newText": .string(String(equation.computed))]]),
            preferred: true)
    }

    /// The line as the finding says it should read (a text put in quotes, tabs as spaces).
    private func replaceLine(_ finding: Finding, diagnostic: JSONValue) -> JSONValue? {
        guard let replacement = finding.replacementLine, finding.location.path == document.path,
            finding.location.line > 0
        else { return nil }
        let line = finding.location.line - 1
        let length = document.lines.line(line).utf16.count
        return action(
            nl ? "Schrijf: \(replacement.trimmingLeadingSpaces)" : "Write: \(replacement.trimmingLeadingSpaces)",
            kind: "quickfix", diagnostic: diagnostic,
            edit: edit([["range": range(line: line, start: 0, end: length), "newText": .string(replacement)]]),
            preferred: true)
    }

    /// The finding's own place replaced by what it says was meant (`bedoelt u …?`).
    private func replaceText(_ finding: Finding, diagnostic: JSONValue) -> JSONValue? {
        let location = finding.location
        guard let replacement = finding.replacementText, location.path == document.path, location.line > 0 else {
            return nil
        }
        let line = location.line - 1
        let start = document.lines.utf16Offset(line: line, column: location.column)
        let end = document.lines.utf16Offset(line: line, column: location.column + location.length)
        return action(
            nl ? "Vervang door \(replacement)" : "Replace with \(replacement)", kind: "quickfix", diagnostic: diagnostic,
            edit: edit([["range": range(line: line, start: start, end: end), "newText": .string(replacement)]]),
            preferred: true)
    }

    /// For a period's own sum (TB201, TB202): each other figure of the record set to the value
    /// that makes the sum hold, for when the typing mistake is in a term (`gehuisvest: 40`).
    private func setTermsToFit(_ finding: Finding, diagnostic: JSONValue) -> [JSONValue] {
        guard finding.ruleID == "TB201" || finding.ruleID == "TB202", let equation = finding.equation,
            let records = workspace.records(of: Workspace.group(of: document.path)),
            let period = records.periods.first(where: { $0.path == document.path })
        else { return [] }
        return equation.terms.compactMap { term -> JSONValue? in
            guard let name = FigureName(rawValue: term.name), let source = term.source, source.path == document.path,
                source.line > 0, let value = CompletionProvider.computed(name, period), value != term.value
            else { return nil }
            let line = source.line - 1
            let typed = document.lines.line(line).dropFirst(source.column - 1).prefix(source.length)
            guard typed == String(term.value) else { return nil }
            let start = document.lines.utf16Offset(line: line, column: source.column)
            let end = document.lines.utf16Offset(line: line, column: source.column + source.length)
            return action(
                nl ? "Zet \(term.name) op \(value), zodat de som klopt" : "Set \(term.name) to \(value), so the sum holds",
                kind: "quickfix", diagnostic: diagnostic,
                edit: edit([["range": range(line: line, start: start, end: end), "newText": .string(String(value))]]))
        }
    }

    private func schemaLine(_ diagnostic: JSONValue) -> [JSONValue] {
        guard let kind = RecordPath.classify(document.path).recordKind else { return [] }
        let expected = RecordKind.schemaLine(forPath: document.path, kind: kind)
        let first = document.lines.line(0)
        let replaces = first.hasPrefix("# yaml-language-server:")
        // A letter's schema line stands inside its front matter, after the opening `---`.
        let line = kind == .letter && first == "---" ? 1 : 0
        let existing = document.lines.line(line)
        let textEdit: JSONValue =
            replaces || existing.hasPrefix("# yaml-language-server:")
            ? ["range": range(line: line, start: 0, end: existing.utf16.count), "newText": .string(expected)]
            : ["range": range(line: line, start: 0, end: 0), "newText": .string(expected + "\n")]
        return [
            action(
                nl ? "Schrijf de schemaregel: \(expected)" : "Write the schema line: \(expected)", kind: "quickfix",
                diagnostic: diagnostic, edit: edit([textEdit]), preferred: true)
        ]
    }

    private func lineEnds(_ diagnostic: JSONValue) -> [JSONValue] {
        let lines = (0..<document.lines.lineCount).map { String(document.lines.line($0)) }
        let last = document.lines.lineCount - 1
        let fullRange: JSONValue = [
            "start": ["line": 0, "character": 0],
            "end": ["line": .integer(last), "character": .integer(document.lines.line(last).utf16.count)],
        ]
        return [("LF", "\n"), ("CRLF (Windows)", "\r\n")].map { name, ending in
            action(
                nl ? "Zet alle regeleinden om naar \(name)" : "Convert every line end to \(name)", kind: "quickfix",
                diagnostic: diagnostic,
                edit: edit([["range": fullRange, "newText": .string(lines.joined(separator: ending))]]))
        }
    }

    /// A draft of period `id` for this municipality, as `taakboek new periode` writes it.
    private func periodDraft(_ id: PeriodID) -> RecordDraft? {
        let group = Workspace.group(of: document.path)
        guard let records = workspace.records(of: group) else { return nil }
        let target = DraftTarget(
            root: workspace.root, folder: group, records: records, catalogue: workspace.schemas.catalogue)
        return try? PeriodDraft(period: id).draft(for: target, today: DraftDate.today())
    }

    private func create(_ draft: RecordDraft, title: String, kind: String, diagnostic: JSONValue?) -> JSONValue {
        let newURI = DocumentURI.uri(ofPath: workspace.absolutePath(draft.path))
        let changes: JSONValue = [
            ["kind": "create", "uri": .string(newURI), "options": ["ignoreIfExists": true]],
            [
                "textDocument": ["uri": .string(newURI), "version": .null],
                "edits": [["range": range(line: 0, start: 0, end: 0), "newText": .string(draft.text)]],
            ],
        ]
        return action(title, kind: kind, diagnostic: diagnostic, edit: ["documentChanges": changes])
    }

    private func missingPeriods(_ diagnostic: JSONValue) -> [JSONValue] {
        guard canCreateFiles, let records = workspace.records(of: Workspace.group(of: document.path)) else { return [] }
        let ids = Set(records.periods.compactMap(\.id))
        guard let low = ids.min(), let high = ids.max() else { return [] }
        var missing: [PeriodID] = []
        var id = low
        while id < high, missing.count < 8 {
            if !ids.contains(id) { missing.append(id) }
            id = id.next
        }
        return missing.compactMap { id in
            periodDraft(id).map {
                create(
                    $0, title: nl ? "Maak de ontbrekende periode \(id) aan" : "Create the missing period \(id)",
                    kind: "quickfix", diagnostic: diagnostic)
            }
        }
    }

    private func nextPeriodAction() -> JSONValue? {
        guard RecordPath.classify(document.path).recordKind == .period,
            let records = workspace.records(of: Workspace.group(of: document.path)),
            let own = records.periods.first(where: { $0.path == document.path })?.id,
            records.period(own.next) == nil, let draft = periodDraft(own.next)
        else { return nil }
        return create(
            draft, title: nl ? "Maak de volgende periode \(own.next) aan" : "Create the next period \(own.next)",
            kind: "refactor", diagnostic: nil)
    }

    private func incompletePlacements(_ diagnostic: JSONValue) -> [JSONValue] {
        guard RecordPath.classify(document.path).recordKind == .period,
            !(0..<document.lines.lineCount).contains(where: { document.lines.line($0).hasPrefix("plaatsingen_onvolledig:") })
        else { return [] }
        // Before `bron:` or `opmerking:`, as the schema orders the keys; else at the end.
        let before = (0..<document.lines.lineCount).first {
            let line = document.lines.line($0)
            return line.hasPrefix("bron:") || line.hasPrefix("opmerking:")
        }
        let text =
            nl
            ? "plaatsingen_onvolledig:  # IN TE VULLEN: waarom niet elke plaatsing als record is vastgelegd\n"
            : "plaatsingen_onvolledig:  # IN TE VULLEN: why not every placement is recorded\n"
        let textEdit: JSONValue
        if let before {
            textEdit = ["range": range(line: before, start: 0, end: 0), "newText": .string(text)]
        } else {
            let last = document.lines.lineCount - 1
            let lastText = document.lines.line(last)
            textEdit = [
                "range": range(line: last, start: lastText.utf16.count, end: lastText.utf16.count),
                "newText": .string((lastText.isEmpty ? "" : "\n") + text),
            ]
        }
        return [
            action(
                nl
                    ? "Zeg dat niet alle plaatsingen zijn vastgelegd (plaatsingen_onvolledig, met de reden)"
                    : "Say that not every placement is recorded (plaatsingen_onvolledig, with the reason)",
                kind: "quickfix", diagnostic: diagnostic, edit: edit([textEdit]))
        ]
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
