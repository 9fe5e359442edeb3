/// Corrections of a closed period, always together with the change they describe, so that the
/// arithmetic, the counting and every later period stay as they were:
///
/// - a late placement: taakstelling, totaal and gehuisvest +d with a new placement of d persons;
/// - a double count: taakstelling, totaal and gehuisvest −d with a placement of d persons removed.
///
/// The correction is dated after every letter sent so far (a letter quoted the old values, and
/// taakboek undoes corrections dated after a letter) and after every earlier correction (so the
/// chain of corrections has one order).
extension MunicipalityState {
    mutating func correctClosedPeriod(on day: CivilDay, random: inout SeededRandom) -> Edit? {
        let closedCount = periods.count - 1
        guard closedCount > 0 else { return nil }
        let index = random.between(max(0, closedCount - 6), closedCount - 1)
        var period = periods[index]
        guard let gehuisvest = period.gehuisvest else { return nil }
        var datum = day
        if let last = lastLetterDay, last >= datum { datum = last.adding(days: 1) }
        if let last = lastCorrectionDay, last >= datum { datum = last.adding(days: 1) }

        let removable = placements.indices.filter {
            let p = placements[$0]
            return p.period == period.id && p.soort.counts && p.soort != .har
                && p.personen <= min(period.taakstelling, gehuisvest)
        }
        var changes: [FileChange] = []
        let delta: Int
        let reden: String
        let kind: String
        if !removable.isEmpty && random.chance(35), let victim = random.pick(removable) {
            let removed = placements.remove(at: victim)
            delta = -removed.personen
            changes.append(.delete(path: path(of: removed)))
            kind = "dubbeltelling"
            reden =
                "Plaatsing \(removed.id) (\(Text.persons(removed.personen))) bleek dubbel geregistreerd; "
                + "het COA heeft de koppeling ook van de taakstelling afgetrokken."
        } else {
            delta = random.between(1, 4)
            let span = period.id.lastDay.number - period.id.firstDay.number
            var late = PlacementRecord(
                name: "nagekomen-\(Text.padded(corrections.count + 1, 2))", period: period.id,
                date: period.id.firstDay.adding(days: random.between(0, span)),
                soort: random.chance(60) ? .regulier : .nareiziger, personen: delta)
            late.huishoudens = 1
            late.locatie = random.pick(PlacementPlanner.regularLocations)
            late.bron = "Bericht van het COA van \(datum.dutch)"
            placements.append(late)
            changes.append(write(late))
            kind = "taakstelling"
            reden =
                "Een koppeling van \(Text.persons(delta)) is alsnog aan \(period.id.name) toegerekend; "
                + "zij zijn in dat halfjaar gehuisvest (plaatsing \(late.id))."
        }
        countingSum[index] += delta
        let changesOfFigures = [
            CorrectionRecord.Change(field: "taakstelling", van: period.taakstelling, naar: period.taakstelling + delta),
            CorrectionRecord.Change(field: "totaal", van: period.totaal, naar: period.totaal + delta),
            CorrectionRecord.Change(field: "gehuisvest", van: gehuisvest, naar: gehuisvest + delta),
        ]
        period.taakstelling += delta
        period.totaal += delta
        period.gehuisvest = gehuisvest + delta
        periods[index] = period
        let correction = CorrectionRecord(
            name: "\(datum.iso)-\(kind)-\(period.id.name)", datum: datum, periode: period.id,
            changes: changesOfFigures, reden: reden, bron: "Bericht van het COA van \(datum.dutch)")
        corrections.append(correction)
        lastCorrectionDay = datum
        changes.append(write(period))
        changes.append(.write(path: path(of: correction), content: correction.render()))
        let what = kind == "taakstelling" ? "taakstelling" : "dubbeltelling"
        return Edit(message: "Correctie \(what) \(period.id.name): \(folder)", changes: changes, corrects: period.id)
    }
}
