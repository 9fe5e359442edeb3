/// What a period's figure was on a date: its current value with every later correction undone.
///
/// Corrections of one period and field form a chain in date order: each `van` is the previous
/// `naar`, and the last `naar` is the current value. Undoing the corrections made after a date
/// gives the value on that date. Dates may be known only to the month or year; when a correction
/// may lie on either side of the date, both values are possible.
public struct FigureHistory: Sendable {
    public struct Step: Sendable {
        public let correction: Correction
        public let change: Correction.Change
    }

    public let municipality: MunicipalityRecords

    public init(_ municipality: MunicipalityRecords) {
        self.municipality = municipality
    }

    /// The corrections of one period's figure, in date order (then path order).
    public func steps(period: PeriodID, figure: FigureName) -> [Step] {
        municipality.corrections
            .filter { $0.periode?.value == period }
            .flatMap { correction in
                correction.changes.filter { $0.figure == figure }.map { Step(correction: correction, change: $0) }
            }
            .sorted {
                let left = $0.correction.datum?.value.earliestDayNumber ?? Int.min
                let right = $1.correction.datum?.value.earliestDayNumber ?? Int.min
                return (left, $0.correction.path) < (right, $1.correction.path)
            }
    }

    /// The values the figure may have had on `date`. Empty when the period does not exist or the
    /// figure is absent; more than one value only when a correction's date is too imprecise to tell.
    public func values(period: PeriodID, figure: FigureName, on date: PartialDate) -> Set<Figure> {
        guard let current = municipality.period(period)?.figure(figure)?.value else { return [] }
        var values: Set<Figure> = [current]
        for step in steps(period: period, figure: figure).reversed() {
            guard let correctionDate = step.correction.datum?.value else { continue }
            if correctionDate.isCertainlyAfter(date) {
                // Certainly made after the date: undo it.
                if let van = step.change.van?.value { values = [van] }
            } else if !correctionDate.isCertainlyBefore(date) && correctionDate.latestDayNumber > date.earliestDayNumber
            {
                // Could be either side of the date.
                if let van = step.change.van?.value { values.insert(van) }
            } else {
                break
            }
        }
        return values
    }
}
