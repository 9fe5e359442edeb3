import JSON
import TaakboekCore

extension ReconciliationReport {
    public func render(_ format: QueryFormat, language: Language) -> String {
        let lines = entries.map { ($0, ReconciliationLines($0.reconciliation)) }
        switch format {
        case .json:
            return JSONOutput.array(lines.map { json($0.0, $0.1, language: language) }) + "\n"
        case .csv:
            return csvTable(lines, language: language).render(.csv, language: language)
        case .markdown:
            return lines.map { markdown($0.0, $0.1, language: language) }.joined(separator: "\n")
        case .text, .html:
            return lines.map { text($0.0, $0.1, language: language) }.joined(separator: "\n")
        }
    }

    private func figureTable(_ lines: ReconciliationLines) -> QueryTable {
        QueryTable(
            columns: [
                .init("cijfer", LocalizedText(nl: "Cijfer", en: "Figure")),
                .init("coa", LocalizedText("COA"), alignsRight: true),
                .init("records", LocalizedText(nl: "Records", en: "Records"), alignsRight: true),
                .init("verschil", LocalizedText(nl: "Verschil", en: "Difference"), alignsRight: true),
            ],
            rows: lines.figures.map { line in
                [
                    .text(line.title.nl), cell(line.coa), cell(line.records),
                    line.difference.map { .text(signed($0)) } ?? .missing,
                ]
            })
    }

    private func placementTable(_ placements: [Placement]) -> QueryTable {
        QueryTable(
            columns: [
                .init("datum", LocalizedText(nl: "Datum", en: "Date")),
                .init("plaatsing", LocalizedText(nl: "Plaatsing", en: "Placement")),
                .init("soort", LocalizedText(nl: "Soort", en: "Kind")),
                .init("personen", LocalizedText(nl: "Personen", en: "Persons"), alignsRight: true),
                .init("bestand", LocalizedText(nl: "Bestand", en: "File")),
            ],
            rows: placements.map { placement in
                [
                    placement.datum.map { .text($0.value.description) } ?? .missing, .text(placement.id),
                    placement.soort.map { .text($0.value) } ?? .missing, cell(placement.personen?.value),
                    .text(placement.personen?.location.shortDescription ?? placement.path),
                ]
            })
    }

    private func text(_ entry: Entry, _ lines: ReconciliationLines, language: Language) -> String {
        let snapshot = entry.reconciliation.snapshot
        var out = "\(entry.name): " + lines.title.text(in: language) + "\n"
        out += (language == .nl ? "COA-stand: " : "COA figures: ") + snapshot.path
        if let bron = snapshot.bron?.value { out += " (" + (language == .nl ? "bron: " : "source: ") + bron + ")" }
        out += "\n\n" + localized(figureTable(lines), lines, language).render(.text, language: language)
        for side in ReconciliationLines.Side.allCases {
            let placements = lines.placements(side)
            if side != .before && placements.isEmpty { continue }
            out += "\n" + side.title(entry.reconciliation.peildatum).text(in: language) + ":\n"
            if placements.isEmpty {
                out += language == .nl ? "geen\n" : "none\n"
            } else {
                out += placementTable(placements).render(.text, language: language)
            }
        }
        out += "\n" + (language == .nl ? "Te controleren:" : "To check:") + "\n"
        out += lines.checks.map { "- " + $0.text(in: language) + "\n" }.joined()
        return out
    }

    private func markdown(_ entry: Entry, _ lines: ReconciliationLines, language: Language) -> String {
        let snapshot = entry.reconciliation.snapshot
        var out = "## " + Markdown.cell("\(entry.name): " + lines.title.text(in: language)) + "\n\n"
        out += (language == .nl ? "COA-stand: `" : "COA figures: `") + snapshot.path + "`"
        if let bron = snapshot.bron?.value {
            out += " (" + (language == .nl ? "bron: " : "source: ") + Markdown.inline(bron) + ")"
        }
        out += "\n\n" + localized(figureTable(lines), lines, language).render(.markdown, language: language)
        for side in ReconciliationLines.Side.allCases {
            let placements = lines.placements(side)
            if side != .before && placements.isEmpty { continue }
            out += "\n### " + Markdown.cell(side.title(entry.reconciliation.peildatum).text(in: language)) + "\n\n"
            out +=
                placements.isEmpty
                ? (language == .nl ? "Geen.\n" : "None.\n") : placementTable(placements).render(.markdown, language: language)
        }
        out += "\n### " + (language == .nl ? "Te controleren" : "To check") + "\n\n"
        out += lines.checks.map { "- " + Markdown.inline($0.text(in: language)) + "\n" }.joined()
        return out
    }

    /// The figure table with its first column in the language asked for.
    private func localized(_ table: QueryTable, _ lines: ReconciliationLines, _ language: Language) -> QueryTable {
        var table = table
        for index in table.rows.indices { table.rows[index][0] = .text(lines.figures[index].title.text(in: language)) }
        return table
    }

    private func json(_ entry: Entry, _ lines: ReconciliationLines, language: Language) -> JSONValue {
        let reconciliation = entry.reconciliation
        let number: (Int?) -> JSONValue = { $0.map { .integer($0) } ?? .null }
        let figures = lines.figures.map { line -> (String, JSONValue) in
            (
                line.key,
                .object(
                    JSONObject([
                        ("coa", number(line.coa)), ("records", number(line.records)),
                        ("verschil", number(line.difference)),
                    ]))
            )
        }
        let sides = ReconciliationLines.Side.allCases.map { side -> (String, JSONValue) in
            (side.rawValue, .array(lines.placements(side).map(placementJSON)))
        }
        return .object(
            JSONObject([
                ("gemeente", .string(entry.name)),
                ("map", .string(entry.folder)),
                ("periode", .string(reconciliation.period.description)),
                ("peildatum", .string(reconciliation.peildatum.description)),
                ("bestand", .string(reconciliation.snapshot.path)),
                ("bron", reconciliation.snapshot.bron.map { .string($0.value) } ?? .null),
                ("cijfers", .object(JSONObject(figures))),
                ("plaatsingen", .object(JSONObject(sides))),
                ("plaatsingen_onvolledig", reconciliation.placementsIncomplete.map { .string($0.value) } ?? .null),
                ("te_controleren", .array(lines.checks.map { .string($0.text(in: language)) })),
                ("verschillen", .bool(lines.figures.contains { ($0.difference ?? 0) != 0 })),
            ]))
    }

    private func placementJSON(_ placement: Placement) -> JSONValue {
        .object(
            JSONObject([
                ("plaatsing", .string(placement.id)),
                ("datum", placement.datum.map { .string($0.value.description) } ?? .null),
                ("soort", placement.soort.map { .string($0.value) } ?? .null),
                ("personen", placement.personen.map { .integer($0.value) } ?? .null),
                ("bestand", .string(placement.path)),
                ("regel", placement.personen.map { .integer($0.location.line) } ?? .null),
            ]))
    }

    /// One table for a spreadsheet: the three figures, then the placements, then what to check,
    /// each row saying which part of the reconciliation it is.
    private func csvTable(_ lines: [(Entry, ReconciliationLines)], language: Language) -> QueryTable {
        var table = QueryTable(columns: [
            .init("gemeente", LocalizedText(nl: "Gemeente", en: "Municipality")),
            .init("periode", LocalizedText(nl: "Periode", en: "Period")),
            .init("peildatum", LocalizedText(nl: "Peildatum", en: "Reference date")),
            .init("onderdeel", LocalizedText(nl: "Onderdeel", en: "Part")),
            .init("cijfer", LocalizedText(nl: "Cijfer", en: "Figure")),
            .init("coa", LocalizedText("COA")),
            .init("records", LocalizedText(nl: "Records", en: "Records")),
            .init("verschil", LocalizedText(nl: "Verschil", en: "Difference")),
            .init("datum", LocalizedText(nl: "Datum", en: "Date")),
            .init("plaatsing", LocalizedText(nl: "Plaatsing", en: "Placement")),
            .init("soort", LocalizedText(nl: "Soort", en: "Kind")),
            .init("personen", LocalizedText(nl: "Personen", en: "Persons")),
            .init("bestand", LocalizedText(nl: "Bestand", en: "File")),
            .init("te_controleren", LocalizedText(nl: "Te controleren", en: "To check")),
        ])
        for (entry, entryLines) in lines {
            let reconciliation = entry.reconciliation
            let lead: [QueryTable.Cell] = [
                .text(entry.name), .text(reconciliation.period.description),
                .text(reconciliation.peildatum.description),
            ]
            for line in entryLines.figures {
                table.rows.append(
                    lead + [
                        .text("cijfer"), .text(line.key), cell(line.coa), cell(line.records), cell(line.difference),
                        .missing, .missing, .missing, .missing, .text(reconciliation.snapshot.path), .missing,
                    ])
            }
            for side in ReconciliationLines.Side.allCases {
                for placement in entryLines.placements(side) {
                    table.rows.append(
                        lead + [
                            .text(side.rawValue), .missing, .missing, .missing, .missing,
                            placement.datum.map { .text($0.value.description) } ?? .missing, .text(placement.id),
                            placement.soort.map { .text($0.value) } ?? .missing, cell(placement.personen?.value),
                            .text(placement.path), .missing,
                        ])
                }
            }
            for check in entryLines.checks {
                table.rows.append(
                    lead + [
                        .text("te_controleren"), .missing, .missing, .missing, .missing, .missing, .missing, .missing,
                        .missing, .missing, .text(check.text(in: language)),
                    ])
            }
        }
        return table
    }

    private func cell(_ value: Int?) -> QueryTable.Cell { value.map(QueryTable.Cell.number) ?? .missing }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : String(value) }
}
