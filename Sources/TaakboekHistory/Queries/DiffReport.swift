import TaakboekCore

/// Prints a semantic diff: text for people (one heading per record, one line per field), and a
/// table for JSON (an array of change objects), CSV (one row per change) and Markdown.
public enum DiffReport {
    public static func render(
        _ changes: [SemanticChange], format: QueryFormat, language: Language, from old: LocalizedText,
        to new: LocalizedText
    ) -> String {
        switch format {
        case .text: text(changes, language: language, from: old, to: new)
        case .json, .csv: table(changes, language: language, coded: true).render(format, language: language)
        case .markdown, .html: table(changes, language: language, coded: false).render(format, language: language)
        }
    }

    public static let columns: [QueryTable.Column] = [
        .init("soort", LocalizedText(nl: "Soort", en: "Kind")),
        .init("record", LocalizedText(nl: "Record", en: "Record")),
        .init("gemeente", LocalizedText(nl: "Gemeente", en: "Municipality")),
        .init("pad", LocalizedText(nl: "Pad", en: "Path")),
        .init("periode", LocalizedText(nl: "Periode", en: "Period")),
        .init("veld", LocalizedText(nl: "Veld", en: "Field")),
        .init("oud", LocalizedText(nl: "Oud", en: "Old"), alignsRight: true),
        .init("nieuw", LocalizedText(nl: "Nieuw", en: "New"), alignsRight: true),
        .init("toelichting", LocalizedText(nl: "Toelichting", en: "Note")),
    ]

    /// `coded`: the kinds as stable Dutch codes and absent values as gaps (for programs); else
    /// the kinds in the chosen language and absent values as a dash (for documents).
    static func table(_ changes: [SemanticChange], language: Language, coded: Bool) -> QueryTable {
        QueryTable(
            columns: columns,
            rows: changes.map { change in
                [
                    .text(coded ? change.kind.rawValue : change.kind.title.text(in: language)),
                    .text(coded ? change.record.rawValue : change.record.displayName.text(in: language)),
                    .text(change.municipality),
                    .text(change.path),
                    change.period.map(QueryTable.Cell.text) ?? (coded ? .missing : .text("")),
                    change.field.map(QueryTable.Cell.text) ?? (coded ? .missing : .text("")),
                    cell(change.old, coded: coded),
                    cell(change.new, coded: coded),
                    change.note.map { .text($0.text(in: language)) } ?? (coded ? .missing : .text("")),
                ]
            })
    }

    static func cell(_ value: SemanticChange.Value?, coded: Bool) -> QueryTable.Cell {
        guard let value else { return coded ? .missing : .text(absent) }
        if let number = value.number { return .number(number) }
        return .text(coded ? value.text : shortened(value.text))
    }

    /// How text shows a value that is not there (a field added or removed).
    static let absent = "—"

    static func text(_ changes: [SemanticChange], language: Language, from old: LocalizedText, to new: LocalizedText)
        -> String
    {
        let between = LocalizedText(
            nl: "tussen \(old.nl) en \(new.nl)", en: "between \(old.en) and \(new.en)"
        ).text(in: language)
        guard !changes.isEmpty else {
            return LocalizedText(
                nl: "Geen inhoudelijke verschillen in de records \(between).\n",
                en: "No differences in the records \(between).\n"
            ).text(in: language)
        }
        var lines = [
            LocalizedText(nl: "Verschillen in de records \(between):", en: "Differences in the records \(between):")
                .text(in: language), "",
        ]
        var heading: String?
        for change in changes {
            let owner = change.cause ?? change.path
            if owner != heading {
                heading = owner
                let kind = change.kind == .consequence ? SemanticChange.Kind.changed : change.kind
                let period = change.cause == nil ? change.period.map { " \($0)" } ?? "" : ""
                lines.append(
                    "\(owner): \(change.record.displayName.text(in: language))\(period) \(kind.title.text(in: language))"
                )
            }
            switch change.kind {
            case .added, .removed:
                if let note = change.note?.text(in: language), !note.isEmpty { lines.append("  " + note) }
            case .changed:
                if let field = change.field {
                    lines.append("  \(field): \(show(change.old)) → \(show(change.new))")
                } else if let note = change.note {
                    lines.append("  " + note.text(in: language))
                }
            case .consequence:
                let label = LocalizedText(nl: "gevolg", en: "consequence").text(in: language)
                lines.append("  \(label): \(change.note?.text(in: language) ?? "")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func show(_ value: SemanticChange.Value?) -> String {
        value.map { shortened($0.text) } ?? absent
    }

    /// Long texts (a remark, a letter's body) on one line, cut after 60 characters.
    static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
