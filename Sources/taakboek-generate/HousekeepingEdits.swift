/// The small edits that fill a realistic history between the routine ones: renaming a file,
/// taking a placement of the open period out for review and putting it back, and keeping the
/// open period's interim figures and the placements' sources up to date.
extension MunicipalityState {
    /// Renames one file without changing its content: a placement (never a HAR placement, which a
    /// doorstroom may name in `uit`) gets its kind in the name, a letter its full kind.
    mutating func renameOneFile(random: inout SeededRandom) -> Edit? {
        let placementCandidates = placements.indices.filter {
            placements[$0].soort != .har && !placements[$0].name.contains("-")
        }
        let letterCandidates = letters.indices.filter { letters[$0].name.contains("-raadsbrief-") }
        let total = placementCandidates.count + letterCandidates.count
        guard total > 0 else { return nil }
        let choice = random.below(total)
        if choice < placementCandidates.count {
            let index = placementCandidates[choice]
            let old = placements[index]
            var renamed = old
            renamed.name = "\(old.name)-\(old.soort.slug)"
            placements[index] = renamed
            return Edit(
                message: "Bestand hernoemd: \(folder) \(old.relativePath) → \(renamed.relativePath)",
                changes: [.delete(path: path(of: old)), write(renamed)])
        }
        let index = letterCandidates[choice - placementCandidates.count]
        let old = letters[index]
        var renamed = old
        renamed.name = "\(old.datum.iso)-raadsinformatiebrief-\(old.periode.name)"
        letters[index] = renamed
        return Edit(
            message: "Bestand hernoemd: \(folder) \(old.relativePath) → \(renamed.relativePath)",
            changes: [.delete(path: path(of: old)), .write(path: path(of: renamed), content: renamed.render())])
    }

    /// Whether a placement of the open period can be taken out for review.
    var canTakeOutForReview: Bool {
        pendingReadd == nil && reviewCandidates.count > 0
    }

    private var reviewCandidates: [Int] {
        let open = periods[openIndex].id
        return placements.indices.filter {
            placements[$0].period == open && placements[$0].soort.counts && placements[$0].soort != .har
        }
    }

    mutating func takeOutForReview(random: inout SeededRandom) -> Edit? {
        guard pendingReadd == nil, let index = random.pick(reviewCandidates) else { return nil }
        let removed = placements.remove(at: index)
        countingSum[openIndex] -= removed.personen
        pendingReadd = removed
        return Edit(
            message: "Plaatsing verwijderd in afwachting van controle: \(folder) \(removed.id)",
            changes: [.delete(path: path(of: removed))])
    }

    mutating func putBackAfterReview() -> Edit? {
        guard let pending = pendingReadd, pending.period == periods[openIndex].id else { return nil }
        pendingReadd = nil
        placements.append(pending)
        countingSum[openIndex] += pending.personen
        return Edit(
            message: "Plaatsing na controle opnieuw toegevoegd: \(folder) \(pending.id)",
            changes: [write(pending)])
    }

    /// Updates the open period's interim figures or a source of one of its placements.
    mutating func updateInterimState(on day: CivilDay) -> Edit {
        fillerCount += 1
        let open = periods[openIndex]
        let inOpen = placements.indices.filter { placements[$0].period == open.id }
        if fillerCount % 2 == 0, !inOpen.isEmpty {
            let index = inOpen[fillerCount / 2 % inOpen.count]
            placements[index].bron =
                "Overdrachtsformulier van de woningcorporatie, nagekeken op "
                + "\(day.dutch) (controle \(fillerCount))"
            return Edit(
                message: "Bron aangevuld: \(folder) \(placements[index].id)",
                changes: [write(placements[index])])
        }
        var period = open
        period.opmerking =
            "Tussenstand nr. \(fillerCount) op \(day.dutch): "
            + "\(countingSum[openIndex]) personen gehuisvest."
        periods[openIndex] = period
        return Edit(message: "Tussenstand bijgewerkt: \(folder) \(period.id.name)", changes: [write(period)])
    }
}
