import JSON
import TaakboekCore

/// How reports, tables and letters say that a figure was corrected: short, behind the figure
/// ("gecorrigeerd op 15 maart 2025, was 20"), and as a sentence with the reason and the source.
extension PeriodOnDate.Applied {
    /// "gecorrigeerd op 15 maart 2025, was 20" / "corrected on 15 March 2025, was 20".
    public var short: LocalizedText {
        let day = date.map(ReportDates.long) ?? LocalizedText(nl: "onbekende datum", en: "unknown date")
        let was = Self.figureText(from)
        return LocalizedText(nl: "gecorrigeerd op \(day.nl), was \(was.nl)", en: "corrected on \(day.en), was \(was.en)")
    }

    /// "taakstelling 2025-I: 20 → 17 (2025-03-15)", for a table cell.
    public var cell: LocalizedText {
        let from = Self.figureText(from)
        let to = Self.figureText(to)
        let day = date.map { " (\($0))" } ?? ""
        return LocalizedText(
            nl: "\(figure.rawValue) \(period): \(from.nl) → \(to.nl)\(day)",
            en: "\(figure.rawValue) \(period): \(from.en) → \(to.en)\(day)")
    }

    /// "Op 15 maart 2025 is de taakstelling van januari–juni 2025 (2025-I) gecorrigeerd van 20
    /// naar 17, en het totaal te huisvesten … van 23 naar 20 (reden: …; bron: …)." One sentence per
    /// correction record, for the figures of `changes` it changed (all from that record, in order).
    /// The reason and the source are the record's own text.
    public static func sentence(_ changes: [PeriodOnDate.Applied]) -> LocalizedText {
        guard let first = changes.first else { return LocalizedText("") }
        let on =
            first.date.map { day in
                let long = ReportDates.long(day)
                return LocalizedText(nl: "Op \(long.nl)", en: "On \(long.en)")
            } ?? LocalizedText(nl: "Op een onbekende datum", en: "On an unknown date")
        let parts = changes.map { change in
            let name = name(of: change.figure, in: change.period)
            let from = figureText(change.from)
            let to = figureText(change.to)
            return LocalizedText(nl: "\(name.nl) van \(from.nl) naar \(to.nl)", en: "\(name.en) from \(from.en) to \(to.en)")
        }
        let details = [
            first.reason.map { (LocalizedText(nl: "reden", en: "reason"), trimmed($0)) },
            first.source.map { (LocalizedText(nl: "bron", en: "source"), trimmed($0)) },
        ].compactMap { $0 }
        let detailsNL = details.isEmpty ? "" : " (" + details.map { "\($0.0.nl): \($0.1)" }.joined(separator: "; ") + ")"
        let detailsEN = details.isEmpty ? "" : " (" + details.map { "\($0.0.en): \($0.1)" }.joined(separator: "; ") + ")"
        let listNL = PeriodReport.list(parts.map(\.nl), and: "en")
        let listEN = PeriodReport.list(parts.map(\.en), and: "and")
        return LocalizedText(
            nl: "\(on.nl) is gecorrigeerd: \(listNL)\(detailsNL).",
            en: "Corrected \(on.en.prefix(1).lowercased() + on.en.dropFirst()): \(listEN)\(detailsEN).")
    }

    /// `{"periode", "veld", "datum", "van", "naar", "reden", "bron", "pad"}`; an unknown or absent
    /// value is null.
    public var json: JSONValue {
        let figure: (Figure?) -> JSONValue = { $0?.value.map { .integer($0) } ?? .null }
        return .object(
            JSONObject([
                ("periode", .string(period.description)), ("veld", .string(self.figure.rawValue)),
                ("datum", date.map { .string($0.description) } ?? .null), ("van", figure(from)),
                ("naar", figure(to)), ("reden", reason.map { .string($0) } ?? .null),
                ("bron", source.map { .string($0) } ?? .null), ("pad", .string(path)),
            ]))
    }

    /// A figure of a period as a sentence names it.
    static func name(of figure: FigureName, in period: PeriodID) -> LocalizedText {
        let months = ReportDates.months(period)
        switch figure {
        case .achterstand_begin:
            let start = ReportDates.long(period.backlogStartDate)
            return LocalizedText(nl: "de achterstand per \(start.nl)", en: "the backlog on \(start.en)")
        case .taakstelling:
            return LocalizedText(
                nl: "de taakstelling van \(months.nl) (\(period))", en: "the target for \(months.en) (\(period))")
        case .totaal:
            return LocalizedText(
                nl: "het totaal te huisvesten van \(months.nl) (\(period))",
                en: "the total to house for \(months.en) (\(period))")
        case .gehuisvest:
            return LocalizedText(
                nl: "het aantal gehuisvest in \(months.nl) (\(period))",
                en: "the number housed in \(months.en) (\(period))")
        case .achterstand_eind:
            let end = ReportDates.long(period.backlogEndDate)
            return LocalizedText(nl: "de achterstand per \(end.nl)", en: "the backlog on \(end.en)")
        }
    }

    /// A figure as text; `onbekend` is "unknown" in English, and an absent one a question mark.
    static func figureText(_ figure: Figure?) -> LocalizedText {
        switch figure {
        case .known(let value)?: LocalizedText(String(value))
        case .unknown?: LocalizedText(nl: "onbekend", en: "unknown")
        case nil: LocalizedText("?")
        }
    }

    /// Free text without the full stop and spaces it ends in (the sentence adds its own).
    static func trimmed(_ text: String) -> String {
        var text = Substring(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        while let last = text.last, last == "." || last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
