import TaakboekCore

extension PeriodReport {
    /// " (gecorrigeerd op 15 maart 2025, was 20)" behind a row's label when the figure was
    /// corrected by the report's date (the latest correction); empty otherwise.
    func correctionMark(of figure: FigureName) -> LocalizedText {
        guard let last = corrections.last(where: { $0.period == period && $0.figure == figure }) else {
            return LocalizedText("")
        }
        return LocalizedText(nl: " (\(last.short.nl))", en: " (\(last.short.en))")
    }

    /// One sentence per correction record made by the report's date, with the figures it changed
    /// of this period and of the next period's taakstelling and totaal.
    var correctionSentences: [LocalizedText] {
        var groups: [[PeriodOnDate.Applied]] = []
        for correction in corrections {
            if let index = groups.firstIndex(where: { $0.first?.path == correction.path }) {
                groups[index].append(correction)
            } else {
                groups.append([correction])
            }
        }
        return groups.map(PeriodOnDate.Applied.sentence)
    }
}
