import TaakboekCore

/// `taakboek new coa`: `coa/<peildatum>.yaml` with COA's three figures of one month's overview.
/// The peildatum is the first day of a month (by default the current month's); the period is the
/// half-year it lies in unless given (the overview of 1 January or 1 July may still be about the
/// half-year that just ended, so the draft says so). `nog_te_realiseren` follows from the other
/// two when it is not given.
public struct COADraft: Sendable {
    public var peildatum: PartialDate?
    public var period: PeriodID?
    public var taakstelling: Figure?
    public var gerealiseerd: Figure?
    public var nogTeRealiseren: Figure?
    public var source: String?

    public init(
        peildatum: PartialDate? = nil, period: PeriodID? = nil, taakstelling: Figure? = nil,
        gerealiseerd: Figure? = nil, nogTeRealiseren: Figure? = nil, source: String? = nil
    ) {
        self.peildatum = peildatum
        self.period = period
        self.taakstelling = taakstelling
        self.gerealiseerd = gerealiseerd
        self.nogTeRealiseren = nogTeRealiseren
        self.source = source
    }

    public func draft(for target: DraftTarget, today: PartialDate) throws(SourceError) -> RecordDraft {
        let day = peildatum ?? PartialDate(year: today.year, month: today.month ?? 1, day: 1)
        guard day.day == 1, day.month != nil else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "--peildatum \(day) is niet de eerste dag van een maand; het COA publiceert zijn overzicht op de eerste van elke maand (bijvoorbeeld \(PartialDate(year: day.year, month: day.month ?? 1, day: 1)))",
                    en:
                        "--peildatum \(day) is not the first day of a month; COA publishes its overview on the first of each month (for example \(PartialDate(year: day.year, month: day.month ?? 1, day: 1)))"
                ))
        }
        let period = self.period ?? PeriodID(containing: day)
        guard day.earliestDayNumber >= period.firstDay.earliestDayNumber,
            day.earliestDayNumber <= period.next.firstDay.earliestDayNumber
        else {
            throw SourceError(
                LocalizedText(
                    nl: "peildatum \(day) ligt niet in \(period) en is ook niet de dag erna; kies de periode die het overzicht noemt",
                    en: "peildatum \(day) is not in \(period) nor the day after it; choose the period the overview names"))
        }
        let path = RecordKind.coa.folder(of: target.folder) + "/\(day).yaml"
        if NewFile.exists(path, in: target.root) {
            throw SourceError(
                LocalizedText(
                    nl: "\(path) bestaat al; taakboek overschrijft geen record (pas het bestaande record aan als het overzicht is herzien)",
                    en: "\(path) already exists; taakboek does not overwrite a record (edit the existing record if the overview was revised)"))
        }
        var rest = nogTeRealiseren
        if rest == nil, let target = taakstelling?.value, let realised = gerealiseerd?.value {
            rest = CheckedArithmetic.sum([(1, target), (-1, realised)]).map(Figure.known)
        }

        var notes: [LocalizedText] = []
        let record = target.records.period(period)
        if record == nil {
            notes.append(
                LocalizedText(
                    nl: "er is nog geen periode \(period) in de records; taakboek check meldt dat tot ze er is (taakboek new period)",
                    en: "there is no period \(period) in the records yet; taakboek check reports it until there is (taakboek new period)"))
        }
        if self.period == nil && day.month.map({ $0 == 1 || $0 == 7 }) == true {
            notes.append(
                LocalizedText(
                    nl:
                        "het overzicht van \(day) kan nog over \(period.previous) gaan; geef dan --periode \(period.previous)",
                    en: "the overview of \(day) may still be about \(period.previous); then give --periode \(period.previous)"))
        }

        var text = DraftText(schemaLineFor: path, kind: .coa)
        text.comment("De cijfers van het COA voor één gemeente en één halfjaar, zoals het overzicht per gemeente")
        text.comment("ze op de eerste dag van de maand geeft. Neem ze over zoals ze er staan; verschillen met de")
        text.comment("eigen records toont taakboek reconcile.")
        text.field("peildatum", "\(day)")
        text.field("periode", "\(period)")
        text.comment("Taakstelling van het COA (gecorrigeerd): achterstand of voorsprong aan het begin plus het nieuwe aantal.")
        if let opgave = record?.opgave().value {
            text.comment("Volgens de records is achterstand_begin + taakstelling van \(period) nu \(opgave).")
        }
        text.field("taakstelling", taakstelling?.recordText)
        text.field("gerealiseerd", gerealiseerd?.recordText)
        text.comment("Nog te realiseren = taakstelling − gerealiseerd (negatief is een voorsprong).")
        text.field("nog_te_realiseren", rest?.recordText)
        text.comment("Waar de cijfers vandaan komen.")
        text.field(
            "bron",
            YAMLScalar.text(
                source ?? "COA, overzicht huisvesting vergunninghouders per gemeente (peildatum \(ReportDates.long(day, .nl)))"))
        return RecordDraft(path: path, text: text.text, missing: text.missing, notes: notes, followUp: [])
    }
}
