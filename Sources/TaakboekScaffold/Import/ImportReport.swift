import TaakboekCore

/// What `taakboek import` did: a line per row (written, would be written, already there,
/// refused and why) and a summary. Exit status 1 when a row was refused.
public struct ImportReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        case written
        /// `--dry-run`: the text that would be written.
        case wouldWrite(String)
        /// The file is there with exactly this content (the same sheet imported again).
        case alreadyPresent
        case refused(LocalizedText)
    }

    public struct Row: Sendable {
        public let number: Int
        public let path: String?
        public let outcome: Outcome
    }

    public let file: String
    public let sheet: String
    public let header: Int
    public let unknownColumns: [String]
    public let dryRun: Bool
    public var rows: [Row] = []

    public var refused: Int { rows.filter { if case .refused = $0.outcome { true } else { false } }.count }

    public func text(in language: Language) -> String {
        var lines: [String] = []
        let nl = language == .nl
        lines.append(
            nl
                ? "\(file) (\(sheet)): kolomnamen in rij \(header)"
                : "\(file) (\(sheet)): column names in row \(header)")
        if !unknownColumns.isEmpty {
            let list = unknownColumns.map { "'\($0)'" }.joined(separator: ", ")
            lines.append(
                nl ? "kolommen die taakboek niet kent, overgeslagen: \(list)" : "columns taakboek does not know, skipped: \(list)")
        }
        for row in rows {
            let label = nl ? "rij \(row.number)" : "row \(row.number)"
            switch row.outcome {
            case .written: lines.append("\(label): \(row.path ?? "") \(nl ? "geschreven" : "written")")
            case .alreadyPresent:
                lines.append("\(label): \(row.path ?? "") \(nl ? "staat er al, met dezelfde inhoud" : "is already there, with the same content")")
            case .wouldWrite(let text):
                lines.append("\(label): \(nl ? "zou schrijven" : "would write") \(row.path ?? "")")
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 }
            case .refused(let reason):
                lines.append("\(label): \(nl ? "geweigerd" : "refused"): \(reason.text(in: language))")
            }
        }
        let count = { (match: (Outcome) -> Bool) in rows.filter { match($0.outcome) }.count }
        let written = count { $0 == .written }
        let would = count { if case .wouldWrite = $0 { true } else { false } }
        let present = count { $0 == .alreadyPresent }
        if nl {
            var parts = [dryRun ? "\(would) zou(den) worden geschreven" : "\(written) geschreven"]
            if present > 0 { parts.append("\(present) al aanwezig") }
            parts.append("\(refused) geweigerd")
            lines.append("\(rows.count) rij(en) gelezen: " + parts.joined(separator: ", ") + ".")
            if dryRun { lines.append("Proefdraai (--dry-run): er is niets geschreven.") }
            else if written > 0 { lines.append("Daarna: taakboek check, en vastleggen met git add records en git commit.") }
        } else {
            var parts = [dryRun ? "\(would) would be written" : "\(written) written"]
            if present > 0 { parts.append("\(present) already present") }
            parts.append("\(refused) refused")
            lines.append("\(rows.count) row(s) read: " + parts.joined(separator: ", ") + ".")
            if dryRun { lines.append("Dry run (--dry-run): nothing was written.") }
            else if written > 0 { lines.append("Then: taakboek check, and commit with git add records and git commit.") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
