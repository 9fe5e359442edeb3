import TaakboekCore

/// `taakboek import perioden`: a row of a municipality's history table (periode, achterstand
/// begin, taakstelling, optional totaal, gehuisvest, achterstand eind) as
/// `perioden/<periode>.yaml`. An empty cell is `onbekend` (an empty totaal is left out).
///
/// Status: a half-year that has ended (its last day before today) is `afgesloten` when the sheet
/// has both the gehuisvest and the achterstand eind column (an empty cell there is written
/// `onbekend`, as the shipped history of 2022-II to 2024-I does), since a closed period needs
/// both; otherwise, and for a half-year still running or to come, it is `open`, and an empty
/// gehuisvest or achterstand eind is left out rather than written `onbekend`: it is not known
/// *yet*.
enum PeriodRowRecord {
    static func record(_ context: ImportRowContext, today: PartialDate) throws(Refusal) -> ImportedRecord {
        let period = try context.period()
        let begin = try context.figure(.achterstand_begin) ?? .unknown
        let taakstelling = try context.figure(.taakstelling) ?? .unknown
        try context.nonNegative(.taakstelling, taakstelling)
        let totaal = try context.figure(.totaal)
        let gehuisvest = try context.figure(.gehuisvest)
        try context.nonNegative(.gehuisvest, gehuisvest)
        let end = try context.figure(.achterstand_eind)
        let ended = period.lastDay.isCertainlyBefore(today)
        let closed = ended && gehuisvest != nil && end != nil
        let path = RecordKind.period.folder(of: context.folder) + "/\(period).yaml"
        var text = DraftText(schemaLineFor: path, kind: .period)
        text.field("periode", "\(period)")
        text.field("status", closed ? "afgesloten" : "open")
        text.field("achterstand_begin", begin.recordText)
        text.field("taakstelling", taakstelling.recordText)
        // Optional, and the checker computes it when left out: an empty cell writes nothing.
        if case .known = totaal, let totaal { text.field("totaal", totaal.recordText) }
        for (name, figure) in [("gehuisvest", gehuisvest), ("achterstand_eind", end)] {
            guard let figure, closed || figure != .unknown else { continue }
            text.field(name, figure.recordText)
        }
        text.field("bron", YAMLScalar.text(context.source))
        if let remark = context.remark { text.field("opmerking", YAMLScalar.text(remark)) }
        return ImportedRecord(path: path, text: text.text)
    }
}
