/// The kinds of deliberate inconsistency `ErrorPlanter` can plant, each aimed at one rule and
/// chosen so that its own file carries the finding.
enum PlantKind: CaseIterable {
    case backlogEquation, wrongFolder, totaal, letterFigure, missingOrigin, correctionChain
    case continuity, schemaLine, bsn, vNumber, tooMuchDoorstroom, expiredKind

    static let order: [PlantKind] = PlantKind.allCases

    var rule: String {
        switch self {
        case .backlogEquation: return "TB201"
        case .wrongFolder: return "TB107"
        case .totaal: return "TB202"
        case .letterFigure: return "TB601"
        case .missingOrigin: return "TB402"
        case .correctionChain: return "TB501"
        case .continuity: return "TB302"
        case .schemaLine: return "TB105"
        case .bsn: return "TB701"
        case .vNumber: return "TB702"
        case .tooMuchDoorstroom: return "TB403"
        case .expiredKind: return "TB404"
        }
    }

    func plant(
        in state: MunicipalityState, avoiding used: Set<String>,
        random: inout SeededRandom
    ) -> ErrorPlanter.Planted? {
        guard let (path, content) = target(in: state, avoiding: used, random: &random),
            !used.contains(path)
        else { return nil }
        return ErrorPlanter.Planted(path: path, rule: rule, changes: [.write(path: path, content: content)])
    }

    private func target(
        in state: MunicipalityState, avoiding used: Set<String>,
        random: inout SeededRandom
    ) -> (String, String)? {
        let open = state.periods[state.openIndex]
        switch self {
        case .backlogEquation:
            // A closed first half-year: no letter quotes its achterstand_eind.
            let candidates = state.periods.filter { $0.closed && $0.id.half == 1 && !used.contains(state.path(of: $0)) }
            guard var period = random.pick(candidates), let eind = period.eind else { return nil }
            period.eind = eind + 1
            return (state.path(of: period), period.render())
        case .totaal:
            let candidates = state.periods.filter { $0.id.half == 1 && !used.contains(state.path(of: $0)) }
            guard var period = candidates.first else { return nil }
            period.totaal += 1
            return (state.path(of: period), period.render())
        case .continuity:
            var period = open
            period.begin += 1
            period.totaal += 1
            return (state.path(of: period), period.render())
        case .letterFigure:
            guard var letter = random.pick(state.letters.filter { !used.contains(state.path(of: $0)) }) else {
                return nil
            }
            letter.figures.gehuisvest += 1
            return (state.path(of: letter), letter.render())
        case .correctionChain:
            let candidates = state.corrections.filter { !used.contains(state.path(of: $0)) }
            guard let chosen = random.pick(candidates) else { return nil }
            // The latest correction of that period, so its `naar` must be the current value.
            guard
                var latest = state.corrections.filter({ $0.periode == chosen.periode }).max(by: { $0.datum < $1.datum }
                ),
                !used.contains(state.path(of: latest)), !latest.changes.isEmpty
            else { return nil }
            latest.changes[0].naar += 1
            return (state.path(of: latest), latest.render())
        case .schemaLine:
            let text = state.info.render()
            guard let newline = text.firstIndex(of: "\n") else { return nil }
            return (state.info.path, String(text[text.index(after: newline)...]))
        case .bsn, .vNumber:
            let candidates = state.placements.filter { !used.contains(state.path(of: $0)) }
            guard var placement = random.pick(candidates) else { return nil }
            placement.opmerking =
                self == .bsn ? "Betreft 111222333 (testfout)." : "V-nummer 12345 genoteerd (testfout)."
            return (state.path(of: placement), placement.render())
        case .wrongFolder:
            // Dated in the half-year after the open one: no period counts it, only the folder is wrong.
            var placement = PlacementRecord(
                name: "verkeerde-map", period: open.id,
                date: open.id.lastDay.adding(days: 20), soort: .regulier, personen: 2)
            placement.locatie = "Woning in de wijk Noord"
            return (state.path(of: placement), placement.render())
        case .missingOrigin:
            var placement = PlacementRecord(
                name: "doorstroom-zonder-herkomst", period: open.id,
                date: open.id.firstDay.adding(days: 20), soort: .doorstroom, personen: 2)
            placement.uit = "\(open.id.name)/bestaat-niet"
            return (state.path(of: placement), placement.render())
        case .expiredKind:
            guard let end = Soort.har.lastValidDay, open.id.firstDay > end else { return nil }
            let placement = PlacementRecord(
                name: "har-na-einde-regeling", period: open.id,
                date: open.id.firstDay.adding(days: 30), soort: .har, personen: 3)
            return (state.path(of: placement), placement.render())
        case .tooMuchDoorstroom:
            let referenced = Set(state.placements.compactMap(\.uit))
            let hars = state.placements.filter { $0.soort == .har && !referenced.contains($0.id) }
            guard let har = random.pick(hars) else { return nil }
            let day = har.date.adding(days: 1)
            var placement = PlacementRecord(
                name: "doorstroom-te-veel", period: PeriodID(containing: day),
                date: day, soort: .doorstroom, personen: har.personen + 1)
            placement.uit = har.id
            return (state.path(of: placement), placement.render())
        }
    }
}
