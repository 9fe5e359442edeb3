import TaakboekCore

/// `taakboek new period`: `perioden/<JJJJ>-<I|II>.yaml` for the next half-year (or the one
/// given), its backlog at the start carried over from the previous period's end when that is
/// known, status `open`, and the figures for closing it as comments. With the taakstelling and a
/// known backlog it passes `taakboek check` as written.
public struct PeriodDraft: Sendable {
    public var period: PeriodID?
    public var achterstandBegin: Figure?
    public var taakstelling: Int?
    public var bron: String?

    public init(period: PeriodID? = nil, achterstandBegin: Figure? = nil, taakstelling: Int? = nil, bron: String? = nil)
    {
        self.period = period
        self.achterstandBegin = achterstandBegin
        self.taakstelling = taakstelling
        self.bron = bron
    }

    public func draft(for target: DraftTarget, today: PartialDate) throws(SourceError) -> RecordDraft {
        let periods = target.records.periods.compactMap(\.id)
        let id = period ?? periods.max()?.next ?? PeriodID(containing: today)
        let path = RecordKind.period.folder(of: target.folder) + "/\(id).yaml"
        guard !NewFile.exists(path, in: target.root), target.records.period(id) == nil else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "periode \(id) bestaat al (\(path)); taakboek overschrijft geen record. Pas dat bestand zelf aan",
                    en:
                        "period \(id) already exists (\(path)); taakboek does not overwrite a record. Edit that file yourself"
                ))
        }
        var notes: [LocalizedText] = []
        let previous = target.records.period(id.previous)
        var begin = achterstandBegin
        var beginHelp = [
            "Achterstand op \(ReportDates.long(id.backlogStartDate, .nl)) in personen; negatief is een voorsprong."
        ]
        if begin == nil, let previous {
            if let end = previous.figure(.achterstand_eind)?.value {
                begin = end
                beginHelp.append("Overgenomen van achterstand_eind van \(id.previous).")
            } else {
                beginHelp.append("Neem achterstand_eind van \(id.previous) over zodra dat halfjaar is afgesloten.")
            }
        } else if begin == nil {
            beginHelp.append("Schrijf onbekend als het cijfer echt niet bekend is.")
        }
        if let last = periods.filter({ $0 < id }).max(), last.distance(to: id) > 1 {
            notes.append(
                LocalizedText(
                    nl: "tussen \(last) en \(id) ontbreken perioden; de controle meldt dat (TB301) tot ze er zijn",
                    en: "periods are missing between \(last) and \(id); the check reports that (TB301) until they exist"
                ))
        }
        var text = DraftText(schemaLineFor: path, kind: .period)
        text.comment(
            "Halfjaar \(id): \(ReportDates.long(id.firstDay, .nl)) t/m \(ReportDates.long(id.lastDay, .nl)). Alle aantallen in personen."
        )
        text.field("periode", "\(id)")
        text.comment("open zolang het halfjaar loopt; afgesloten als de cijfers vaststaan (vul dan ook gehuisvest")
        text.comment("en achterstand_eind in). Een afgesloten halfjaar verandert daarna alleen met een correctie.")
        text.field("status", "open")
        beginHelp.forEach { text.comment($0) }
        text.field("achterstand_begin", begin?.recordText)
        text.comment("Taakstelling voor dit halfjaar zoals het Rijk die heeft vastgesteld.")
        text.field("taakstelling", taakstelling.map(String.init))
        if case .known(let start) = begin, let taakstelling,
            let total = CheckedArithmetic.sum([(1, start), (1, taakstelling)])
        {
            text.comment("Totaal te huisvesten (de opgave): achterstand_begin + taakstelling.")
            text.field("totaal", String(total))
        }
        text.comment("Bij het afsluiten (haal het #-teken weg):")
        text.comment("gehuisvest: personen die in dit halfjaar zijn gehuisvest en meetellen")
        text.comment("achterstand_eind: achterstand_begin + taakstelling − gehuisvest")
        text.optional(
            "bron", bron.map(YAMLScalar.text),
            explanation: "waar de cijfers vandaan komen, bijvoorbeeld het TVS van het COA")
        return RecordDraft(
            path: path, text: text.text, missing: text.missing, notes: notes,
            followUp: [
                LocalizedText(
                    nl: "Leg plaatsingen van dit halfjaar vast met taakboek new plaatsing --datum <datum> …",
                    en: "Record this half-year's placements with taakboek new placement --datum <date> …")
            ])
    }
}
