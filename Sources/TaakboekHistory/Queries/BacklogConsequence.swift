import TaakboekCore

/// What a changed achterstand_eind means for the next period: the end backlog of one half-year is
/// the start backlog of the next, so either the next period's achterstand_begin moved along in the
/// same change, or the two no longer match.
enum BacklogConsequence {
    /// The consequence of the change to the period record at `path`, when its achterstand_eind
    /// changed and the new state has a next period.
    static func of(_ path: String, folder: String, old: RecordTree, new: RecordTree) -> SemanticChange? {
        let oldRecords = old.municipalities.first { $0.folder == folder }
        guard let newRecords = new.municipalities.first(where: { $0.folder == folder }),
            let period = newRecords.periods.first(where: { $0.path == path }), let id = period.id
        else { return nil }
        let oldPeriod = oldRecords?.periods.first { $0.path == path }
        let end = period.figure(.achterstand_eind)?.value
        let oldEnd = oldPeriod?.figure(.achterstand_eind)?.value
        guard end != oldEnd, let next = newRecords.period(id.next) else { return nil }
        let oldNext = oldRecords?.period(id.next)
        let begin = next.figure(.achterstand_begin)?.value
        let oldBegin = oldNext?.figure(.achterstand_begin)?.value
        let moved = oldNext != nil && begin != oldBegin
        let note = message(
            period: id.description, next: id.next.description, end: end, begin: begin, oldBegin: oldBegin, moved: moved)
        return SemanticChange(
            kind: .consequence, record: .period, municipality: folder, path: next.path, period: id.next.description,
            field: FigureName.achterstand_begin.rawValue, old: oldBegin.map(value), new: begin.map(value), note: note,
            cause: path)
    }

    static func value(_ figure: Figure) -> SemanticChange.Value {
        SemanticChange.Value(text: figure.description, number: figure.value)
    }

    static func message(period: String, next: String, end: Figure?, begin: Figure?, oldBegin: Figure?, moved: Bool)
        -> LocalizedText
    {
        let endText = end?.description ?? "—"
        let beginText = begin?.description ?? "—"
        let movedText = "\(oldBegin?.description ?? "—") → \(beginText)"
        guard let endValue = end?.value, let beginValue = begin?.value else {
            return LocalizedText(
                nl:
                    "achterstand_begin van \(next) (\(beginText)) is niet te vergelijken met achterstand_eind van \(period) (\(endText)): een van beide is onbekend of ontbreekt",
                en:
                    "achterstand_begin of \(next) (\(beginText)) cannot be compared with achterstand_eind of \(period) (\(endText)): one of them is unknown or absent"
            )
        }
        switch (endValue == beginValue, moved) {
        case (true, true):
            return LocalizedText(
                nl: "achterstand_begin van \(next) is mee veranderd (\(movedText)) en sluit aan op \(period)",
                en: "achterstand_begin of \(next) moved along (\(movedText)) and matches \(period)")
        case (true, false):
            return LocalizedText(
                nl: "achterstand_begin van \(next) (\(beginText)) sluit nu aan op achterstand_eind van \(period)",
                en: "achterstand_begin of \(next) (\(beginText)) now matches achterstand_eind of \(period)")
        case (false, true):
            return LocalizedText(
                nl:
                    "achterstand_begin van \(next) is veranderd (\(movedText)) maar sluit niet aan: achterstand_eind van \(period) is \(endText), achterstand_begin van \(next) is \(beginText)",
                en:
                    "achterstand_begin of \(next) changed (\(movedText)) but does not match: achterstand_eind of \(period) is \(endText), achterstand_begin of \(next) is \(beginText)"
            )
        case (false, false):
            return LocalizedText(
                nl:
                    "achterstand_begin van \(next) is niet mee veranderd en sluit niet aan: achterstand_eind van \(period) is nu \(endText), achterstand_begin van \(next) is \(beginText)",
                en:
                    "achterstand_begin of \(next) did not move along and does not match: achterstand_eind of \(period) is now \(endText), achterstand_begin of \(next) is \(beginText)"
            )
        }
    }
}
