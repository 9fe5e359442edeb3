import Foundation
import TaakboekSpreadsheet

/// The columns `taakboek import` knows, with the names people give them in a header row. Names
/// are compared loosely (`ImportColumn.normalised`): case, spaces, `_`, `-` and punctuation do not
/// matter, so `Nog te realiseren`, `nog_te_realiseren` and `NOG-TE-REALISEREN` are one column.
public enum ImportColumn: String, Sendable, CaseIterable {
    case gemeente, periode, peildatum, achterstand_begin, taakstelling, totaal, gehuisvest, achterstand_eind
    case gerealiseerd, nog_te_realiseren, bron, opmerking

    /// Every way of writing the column's name, normalised.
    var synonyms: [String] {
        let names: [String] =
            switch self {
            case .gemeente: ["gemeente", "gemeentenaam", "naam gemeente", "cbs code", "cbscode", "gemeentecode", "code"]
            case .periode: ["periode", "halfjaar", "half jaar", "tijdvak"]
            case .peildatum: ["peildatum", "datum", "stand per", "per"]
            case .achterstand_begin:
                [
                    "achterstand begin", "achterstand start", "achterstand 1 januari", "achterstand 1 juli",
                    "achterstand aan het begin", "achterstand begin periode", "beginachterstand", "startachterstand",
                ]
            case .taakstelling: ["taakstelling", "taakstelling periode", "nieuwe taakstelling", "gecorrigeerde taakstelling"]
            case .totaal: ["totaal", "opgave", "totaal te huisvesten", "totale opgave"]
            case .gehuisvest: ["gehuisvest", "gerealiseerd", "huisvesting", "aantal gehuisvest"]
            case .achterstand_eind:
                ["achterstand eind", "achterstand einde", "achterstand eind periode", "eindachterstand", "achterstand na"]
            case .gerealiseerd: ["gerealiseerd", "realisatie", "gehuisvest"]
            case .nog_te_realiseren: ["nog te realiseren", "resterend", "restant", "nog te huisvesten"]
            case .bron: ["bron"]
            case .opmerking: ["opmerking", "opmerkingen", "toelichting"]
            }
        return names.map(ImportColumn.normalised)
    }

    /// Lower case, letters and digits only: `Achterstand 1-januari:` → `achterstand1januari`.
    static func normalised(_ header: String) -> String {
        String(
            header.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                .map(Character.init))
    }
}

/// Which column of the sheet holds which field, found in the header row.
struct ColumnMap: Sendable {
    let row: Int
    let positions: [ImportColumn: Int]
    /// The headers no known column matched, as written.
    let unknown: [String]
    let found: [String]

    /// The first of the first ten rows that has every required column; else the first non-empty
    /// row, whose missing columns the caller reports.
    static func find(in sheet: [SpreadsheetRow], known: [ImportColumn], required: [ImportColumn]) -> ColumnMap? {
        var first: ColumnMap?
        for row in sheet.prefix(10) where !row.isEmpty {
            let map = ColumnMap(row: row, known: known)
            if required.allSatisfy({ map.positions[$0] != nil }) { return map }
            if first == nil { first = map }
        }
        return first
    }

    init(row: SpreadsheetRow, known: [ImportColumn]) {
        self.row = row.number
        var positions: [ImportColumn: Int] = [:]
        var unknown: [String] = []
        var found: [String] = []
        for (index, header) in row.texts.enumerated() {
            let name = ImportColumn.normalised(header)
            guard !name.isEmpty else { continue }
            found.append(header.trimmingCharacters(in: .whitespaces))
            if let column = known.first(where: { $0.synonyms.contains(name) && positions[$0] == nil }) {
                positions[column] = index
            } else {
                unknown.append(header.trimmingCharacters(in: .whitespaces))
            }
        }
        self.positions = positions
        self.unknown = unknown
        self.found = found
    }
}

extension SpreadsheetRow {
    var texts: [String] { cells.map(\.shown) }
}
