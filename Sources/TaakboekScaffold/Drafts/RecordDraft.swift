import TaakboekCore

/// A new record as `taakboek new` writes it: the path, the text (the schema line, the fields a
/// clerk fills in and Dutch comments that say what goes where), and what is still to be done.
/// A field the options did not give is written empty (`taakstelling:  # IN TE VULLEN`): the
/// schema then reports it at its line until it is filled in, so an unfinished record cannot be
/// committed through the hook by accident.
public struct RecordDraft: Sendable {
    /// Relative to the repository's top folder.
    public let path: String
    public let text: String
    /// The fields written empty, in file order.
    public let missing: [String]
    /// Things to look out for (a missing period record, a kind no longer valid on the date, …).
    public let notes: [LocalizedText]
    /// What to do after filling in, besides `taakboek check` and committing.
    public let followUp: [LocalizedText]

    /// The text after a field left empty.
    static let toFillIn = "  # IN TE VULLEN"

    /// Writes the record under `root`; one that appeared meanwhile is never overwritten.
    public func write(in root: String) throws(SourceError) {
        guard try NewFile.write(text, to: path, in: root) == .written else {
            throw SourceError(
                LocalizedText(
                    nl: "\(path) bestaat al; taakboek overschrijft geen record",
                    en: "\(path) already exists; taakboek does not overwrite a record"))
        }
    }

    /// What the command prints after the path.
    public func guidance(in language: Language) -> String {
        var lines: [String] = []
        if missing.isEmpty {
            lines.append(
                LocalizedText(
                    nl:
                        "Alle verplichte velden zijn ingevuld; vul waar nodig de optionele velden aan (de regels met #).",
                    en: "Every required field is filled in; add optional fields where needed (the lines with #)."
                ).text(in: language))
        } else {
            let list = missing.joined(separator: ", ")
            lines.append(
                LocalizedText(
                    nl: "Nog in te vullen (nu leeg, met # IN TE VULLEN): \(list).",
                    en: "Still to fill in (now empty, marked # IN TE VULLEN): \(list)."
                ).text(in: language))
        }
        lines += notes.map { LocalizedText(nl: "Let op: \($0.nl)", en: "Note: \($0.en)").text(in: language) }
        lines += followUp.map { $0.text(in: language) }
        lines.append(
            LocalizedText(
                nl: "Daarna: taakboek check, en vastleggen met git add \(path) en git commit.",
                en: "Then: taakboek check, and commit with git add \(path) and git commit."
            ).text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Builds a record's text line by line.
struct DraftText {
    private(set) var lines: [String] = []
    private(set) var missing: [String] = []

    init(schemaLineFor path: String, kind: RecordKind) {
        lines.append(RecordKind.schemaLine(forPath: path, kind: kind))
    }

    mutating func comment(_ text: String) { lines.append("# " + text) }

    /// `name: value`, or `name:  # IN TE VULLEN` when the value is not known yet.
    mutating func field(_ name: String, _ value: String?, indent: String = "") {
        if let value {
            lines.append("\(indent)\(name): \(value)")
        } else {
            lines.append("\(indent)\(name):" + RecordDraft.toFillIn)
            missing.append(name)
        }
    }

    /// An optional field as a comment the clerk can turn into a line, or the line itself when given.
    mutating func optional(_ name: String, _ value: String?, explanation: String) {
        if let value {
            lines.append("\(name): \(value)")
        } else {
            lines.append("# \(name): \(explanation)")
        }
    }

    mutating func raw(_ line: String) { lines.append(line) }

    var text: String { lines.joined(separator: "\n") + "\n" }
}

extension Figure {
    /// As a record writes it: the number, or `onbekend`.
    var recordText: String { value.map(String.init) ?? Figure.unknownKeyword }
}
