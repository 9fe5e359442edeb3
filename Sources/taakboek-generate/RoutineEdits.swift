/// The edits of the ordinary course of a half-year: recording a placement, closing the period
/// (and opening the next), and sending the council letter.
extension MunicipalityState {
    mutating func addPlannedPlacement(period: Int, placement: Int) -> Edit {
        let record = plan.periods[period].placements[placement].record
        placements.append(record)
        if record.soort.counts { countingSum[period] += record.personen }
        return Edit(message: "Plaatsing toegevoegd: \(folder) \(record.id)", changes: [write(record)])
    }

    /// Closes the open period with the figures its placements give, and opens the next one.
    mutating func closeOpenPeriod() -> Edit {
        var changes: [FileChange] = []
        let index = openIndex
        if let pending = pendingReadd, pending.period == periods[index].id {
            // Never close with a placement still out for review: it goes back in first.
            pendingReadd = nil
            placements.append(pending)
            countingSum[index] += pending.personen
            changes.append(write(pending))
        }
        var period = periods[index]
        period.closed = true
        period.gehuisvest = countingSum[index]
        period.eind = period.begin + period.taakstelling - countingSum[index]
        period.opmerking = nil
        periods[index] = period
        let nextPlan = plan.periods[index + 1]
        let next = PeriodRecord(id: nextPlan.id, begin: period.eind ?? 0, taakstelling: nextPlan.taakstelling)
        periods.append(next)
        changes.append(write(period))
        changes.append(write(next))
        return Edit(message: "Periode \(period.id.name) afgesloten: \(folder)", changes: changes)
    }

    /// The council letter on a closed period, quoting the records as they stand now.
    mutating func sendLetter(period index: Int, on day: CivilDay) -> Edit {
        let period = periods[index]
        let next = periods[index + 1]
        var datum = day
        if let last = lastCorrectionDay, last > datum { datum = last }
        let figures = LetterRecord.Figures(
            begin: period.begin, taakstelling: period.taakstelling, totaal: period.totaal,
            gehuisvest: period.gehuisvest ?? 0, eind: period.eind ?? 0,
            taakstellingVolgende: next.taakstelling, opgaveVolgende: next.totaal)
        let letter = LetterRecord(
            name: "\(datum.iso)-raadsbrief-\(period.id.name)", datum: datum,
            periode: period.id, gemeente: info.naam, figures: figures)
        letters.append(letter)
        lastLetterDay = datum
        return Edit(
            message: "Raadsbrief \(period.id.name): \(folder)",
            changes: [.write(path: path(of: letter), content: letter.render())])
    }
}
