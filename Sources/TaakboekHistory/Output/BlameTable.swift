import TaakboekCore

/// The table `taakboek blame` prints: per field its value and the commit that set it (date,
/// author, message). Text and Markdown keep one short line per field; JSON and CSV the whole value
/// and the full commit id.
public enum BlameTable {
    public static func of(_ lines: [FieldBlame.Line], full: Bool) -> QueryTable {
        QueryTable(
            columns: [
                .init("veld", LocalizedText(nl: "Veld", en: "Field")),
                .init("waarde", LocalizedText(nl: "Waarde", en: "Value")),
                .init("commit", LocalizedText(nl: "Commit", en: "Commit")),
                .init("datum", LocalizedText(nl: "Datum", en: "Date")),
                .init("auteur", LocalizedText(nl: "Auteur", en: "Author")),
                .init("bericht", LocalizedText(nl: "Bericht", en: "Message")),
            ],
            rows: lines.map { line in
                // Text and Markdown keep one short line per field; JSON and CSV the whole value.
                let value = full ? line.value : short(line.value)
                guard let commit = line.commit else {
                    return [
                        .text(line.key), .text(full ? line.value : value), .missing, .missing, .missing, .missing,
                    ]
                }
                let id = full ? commit.id.hex : commit.id.short()
                return [
                    .text(line.key), .text(full ? line.value : value),
                    .text(line.atShallowBoundary && !full ? "≤" + id : id),
                    .text(HistoryPoint.dateText(commit.author.time.secondsSinceEpoch)), .text(commit.author.name),
                    .text(full ? commit.summary : short(commit.summary)),
                ]
            })
    }

    /// The first line of a value, cut at 48 characters.
    static func short(_ value: String) -> String {
        let firstLine = value.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        guard firstLine.count > 48 || firstLine.count < value.count else { return value }
        return String(firstLine.prefix(47)) + "…"
    }
}
