import TaakboekCore
import TaakboekSpreadsheet

/// A row of the sheet as the record `taakboek import` writes for it: where, and the text. The
/// text is in the layout of the shipped records and of `taakboek new`: the schema line first,
/// then the fields in schema order, with no comments.
struct ImportedRecord: Sendable {
    let path: String
    let text: String
}

/// The fields of a row, by column, with the file and row its default `bron` names.
struct ImportRowContext {
    let row: SpreadsheetRow
    let columns: ColumnMap
    let folder: String
    let bron: String

    func cell(_ column: ImportColumn) -> Cell? { columns.positions[column].map { row[$0] } }

    /// A figure column: nil when the sheet has no such column.
    func figure(_ column: ImportColumn) throws(Refusal) -> Figure? {
        guard let cell = cell(column) else { return nil }
        switch CellReading.figure(cell) {
        case .success(let figure): return figure
        case .failure(let refusal):
            throw Refusal(
                LocalizedText(nl: "\(column.rawValue): \(refusal.text.nl)", en: "\(column.rawValue): \(refusal.text.en)"))
        }
    }

    func nonNegative(_ column: ImportColumn, _ figure: Figure?) throws(Refusal) {
        if case .known(let value) = figure, value < 0 {
            throw Refusal(
                nl: "\(column.rawValue) is \(value), maar kan niet negatief zijn", en: "\(column.rawValue) is \(value) but cannot be negative")
        }
    }

    func period() throws(Refusal) -> PeriodID {
        switch CellReading.period(cell(.periode) ?? .empty) {
        case .success(let period): return period
        case .failure(let refusal): throw refusal
        }
    }

    var source: String { cell(.bron).flatMap(CellReading.text) ?? bron }
    var remark: String? { cell(.opmerking).flatMap(CellReading.text) }
}
