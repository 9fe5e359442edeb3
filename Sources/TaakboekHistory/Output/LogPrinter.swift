import JSON
import TaakboekCore

/// Prints `taakboek log` entries as they come, in any format: text (one block per commit), JSON
/// (a streamed array of objects), CSV (one row per changed field), Markdown (one table row per
/// commit).
public struct LogPrinter: Sendable {
    public let format: QueryFormat
    public let language: Language
    private var json = JSONOutput.Stream()
    private var count = 0

    public init(format: QueryFormat, language: Language) {
        self.format = format
        self.language = language
    }

    private func text(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    /// What comes before the first entry.
    public func begin() -> String {
        switch format {
        case .csv: "commit,datum,auteur,bericht,pad,soort,veld,oud,nieuw\r\n"
        case .markdown, .html:  // html is not offered for log (QueryFormats does not offer it)
            text(
                "| Commit | Datum | Auteur | Bericht | Wijzigingen |\n| --- | --- | --- | --- | --- |\n",
                "| Commit | Date | Author | Message | Changes |\n| --- | --- | --- | --- | --- |\n")
        case .text, .json: ""
        }
    }

    public mutating func entry(_ entry: RecordLog.Entry) -> String {
        defer { count += 1 }
        let date = HistoryPoint.dateText(entry.commit.author.time.secondsSinceEpoch)
        switch format {
        case .text:
            var lines = [
                "commit \(entry.commit.id.hex)", "\(text("Auteur", "Author")): \(entry.commit.author.name)",
                "\(text("Datum", "Date")):  \(date)", "", "    \(entry.commit.summary)", "",
            ]
            lines.append("    " + describe(entry))
            for change in entry.changes { lines.append("    " + fieldLine(change)) }
            if entry.isShallowBoundary { lines.append("    " + shallowNote) }
            return (count == 0 ? "" : "\n") + lines.joined(separator: "\n") + "\n"
        case .json:
            var members: [(String, JSONValue)] = [
                ("commit", .string(entry.commit.id.hex)), ("auteur", .string(entry.commit.author.name)),
                ("email", .string(entry.commit.author.email)), ("datum", .string(date)),
                ("bericht", .string(entry.commit.summary)), ("pad", .string(entry.path)),
                ("soort", .string(entry.kind.rawValue)),
            ]
            members.append(("hernoemd_van", entry.renamedFrom.map(JSONValue.string) ?? .null))
            members.append(
                (
                    "wijzigingen",
                    .array(
                        entry.changes.map { change in
                            .object(
                                JSONObject([
                                    ("veld", .string(change.key)), ("oud", change.old.map(JSONValue.string) ?? .null),
                                    ("nieuw", change.new.map(JSONValue.string) ?? .null),
                                ]))
                        })
                ))
            members.append(("ondiepe_grens", .bool(entry.isShallowBoundary)))
            return json.element(.object(JSONObject(members)))
        case .csv:
            let prefix = [entry.commit.id.hex, date, entry.commit.author.name, entry.commit.summary, entry.path]
                .map(CSV.field).joined(separator: ",")
            let rows = entry.changes.isEmpty ? [nil] : entry.changes.map { Optional($0) }
            return rows.map { change in
                prefix + "," + entry.kind.rawValue + ","
                    + [change?.key ?? "", change?.old ?? "", change?.new ?? ""].map(CSV.field).joined(separator: ",")
                    + "\r\n"
            }.joined()
        case .markdown, .html:
            let changes = ([describe(entry)] + entry.changes.map(fieldLine)).joined(separator: "<br>")
            return "| "
                + [entry.commit.id.short(), date, entry.commit.author.name, entry.commit.summary, changes].map(
                    Markdown.cell
                ).joined(separator: " | ") + " |\n"
        }
    }

    /// What comes after the last entry: the end of the JSON array, or a note when nothing was found.
    public func end(path: String, reachedShallowBoundary: Bool) -> String {
        switch format {
        case .json: return json.end()
        case .text where count == 0:
            return text(
                "geen commits gevonden die \(path) wijzigen\n", "no commits found that change \(path)\n")
        case .text where reachedShallowBoundary:
            return "\n" + shallowNote + "\n"
        default: return ""
        }
    }

    private var shallowNote: String {
        text(
            "(ondiepe kloon: oudere geschiedenis ontbreekt hier; haal die op met git fetch --unshallow)",
            "(shallow clone: older history is missing here; fetch it with git fetch --unshallow)")
    }

    private func describe(_ entry: RecordLog.Entry) -> String {
        if let from = entry.renamedFrom {
            return text("hernoemd van \(from)", "renamed from \(from)") + " (\(entry.path))"
        }
        switch entry.kind {
        case .added: return text("toegevoegd: \(entry.path)", "added: \(entry.path)")
        case .deleted: return text("verwijderd: \(entry.path)", "deleted: \(entry.path)")
        case .changed: return text("gewijzigd: \(entry.path)", "changed: \(entry.path)")
        }
    }

    private func fieldLine(_ change: FieldChange) -> String {
        "\(change.key): \(shown(change.old)) → \(shown(change.new))"
    }

    /// A value as one line: long or multi-line values (a letter's text) are summarised.
    private func shown(_ value: String?) -> String {
        guard let value else { return "—" }
        if value.contains("\n") || value.count > 60 {
            return text("(\(value.count) tekens)", "(\(value.count) characters)")
        }
        return value.isEmpty ? "\"\"" : value
    }
}
