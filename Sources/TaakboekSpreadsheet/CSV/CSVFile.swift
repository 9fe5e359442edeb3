/// A CSV file as a spreadsheet: its encoding, then its delimiter from the header line, then its rows.
enum CSVFile {
    static func read(_ bytes: [UInt8], name: String) throws(SpreadsheetError) -> Spreadsheet {
        if bytes.contains(0) && !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) {
            throw SpreadsheetError(
                file: name,
                nl: "dit is geen spreadsheet (CSV of .xlsx): het bestand bevat binaire gegevens",
                en: "this is not a spreadsheet (CSV or .xlsx): the file holds binary data")
        }
        let (text, encoding) = TextDecoding.decode(bytes)
        let delimiter = CSVDelimiter.detect(in: Substring(text))
        let rows = try CSVParser(delimiter: delimiter).rows(text, name: name)
        return Spreadsheet(rows: rows, description: "CSV, \(encoding.rawValue), \(delimiter.shown)")
    }
}
