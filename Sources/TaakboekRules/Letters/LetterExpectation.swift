import TaakboekCore

/// Which period figure a quoted letter figure stands for.
struct LetterSource {
    let period: PeriodID
    let figure: FigureName

    init(name: Letter.Quoted, period: PeriodID) {
        switch name {
        case .achterstand_begin: (self.period, figure) = (period, .achterstand_begin)
        case .taakstelling: (self.period, figure) = (period, .taakstelling)
        case .totaal: (self.period, figure) = (period, .totaal)
        case .gehuisvest: (self.period, figure) = (period, .gehuisvest)
        case .achterstand_eind: (self.period, figure) = (period, .achterstand_eind)
        case .taakstelling_volgende: (self.period, figure) = (period.next, .taakstelling)
        case .opgave_volgende: (self.period, figure) = (period.next, .totaal)
        }
    }
}

/// The values a letter may quote for a figure on its date. A `totaal` the record leaves out or
/// gives as `onbekend` is computed as achterstand_begin + taakstelling, both as they stood then
/// (the same answer as `Period.opgave`).
enum LetterExpectation {
    static func values(_ source: LetterSource, on date: PartialDate, record: Period, history: FigureHistory) -> Set<
        Figure
    > {
        let recorded =
            record.figure(source.figure) != nil
            ? history.values(period: source.period, figure: source.figure, on: date) : []
        guard source.figure == .totaal else { return recorded }
        // As `Period.opgave`: a known totaal stands; where it is `onbekend` or left out, the sum.
        if record.figure(.totaal) != nil && !recorded.contains(.unknown) { return recorded }
        let begins = history.values(period: source.period, figure: .achterstand_begin, on: date)
        let targets = history.values(period: source.period, figure: .taakstelling, on: date)
        var totals = recorded.filter { $0 != .unknown }
        for begin in begins {
            for target in targets {
                guard let b = begin.value, let t = target.value, let sum = CheckedArithmetic.sum([(1, b), (1, t)])
                else {
                    totals.insert(.unknown)
                    continue
                }
                totals.insert(.known(sum))
            }
        }
        return totals
    }
}
