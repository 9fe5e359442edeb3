/// A period record as it stood on a date: each figure with the corrections made after the date
/// undone (`FigureHistory`), and the corrections made by then, so that a report or a letter can
/// say that a figure was corrected, when, from what and why.
///
/// One value per figure, where `FigureHistory.values` may give two: a correction dated only to
/// a month (or a year) counts as made from the first day of that month (or year), as a placement
/// dated to the month counts from the month's first day. The letter rule TB601 accepts either
/// value on such a date, so a letter drafted from these figures passes the check.
public struct PeriodOnDate: Sendable {
    /// One correction of one figure that was made on or before the date.
    public struct Applied: Sendable, Equatable {
        public let period: PeriodID
        public let figure: FigureName
        /// The correction's `datum`; nil only in a record the schema refuses.
        public let date: PartialDate?
        public let from: Figure?
        public let to: Figure?
        public let reason: String?
        public let source: String?
        /// The correction's file, `records/<gemeente>/correcties/<naam>.yaml`.
        public let path: String
    }

    /// The record with every figure as it stood on `date`.
    public let record: Period
    public let date: PartialDate
    /// The corrections made by the date, in figure order, then date order.
    public let corrections: [Applied]

    /// The corrections of one figure made by the date, oldest first.
    public func corrections(of figure: FigureName) -> [Applied] {
        corrections.filter { $0.figure == figure }
    }
}

extension FigureHistory {
    /// The figure on `date` (see `PeriodOnDate` for a correction dated only to the month) and the
    /// corrections made by then; nil when the period or the figure is absent.
    public func value(period: PeriodID, figure: FigureName, on date: PartialDate) -> (
        value: Located<Figure>, made: [Step]
    )? {
        guard let current = municipality.period(period)?.figure(figure) else { return nil }
        var value = current
        var made = steps(period: period, figure: figure)
        while let last = made.last, let madeOn = last.correction.datum?.value, madeOn.isCertainlyAfter(date) {
            // Undone: the value before it is its `van` (absent only where the schema reports it).
            guard let van = last.change.van else { break }
            value = van
            made.removeLast()
        }
        return (value, made)
    }

    /// The period `id` as it stood on `date`; nil when the municipality has no record of it.
    public func period(_ id: PeriodID, on date: PartialDate) -> PeriodOnDate? {
        guard let record = municipality.period(id) else { return nil }
        var replaced: [FigureName: Located<Figure>] = [:]
        var applied: [PeriodOnDate.Applied] = []
        for figure in FigureName.allCases {
            guard let (value, made) = value(period: id, figure: figure, on: date) else { continue }
            replaced[figure] = value
            applied += made.map { step in
                PeriodOnDate.Applied(
                    period: id, figure: figure, date: step.correction.datum?.value, from: step.change.van?.value,
                    to: step.change.naar?.value, reason: step.correction.reden?.value,
                    source: step.correction.bron?.value, path: step.correction.path)
            }
        }
        return PeriodOnDate(record: record.replacingFigures(replaced), date: date, corrections: applied)
    }
}
