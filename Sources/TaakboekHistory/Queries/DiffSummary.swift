import TaakboekCore

/// `taakboek diff <base> <head> --format markdown`: the summary a reviewer of a pull request reads
/// first. The check result of the head comes first (the count of errors and warnings with the
/// findings, or "geen bevindingen"), then which periods' figures change, and which placements,
/// corrections, letters and municipality files are added, changed or removed.
public enum DiffSummary {
    /// The checker's findings on the head, compared with the base by the change rules.
    public struct HeadCheck: Sendable {
        public let findings: [Finding]

        public init(findings: [Finding]) { self.findings = findings }

        func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
    }

    /// At most this many findings are listed; the rest are counted.
    public static let listedFindings = 20

    public static func markdown(
        _ changes: [SemanticChange], check: HeadCheck?, language: Language, from old: LocalizedText,
        to new: LocalizedText
    ) -> String {
        func say(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en).text(in: language) }
        var lines = [say("## Records: van \(old.nl) naar \(new.nl)", "## Records: from \(old.en) to \(new.en)"), ""]
        if let check { lines += checkLines(check, of: new, language: language) + [""] }
        guard !changes.isEmpty else {
            lines.append(say("Geen inhoudelijke verschillen in de records.", "No differences in the records."))
            return lines.joined(separator: "\n") + "\n"
        }
        let periodChanges = changes.filter { $0.record == .period && ($0.kind == .changed || $0.kind == .consequence) }
        if !periodChanges.isEmpty {
            lines.append(say("### Gewijzigde perioden", "### Periods changed"))
            lines.append("")
            lines.append(
                say("| Gemeente | Periode | Veld | Oud | Nieuw |", "| Municipality | Period | Field | Old | New |"))
            lines.append("| --- | --- | --- | ---: | ---: |")
            for change in periodChanges where change.kind == .changed {
                let field = change.field ?? say("(hele record)", "(whole record)")
                let cells = [
                    change.municipality, change.period ?? "", field, DiffReport.show(change.old),
                    DiffReport.show(change.new),
                ]
                lines.append("| " + cells.map { Markdown.cell(Markdown.inline($0)) }.joined(separator: " | ") + " |")
            }
            let consequences = periodChanges.filter { $0.kind == .consequence }
            if !consequences.isEmpty { lines.append("") }
            for consequence in consequences {
                lines.append(
                    "- " + say("Gevolg: ", "Consequence: ")
                        + Markdown.inline(consequence.note?.text(in: language) ?? ""))
            }
            lines.append("")
        }
        let sections: [(RecordKind, LocalizedText)] = [
            (.period, LocalizedText(nl: "Nieuwe en verwijderde perioden", en: "Periods added and removed")),
            (.placement, LocalizedText(nl: "Plaatsingen", en: "Placements")),
            (.correction, LocalizedText(nl: "Correcties", en: "Corrections")),
            (.coa, LocalizedText(nl: "Standen van het COA", en: "COA figures")),
            (.letter, LocalizedText(nl: "Raadsbrieven", en: "Council letters")),
            (.municipality, LocalizedText(nl: "Gemeenten (gemeente.yaml)", en: "Municipalities (gemeente.yaml)")),
        ]
        for (kind, title) in sections {
            let items = recordLines(
                changes.filter { $0.record == kind }, periodsOnlyAddedOrRemoved: kind == .period, language: language)
            guard !items.isEmpty else { continue }
            lines += ["### " + title.text(in: language), ""] + items + [""]
        }
        return lines.joined(separator: "\n")
    }

    /// "**Controle van HEAD (abc1234): 1 fout, 0 waarschuwingen.**" and the findings, or "geen
    /// bevindingen". Notes (what could not be checked) are counted, not listed.
    static func checkLines(_ check: HeadCheck, of head: LocalizedText, language: Language) -> [String] {
        let errors = check.count(.error)
        let warnings = check.count(.warning)
        let notes = check.count(.note)
        let noteText =
            notes == 0
            ? LocalizedText("")
            : LocalizedText(
                nl: " (\(notes) \(notes == 1 ? "opmerking" : "opmerkingen"): wat niet kon worden gecontroleerd)",
                en: " (\(notes) \(notes == 1 ? "note" : "notes"): what could not be checked)")
        guard errors + warnings > 0 else {
            return [
                LocalizedText(
                    nl: "**Controle van \(head.nl): geen bevindingen.**\(noteText.nl)",
                    en: "**Check of \(head.en): no findings.**\(noteText.en)"
                ).text(in: language)
            ]
        }
        let counts = LocalizedText(
            nl:
                "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
            en: "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        var lines = [
            LocalizedText(
                nl: "**Controle van \(head.nl): \(counts.nl).**\(noteText.nl)",
                en: "**Check of \(head.en): \(counts.en).**\(noteText.en)"
            ).text(in: language), "",
        ]
        let listed = check.findings.filter { $0.severity != .note }
        for finding in listed.prefix(listedFindings) {
            lines.append(
                "- `\(finding.location.shortDescription)` \(finding.severity.label.text(in: language)) [\(finding.ruleID)] \(Markdown.inline(finding.message.text(in: language)))"
            )
        }
        if listed.count > listedFindings {
            let more = listed.count - listedFindings
            lines.append(
                LocalizedText(
                    nl: "- … en \(more) meer; `taakboek check` toont ze allemaal",
                    en: "- … and \(more) more; `taakboek check` shows them all"
                ).text(in: language))
        }
        return lines
    }

    /// One bullet per record: added and removed with their main fields, changed with its fields.
    static func recordLines(_ changes: [SemanticChange], periodsOnlyAddedOrRemoved: Bool, language: Language)
        -> [String]
    {
        var lines: [String] = []
        var current: String?
        for change in changes where change.kind != .consequence {
            if periodsOnlyAddedOrRemoved && change.kind == .changed { continue }
            let period = change.period.map { " (\($0))" } ?? ""
            switch change.kind {
            case .added, .removed:
                let note = change.note.map { ": " + Markdown.inline($0.text(in: language)) } ?? ""
                lines.append("- \(capitalised(change.kind.title.text(in: language))): `\(change.path)`\(period)\(note)")
                current = nil
            case .changed:
                if current != change.path {
                    lines.append("- \(capitalised(change.kind.title.text(in: language))): `\(change.path)`\(period)")
                    current = change.path
                }
                if let field = change.field {
                    lines.append(
                        "  - \(field): \(Markdown.inline(DiffReport.show(change.old))) → \(Markdown.inline(DiffReport.show(change.new)))"
                    )
                } else if let note = change.note {
                    lines.append("  - " + Markdown.inline(note.text(in: language)))
                }
            case .consequence:
                break
            }
        }
        return lines
    }

    static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
