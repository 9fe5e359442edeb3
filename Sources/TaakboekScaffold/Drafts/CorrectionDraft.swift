import TaakboekCore

/// `taakboek new correction`: `correcties/<JJJJ-MM>-<veld>-<periode>.yaml` (as the README's
/// example `2024-01-taakstelling-2023-II.yaml`) for a period that exists, closed or open (a
/// taakstelling lowered during its own half-year, as 2025-I's national number was), `van` filled
/// in from the period's current value. A correction passes `taakboek check` only once the period itself
/// carries the new value (the chain of corrections ends in it), so the command says to change
/// the period next.
public struct CorrectionDraft: Sendable {
    public var period: PeriodID
    public var field: FigureName?
    public var from: Figure?
    public var to: Figure?
    public var reason: String?
    public var source: String?
    public var date: PartialDate?
    public var name: String?

    public init(
        period: PeriodID, field: FigureName? = nil, from: Figure? = nil, to: Figure? = nil, reason: String? = nil,
        source: String? = nil, date: PartialDate? = nil, name: String? = nil
    ) {
        self.period = period
        self.field = field
        self.from = from
        self.to = to
        self.reason = reason
        self.source = source
        self.date = date
        self.name = name
    }

    public func draft(for target: DraftTarget, today: PartialDate) throws(SourceError) -> RecordDraft {
        let periodPath = RecordKind.period.folder(of: target.folder) + "/\(period).yaml"
        guard let record = target.records.period(period) else {
            throw SourceError(
                LocalizedText(
                    nl: "er is geen periode \(period) (\(periodPath)); een correctie hoort bij een bestaand halfjaar",
                    en: "there is no period \(period) (\(periodPath)); a correction belongs to an existing half-year"))
        }
        if let name, !FolderName.isValid(name) {
            throw SourceError(
                LocalizedText(
                    nl: "--naam '\(name)' is geen geldige bestandsnaam: gebruik kleine letters, cijfers en streepjes",
                    en: "--naam '\(name)' is not a valid file name: use lower-case letters, digits and hyphens"))
        }
        let date = self.date ?? today
        let current = field.flatMap { record.figure($0)?.value }
        let from = self.from ?? current
        if let from, let to, from == to {
            throw SourceError(
                LocalizedText(
                    nl: "--naar is gelijk aan de oude waarde (\(to.recordText)); een correctie verandert een cijfer",
                    en: "--naar equals the old value (\(to.recordText)); a correction changes a figure"))
        }
        let month = date.month.map { "\(date.year)-" + ($0 < 10 ? "0\($0)" : "\($0)") } ?? "\(date.year)"
        let base = name ?? "\(month)-\(field?.rawValue ?? "correctie")-\(period)"
        let path = try target.freeName(base, in: RecordKind.correction.folder(of: target.folder), chosen: name != nil)

        var notes: [LocalizedText] = []
        if !record.isClosed {
            notes.append(
                LocalizedText(
                    nl:
                        "periode \(period) is nog open: met deze correctie tonen rapporten en brieven tot \(date) de oude waarde en daarna de nieuwe, met de reden; een cijfer dat nog niet vaststond (zoals gehuisvest tijdens het halfjaar) past u gewoon aan, zonder correctie",
                    en:
                        "period \(period) is still open: with this correction, reports and letters show the old value until \(date) and the new one after it, with the reason; a figure that was not settled yet (such as gehuisvest during the half-year) is simply edited, without a correction"
                ))
        }
        var followUp: [LocalizedText] = []
        if let field {
            let target = to.map { " naar \($0.recordText)" } ?? ""
            let targetEN = to.map { " to \($0.recordText)" } ?? ""
            followUp.append(
                LocalizedText(
                    nl:
                        "Pas daarna \(field.rawValue) in \(periodPath) aan\(target) (en wat daaruit volgt, zoals achterstand_eind en de achterstand_begin van het volgende halfjaar), in dezelfde commit.",
                    en:
                        "Then change \(field.rawValue) in \(periodPath)\(targetEN) (and what follows from it, such as achterstand_eind and the next half-year's achterstand_begin), in the same commit."
                ))
        }

        var text = DraftText(schemaLineFor: path, kind: .correction)
        text.comment(
            record.isClosed
                ? "Correctie van een cijfer van een afgesloten halfjaar. Pas het cijfer ook aan in"
                : "Correctie van een cijfer van een halfjaar dat nog open is. Pas het cijfer ook aan in")
        text.comment("\(periodPath) en leg beide in één commit vast.")
        text.comment("Datum waarop de correctie is vastgesteld (JJJJ-MM-DD, of JJJJ-MM als de dag niet bekend is).")
        text.field("datum", "\(date)")
        text.field("periode", "\(period)")
        text.comment("Per gewijzigd cijfer de oude (van) en de nieuwe (naar) waarde; cijfers: achterstand_begin,")
        text.comment(
            "taakstelling, totaal, gehuisvest, achterstand_eind. Schrijf onbekend als een waarde echt niet bekend is.")
        if let field {
            text.raw("wijzigingen:")
            text.raw("  \(field.rawValue):")
            text.field("van", from?.recordText, indent: "    ")
            text.field("naar", to?.recordText, indent: "    ")
        } else {
            text.field("wijzigingen", nil)
            text.comment("  bijvoorbeeld:")
            text.comment("  gehuisvest:")
            text.comment("    van: 41")
            text.comment("    naar: 43")
        }
        text.comment("Waarom het cijfer wijzigt.")
        text.field("reden", reason.map(YAMLScalar.text))
        text.comment("Het stuk waarop de correctie berust, bijvoorbeeld een bericht van het COA.")
        text.field("bron", source.map(YAMLScalar.text))
        return RecordDraft(path: path, text: text.text, missing: text.missing, notes: notes, followUp: followUp)
    }
}
