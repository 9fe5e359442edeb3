/// An .xlsx file's first sheet as a spreadsheet.
enum XLSXFile {
    static func read(_ bytes: [UInt8], name: String) throws(SpreadsheetError) -> Spreadsheet {
        let archive = try XLSXArchive(bytes, name: name)
        let workbook = try XLSXWorkbook(archive)
        let strings = SharedStrings.read(
            try archive.xml(workbook.related["sharedStrings"] ?? workbook.folder + "sharedStrings.xml"))
        let dates = DateFormats(try archive.xml(workbook.related["styles"] ?? workbook.folder + "styles.xml"))
        guard let sheet = try archive.xml(workbook.sheetPath) else {
            throw SpreadsheetError(
                file: name, nl: "het werkblad \(workbook.sheetName) ontbreekt in het archief (\(workbook.sheetPath))",
                en: "the sheet \(workbook.sheetName) is missing from the archive (\(workbook.sheetPath))")
        }
        let rows = try Worksheet(
            sheet, strings: strings, dates: dates, uses1904: workbook.uses1904, file: name, part: workbook.sheetPath
        ).rows
        return Spreadsheet(rows: rows, description: "xlsx, blad \"\(workbook.sheetName)\"")
    }
}
