import Foundation
import TaakboekTestSupport
import Testing

@testable import TaakboekSpreadsheet

/// .xlsx files made by LibreOffice (scripts/make-spreadsheet-fixtures) from the CSV beside them.
@Suite("XLSX: files LibreOffice made, dates as date cells")
struct XLSXReadingTests {
    static let fixtures = RepositoryFiles.root.appendingPathComponent("Tests/TaakboekSpreadsheetTests/Fixtures")

    static func coaRows(_ sheet: Spreadsheet) -> [[Cell]] { sheet.rows.map(\.cells) }

    func checkCOA(_ sheet: Spreadsheet) {
        #expect(sheet.rows.map(\.number) == [1, 2, 3])
        #expect(
            sheet.rows[0].cells.map(\.shown) == [
                "Gemeente", "Peildatum", "Periode", "Taakstelling", "Gerealiseerd", "Nog te realiseren",
            ])
        // LibreOffice turned both the ISO and the Dutch date into date cells.
        #expect(
            sheet.rows[1].cells == [
                .text("GM1730"), .date(year: 2025, month: 3, day: 1), .text("2025-I"), .number("64"), .number("12"),
                .number("52"),
            ])
        #expect(sheet.rows[2].cells == [.text("Tynaarlo"), .date(year: 2025, month: 4, day: 1), .text("2025-I"), .number("64")])
    }

    func checkHistory(_ sheet: Spreadsheet) {
        #expect(sheet.rows.count == 5)
        #expect(sheet.rows[1][0] == .text("2023-II"))
        #expect(sheet.rows[1][5] == .number("30"))
        #expect(sheet.rows[1][6] == .text("Volgens de brief, \"achterstand op 1 januari 2024\""))
        #expect(sheet.rows[3].cells.map(\.shown) == ["2e halfjaar 2024", "38", "33", "71", "41", "30"])
    }

    @Test func theCommittedFixturesRead() throws {
        checkCOA(try SpreadsheetFile.read(Self.fixtures.appendingPathComponent("coa-overzicht.xlsx").path))
        let history = try SpreadsheetFile.read(Self.fixtures.appendingPathComponent("historie.xlsx").path)
        checkHistory(history)
        #expect(history.description == "xlsx, blad \"historie\"")
    }

    /// The fixtures made again by the LibreOffice on this machine, when there is one.
    @Test func freshlyMadeByLibreOfficeReadTheSame() throws {
        guard ExternalTool.path("soffice") != nil else {
            print("skipped: soffice is not on PATH (apt-get install -y libreoffice-calc-nogui)")
            return
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-xlsx-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try ExternalTool.run(
            "bash", [RepositoryFiles.root.appendingPathComponent("scripts/make-spreadsheet-fixtures").path, out.path])
        #expect(run.status == 0, "\(run.output)")
        checkCOA(try SpreadsheetFile.read(out.appendingPathComponent("coa-overzicht.xlsx").path))
        checkHistory(try SpreadsheetFile.read(out.appendingPathComponent("historie.xlsx").path))
    }

    @Test func dateSerialsInBothDateSystems() {
        #expect(ExcelDate.serial("45717", uses1904: false) == .date(year: 2025, month: 3, day: 1))
        #expect(ExcelDate.serial("45717.75", uses1904: false) == .date(year: 2025, month: 3, day: 1))
        #expect(ExcelDate.serial("1", uses1904: false) == .date(year: 1900, month: 1, day: 1))
        #expect(ExcelDate.serial("59", uses1904: false) == .date(year: 1900, month: 2, day: 28))
        #expect(ExcelDate.serial("60", uses1904: false) == nil)
        #expect(ExcelDate.serial("61", uses1904: false) == .date(year: 1900, month: 3, day: 1))
        #expect(ExcelDate.serial("0", uses1904: true) == .date(year: 1904, month: 1, day: 1))
        #expect(ExcelDate.serial("-1", uses1904: false) == nil)
        #expect(ExcelDate.serial("abc", uses1904: false) == nil)
    }

    @Test func dateFormatCodes() {
        #expect(DateFormats.isDate("yyyy\\-mm\\-dd"))
        #expect(DateFormats.isDate("[$-413]D MMMM YYYY"))
        #expect(DateFormats.isDate("DD-MM-JJJJ"))
        #expect(!DateFormats.isDate("General"))
        #expect(!DateFormats.isDate("0.00"))
        #expect(!DateFormats.isDate("hh:mm:ss"))
        #expect(!DateFormats.isDate("\"dag \"0"))
        #expect(!DateFormats.isDate("[Red]0;[Blue]-0"))
    }

    @Test func cellReferences() {
        #expect(Worksheet.column(of: "A1") == 0)
        #expect(Worksheet.column(of: "AB12") == 27)
        #expect(Worksheet.column(of: "XFD1") == 16_383)
        #expect(Worksheet.column(of: "XFE1") == nil)
        #expect(Worksheet.column(of: "1A") == nil)
        #expect(Worksheet.column(of: "A") == nil)
    }

    @Test func aZIPThatIsNoWorkbookAndADamagedOneAreRefused() throws {
        let bytes = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("historie.xlsx")))
        #expect {
            try SpreadsheetFile.read(Array(bytes.prefix(bytes.count / 2)), name: "half.xlsx")
        } throws: { ($0 as? SpreadsheetError)?.message.nl.hasPrefix("half.xlsx: ") == true }
    }
}
