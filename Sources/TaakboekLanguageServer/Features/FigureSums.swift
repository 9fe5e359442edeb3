import TaakboekCore

/// The sums a figure of a period takes part in, laid out for a hover: each term's value and the
/// line it comes from, and what the sum gives.
struct FigureSums {
    let period: Period
    let records: MunicipalityRecords
    let catalogue: PlacementCatalogue
    let language: Language

    private var nl: Bool { language == .nl }

    private struct Term {
        let sign: String
        let name: String
        let value: Figure?
        let source: SourceLocation?
    }

    func markdown(for name: FigureName) -> String {
        var blocks: [String] = []
        let begin = term("", .achterstand_begin)
        let target = term("+", .taakstelling)
        switch name {
        case .achterstand_begin:
            blocks.append(sum("totaal", [begin, target], declared: .totaal, rule: "TB202"))
            blocks.append(sum("achterstand_eind", [begin, target, term("−", .gehuisvest)], declared: .achterstand_eind, rule: "TB201"))
            blocks.append(carried(from: period.id?.previous, into: true))
        case .taakstelling:
            blocks.append(sum("totaal", [begin, target], declared: .totaal, rule: "TB202"))
            blocks.append(sum("achterstand_eind", [begin, target, term("−", .gehuisvest)], declared: .achterstand_eind, rule: "TB201"))
        case .totaal:
            blocks.append(sum("totaal", [begin, target], declared: .totaal, rule: "TB202"))
        case .gehuisvest:
            blocks.append(sum("achterstand_eind", [begin, target, term("−", .gehuisvest)], declared: .achterstand_eind, rule: "TB201"))
            blocks.append(placements())
        case .achterstand_eind:
            blocks.append(sum("achterstand_eind", [begin, target, term("−", .gehuisvest)], declared: .achterstand_eind, rule: "TB201"))
            blocks.append(carried(from: period.id?.next, into: false))
        }
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func term(_ sign: String, _ name: FigureName) -> Term {
        let figure = period.figure(name)
        return Term(sign: sign, name: name.rawValue, value: figure?.value, source: figure?.location)
    }

    private func text(_ value: Figure?) -> String {
        switch value {
        case .known(let number): String(number)
        case .unknown: "onbekend"
        case nil: nl ? "(ontbreekt)" : "(missing)"
        }
    }

    private func table(_ rows: [(String, String, String)]) -> String {
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        let lines = rows.map { name, value, source in
            (name + String(repeating: " ", count: nameWidth - name.count) + "  "
                + String(repeating: " ", count: valueWidth - value.count) + value + "  " + source)
                .replacingTrailingSpaces()
        }
        return "```\n" + lines.joined(separator: "\n") + "\n```"
    }

    private func sum(_ result: String, _ terms: [Term], declared: FigureName, rule: String) -> String {
        let formula = "\(result) = " + terms.map { ($0.sign.isEmpty ? "" : $0.sign + " ") + $0.name }.joined(separator: " ")
        var rows = terms.map { ("\($0.sign.isEmpty ? " " : $0.sign) \($0.name)", text($0.value), $0.source?.shortDescription ?? "") }
        var total: Int? = 0
        for term in terms {
            guard case .known(let value)? = term.value, let sum = total else {
                total = nil
                break
            }
            let (next, overflow) =
                term.sign == "−" ? sum.subtractingReportingOverflow(value) : sum.addingReportingOverflow(value)
            total = overflow ? nil : next
        }
        rows.append(("= \(nl ? "berekend" : "computed")", total.map(String.init) ?? "—", ""))
        let stated = period.figure(declared)
        rows.append(("  \(declared.rawValue) (\(nl ? "opgegeven" : "declared"))", text(stated?.value), stated?.location.shortDescription ?? ""))
        return "**\(formula)** (\(rule))\n\n" + table(rows)
    }

    /// The backlog carried from the previous period into this one, or from this one into the next.
    private func carried(from other: PeriodID?, into: Bool) -> String {
        guard let other, let id = period.id else { return "" }
        let otherRecord = records.period(other)
        if into {
            let end = otherRecord?.figure(.achterstand_eind)
            let line = end.map { "\(text($0.value))  \($0.location.shortDescription)" } ?? (nl ? "geen periode \(other)" : "no period \(other)")
            return "**achterstand_begin (\(id)) = achterstand_eind (\(other))** (TB302)\n\n```\n\(line)\n```"
        }
        let start = otherRecord?.figure(.achterstand_begin)
        let line = start.map { "\(text($0.value))  \($0.location.shortDescription)" } ?? (nl ? "nog geen periode \(other)" : "no period \(other) yet")
        return "**achterstand_begin (\(other)) = achterstand_eind (\(id))** (TB302)\n\n```\n\(line)\n```"
    }

    /// gehuisvest against the persons of the counting placements (TB401).
    private func placements() -> String {
        guard let id = period.id else { return "" }
        let all = records.placements(in: id)
        let counting = all.filter { catalogue.counts($0) }
        var rows = counting.map { placement in
            ("  \(placement.id)", placement.personen.map { String($0.value) } ?? "", placement.personen?.location.shortDescription ?? "")
        }
        let total = counting.reduce(0) { $0 &+ ($1.personen?.value ?? 0) }
        rows.append(("= \(nl ? "meetellende plaatsingen" : "counting placements")", String(total), ""))
        let stated = period.figure(.gehuisvest)
        rows.append(("  gehuisvest (\(nl ? "opgegeven" : "declared"))", text(stated?.value), stated?.location.shortDescription ?? ""))
        var text = "**gehuisvest = \(nl ? "personen van de meetellende plaatsingen" : "persons of the counting placements")** (TB401)\n\n" + table(rows)
        let left = all.count - counting.count
        if left > 0 {
            text += "\n\n" + (nl ? "\(left) plaatsing(en) tellen niet mee (soort of datum)." : "\(left) placement(s) do not count (kind or date).")
        }
        if let reason = period.incompletePlacements?.value {
            text += "\n\n" + (nl ? "Plaatsingen onvolledig: \(reason)" : "Placements incomplete: \(reason)")
        }
        return text
    }

    /// For a placement's `personen`: its part in its period's gehuisvest.
    static func placementMarkdown(
        _ placement: Placement, records: MunicipalityRecords, catalogue: PlacementCatalogue, language: Language
    ) -> String {
        let nl = language == .nl
        guard let id = placement.folderPeriod else { return "" }
        let counts = catalogue.counts(placement)
        var text = counts
            ? (nl ? "Deze plaatsing telt mee voor gehuisvest van \(id)." : "This placement counts for gehuisvest of \(id).")
            : (nl ? "Deze plaatsing telt niet mee voor gehuisvest van \(id)." : "This placement does not count for gehuisvest of \(id).")
        if let period = records.period(id) {
            text += "\n\n" + FigureSums(period: period, records: records, catalogue: catalogue, language: language).placements()
        }
        return text
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
