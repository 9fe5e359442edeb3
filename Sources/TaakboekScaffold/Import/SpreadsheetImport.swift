import Foundation
import TaakboekCore
import TaakboekSpreadsheet

/// `taakboek import perioden|coa <file>`: reads the spreadsheet, finds its header row, turns each
/// row into a record and writes it where it belongs, never overwriting. A row that cannot be
/// read is refused with its number and why; the others are written. Whatever is wrong with the
/// file as a whole (unreadable, no header, a required column missing) is a `SourceError`.
public struct SpreadsheetImport: Sendable {
    public enum Kind: Sendable {
        case perioden, coa

        var required: [ImportColumn] {
            switch self {
            case .perioden: [.periode, .achterstand_begin, .taakstelling]
            case .coa: [.peildatum, .periode, .taakstelling, .gerealiseerd, .nog_te_realiseren]
            }
        }

        var known: [ImportColumn] {
            switch self {
            case .perioden:
                [.gemeente, .periode, .achterstand_begin, .taakstelling, .totaal, .gehuisvest, .achterstand_eind, .bron, .opmerking]
            case .coa: [.gemeente, .peildatum, .periode, .taakstelling, .gerealiseerd, .nog_te_realiseren, .bron, .opmerking]
            }
        }
    }

    public let kind: Kind
    public let file: String
    /// `--gemeente`: the folder under `records/`.
    public let municipality: String?
    /// `--bron`: else the sheet's bron column, else `Geïmporteerd uit <file>, rij <n>`.
    public let bron: String?
    public let dryRun: Bool
    public let today: PartialDate

    public init(kind: Kind, file: String, municipality: String?, bron: String?, dryRun: Bool, today: PartialDate) {
        self.kind = kind
        self.file = file
        self.municipality = municipality
        self.bron = bron
        self.dryRun = dryRun
        self.today = today
    }

    public func run(root: String) throws(SourceError) -> ImportReport {
        let sheet: Spreadsheet
        do {
            sheet = try SpreadsheetFile.read(file)
        } catch {
            throw SourceError(error.message)
        }
        let name = (file as NSString).lastPathComponent
        let directory = try MunicipalityDirectory.load(root: root)
        guard let columns = ColumnMap.find(in: sheet.rows, known: kind.known, required: kind.required) else {
            throw SourceError(
                LocalizedText(
                    nl: "\(name): de spreadsheet is leeg; de eerste rij hoort de kolomnamen te hebben",
                    en: "\(name): the spreadsheet is empty; its first row should hold the column names"))
        }
        let missing = kind.required.filter { columns.positions[$0] == nil }
        guard missing.isEmpty else {
            let expected = kind.required.map(\.rawValue).joined(separator: ", ")
            let found = columns.found.isEmpty ? "geen" : columns.found.joined(separator: ", ")
            let foundEnglish = columns.found.isEmpty ? "none" : columns.found.joined(separator: ", ")
            let why =
                missing.contains(.periode) && kind == .coa
                ? LocalizedText(
                    nl: " (de periode volgt niet uit de peildatum: het overzicht van 1 januari of 1 juli kan over beide halfjaren gaan)",
                    en: " (the period does not follow from the peildatum: the overview of 1 January or 1 July may be about either half-year)")
                : LocalizedText("")
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(name), rij \(columns.row): de kolom(men) \(missing.map(\.rawValue).joined(separator: ", ")) ontbreken\(why.nl); gevonden: \(found); verwacht: \(expected)",
                    en:
                        "\(name), row \(columns.row): the column(s) \(missing.map(\.rawValue).joined(separator: ", ")) are missing\(why.en); found: \(foundEnglish); expected: \(expected)"
                ))
        }
        let chosen = try chosenFolder(directory, hasColumn: columns.positions[.gemeente] != nil)
        var report = ImportReport(file: name, sheet: sheet.description, header: columns.row, unknownColumns: columns.unknown, dryRun: dryRun)
        var rowsByPath: [String: Int] = [:]
        for row in sheet.rows where row.number > columns.row && !row.isEmpty {
            do throws(Refusal) {
                let folder = try folder(of: row, columns: columns, directory: directory, chosen: chosen)
                let context = ImportRowContext(
                    row: row, columns: columns, folder: folder, bron: bron ?? "Geïmporteerd uit \(name), rij \(row.number)")
                let record: ImportedRecord
                switch kind {
                case .perioden: record = try PeriodRowRecord.record(context, today: today)
                case .coa: record = try COARowRecord.record(context)
                }
                if let earlier = rowsByPath[record.path] {
                    throw Refusal(
                        nl: "rij \(earlier) is al voor \(record.path); een record komt maar één keer",
                        en: "row \(earlier) is already for \(record.path); a record is written once")
                }
                rowsByPath[record.path] = row.number
                report.rows.append(try write(record, row: row.number, root: root))
            } catch {
                report.rows.append(ImportReport.Row(number: row.number, path: nil, outcome: .refused(error.text)))
            }
        }
        return report
    }

    /// `--gemeente`, or the only municipality when the sheet has no gemeente column.
    func chosenFolder(_ directory: MunicipalityDirectory, hasColumn: Bool) throws(SourceError) -> String? {
        let folders = directory.entries.map(\.folder)
        if let municipality {
            guard folders.contains(municipality) else {
                throw SourceError(
                    LocalizedText(
                        nl: "gemeente '\(municipality)' staat niet in records/; kies een van: \(folders.joined(separator: ", "))",
                        en: "municipality '\(municipality)' is not in records/; choose one of: \(folders.joined(separator: ", "))"))
            }
            return municipality
        }
        if hasColumn { return nil }
        guard folders.count == 1 else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "records/ heeft meer gemeenten en de spreadsheet heeft geen kolom gemeente; kies er een met --gemeente: \(folders.joined(separator: ", "))",
                    en:
                        "records/ holds several municipalities and the spreadsheet has no gemeente column; choose one with --gemeente: \(folders.joined(separator: ", "))"
                ))
        }
        return folders[0]
    }

    /// The row's gemeente cell, which must agree with `--gemeente` when both are there.
    func folder(of row: SpreadsheetRow, columns: ColumnMap, directory: MunicipalityDirectory, chosen: String?)
        throws(Refusal) -> String
    {
        guard let column = columns.positions[.gemeente], let text = CellReading.text(row[column]) else {
            if let chosen { return chosen }
            throw Refusal(nl: "de gemeente is leeg", en: "the municipality is empty")
        }
        let folder: String
        switch directory.folder(for: text) {
        case .success(let found): folder = found
        case .failure(let refusal): throw refusal
        }
        if let chosen, chosen != folder {
            throw Refusal(
                nl: "de rij is van gemeente '\(text)' (\(folder)), niet van --gemeente \(chosen)",
                en: "the row is for municipality '\(text)' (\(folder)), not --gemeente \(chosen)")
        }
        return folder
    }

    func write(_ record: ImportedRecord, row: Int, root: String) throws(Refusal) -> ImportReport.Row {
        if NewFile.exists(record.path, in: root) {
            if FileManager.default.contents(atPath: root + "/" + record.path) == Data(record.text.utf8) {
                return ImportReport.Row(number: row, path: record.path, outcome: .alreadyPresent)
            }
            throw Refusal(
                nl: "\(record.path) bestaat al, met een andere inhoud; taakboek overschrijft geen record (pas het zelf aan, of met een correctie)",
                en: "\(record.path) already exists with other content; taakboek does not overwrite a record (edit it yourself, or with a correction)")
        }
        if dryRun { return ImportReport.Row(number: row, path: record.path, outcome: .wouldWrite(record.text)) }
        do {
            guard try NewFile.write(record.text, to: record.path, in: root) == .written else {
                throw Refusal(
                    nl: "\(record.path) bestaat al; taakboek overschrijft geen record",
                    en: "\(record.path) already exists; taakboek does not overwrite a record")
            }
        } catch let error as SourceError {
            throw Refusal(error.message)
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(nl: "\(record.path): \(error)", en: "\(record.path): \(error)")
        }
        return ImportReport.Row(number: row, path: record.path, outcome: .written)
    }
}
