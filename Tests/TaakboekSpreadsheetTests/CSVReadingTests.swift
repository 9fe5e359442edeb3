import Testing

@testable import TaakboekSpreadsheet

/// CSV as Excel and LibreOffice save it on Windows and elsewhere.
@Suite("CSV: encodings, delimiters, quotes, line ends")
struct CSVReadingTests {
    func read(_ bytes: [UInt8]) throws -> Spreadsheet { try SpreadsheetFile.read(bytes, name: "test.csv") }
    func read(_ text: String) throws -> Spreadsheet { try read(Array(text.utf8)) }

    func texts(_ sheet: Spreadsheet) -> [[String]] { sheet.rows.map { $0.cells.map(\.shown) } }

    @Test func dutchExcelSemicolonsWindows1252AndCRLF() throws {
        // "Periode;Opmerking\r\n2024-II;Geüpdatet € 5\r\n" as a Dutch Excel saves it: ü is 0xFC, € is 0x80.
        var bytes = Array("Periode;Opmerking\r\n2024-II;Ge".utf8)
        bytes += [0xFC] + Array("pdatet ".utf8) + [0x80] + Array(" 5\r\n".utf8)
        let sheet = try read(bytes)
        #expect(texts(sheet) == [["Periode", "Opmerking"], ["2024-II", "Geüpdatet € 5"]])
        #expect(sheet.description == "CSV, Windows-1252, ;")
    }

    @Test func utf8WithAByteOrderMarkAndCommas() throws {
        let sheet = try read([0xEF, 0xBB, 0xBF] + Array("Gemeente,Taakstelling\nAa en Hunze,12\n".utf8))
        #expect(texts(sheet) == [["Gemeente", "Taakstelling"], ["Aa en Hunze", "12"]])
        #expect(sheet.description == "CSV, UTF-8, ,")
    }

    @Test func utf16WithAByteOrderMarkAndTabs() throws {
        let text = "Periode\tTaakstelling\r\n2024-I\t33\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let sheet = try read(bytes)
        #expect(texts(sheet) == [["Periode", "Taakstelling"], ["2024-I", "33"]])
        #expect(sheet.description == "CSV, UTF-16LE, tab")
    }

    @Test func quotedCellsHoldSeparatorsQuotesAndLineEnds() throws {
        let sheet = try read("a;b;c\r\n\"x;y\";\"zei \"\"ja\"\"\";\"twee\r\nregels\"\r\nlaatste;;\n")
        #expect(texts(sheet) == [["a", "b", "c"], ["x;y", "zei \"ja\"", "twee\r\nregels"], ["laatste", "", ""]])
        // The quoted line end does not start a row: the last row is row 3, as Excel shows it.
        #expect(sheet.rows.map(\.number) == [1, 2, 3])
    }

    @Test func theDelimiterComesFromTheHeaderOutsideQuotes() {
        #expect(CSVDelimiter.detect(in: "\"a,b,c\";d;e\n1,2,3,4,5,6") == .semicolon)
        #expect(CSVDelimiter.detect(in: "a,b;c,d\n") == .comma)
        #expect(CSVDelimiter.detect(in: "a\tb\n") == .tab)
        #expect(CSVDelimiter.detect(in: "a;b,c\n") == .semicolon)
        #expect(CSVDelimiter.detect(in: "alleen\n") == .comma)
    }

    @Test func aLoneCRAndNoFinalLineEndEndRows() throws {
        #expect(texts(try read("a,b\r1,2")) == [["a", "b"], ["1", "2"]])
        #expect(texts(try read("a,b\n\n1,2\n")) == [["a", "b"], [""], ["1", "2"]])
    }

    @Test func aQuoteNeverClosedIsAnErrorNamingTheRow() throws {
        #expect {
            try read("a,b\n1,\"open\n2,3\n")
        } throws: { error in
            (error as? SpreadsheetError)?.message.nl.hasPrefix("test.csv: rij 2 (regel 2): een aanhalingsteken") == true
        }
    }

    @Test func binaryFilesAndOldExcelAreRefused() throws {
        #expect {
            try read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        } throws: { ($0 as? SpreadsheetError)?.message.nl.contains("oud Excel-bestand (.xls)") == true }
        #expect {
            try read([0x7F, 0x45, 0x4C, 0x46, 0, 1])
        } throws: { ($0 as? SpreadsheetError)?.message.nl.contains("binaire gegevens") == true }
    }
}
