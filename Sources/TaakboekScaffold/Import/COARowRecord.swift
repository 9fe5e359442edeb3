import TaakboekCore

/// `taakboek import coa`: a row of COA's monthly overview (peildatum, periode, taakstelling,
/// gerealiseerd, nog te realiseren) as `coa/<peildatum>.yaml`. The periode is required with the
/// peildatum: the overview of 1 January or 1 July may be about the half-year just ended or the
/// one just begun, so it cannot be derived. The peildatum must be the first day of a month and
/// lie in that half-year or be the day after it.
enum COARowRecord {
    static func record(_ context: ImportRowContext) throws(Refusal) -> ImportedRecord {
        let day: PartialDate
        switch CellReading.day(context.cell(.peildatum) ?? .empty) {
        case .success(let value): day = value
        case .failure(let refusal): throw refusal
        }
        guard day.day == 1 else {
            throw Refusal(
                nl: "de peildatum \(day) is niet de eerste dag van een maand; het COA publiceert per de 1e",
                en: "the peildatum \(day) is not the first day of a month; COA publishes on the 1st")
        }
        let period = try context.period()
        guard period.contains(day) || period.next.firstDay == day else {
            throw Refusal(
                nl: "de peildatum \(day) ligt niet in \(period) en is niet de dag erna (\(period.next.firstDay))",
                en: "the peildatum \(day) is not in \(period) nor the day after it (\(period.next.firstDay))")
        }
        let taakstelling = try context.figure(.taakstelling) ?? .unknown
        let gerealiseerd = try context.figure(.gerealiseerd) ?? .unknown
        try context.nonNegative(.gerealiseerd, gerealiseerd)
        let rest = try context.figure(.nog_te_realiseren) ?? .unknown
        let path = RecordKind.coa.folder(of: context.folder) + "/\(day).yaml"
        var text = DraftText(schemaLineFor: path, kind: .coa)
        text.field("peildatum", "\(day)")
        text.field("periode", "\(period)")
        text.field("taakstelling", taakstelling.recordText)
        text.field("gerealiseerd", gerealiseerd.recordText)
        text.field("nog_te_realiseren", rest.recordText)
        text.field("bron", YAMLScalar.text(context.source))
        if let remark = context.remark { text.field("opmerking", YAMLScalar.text(remark)) }
        return ImportedRecord(path: path, text: text.text)
    }
}
