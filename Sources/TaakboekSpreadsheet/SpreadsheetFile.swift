import Foundation
import TaakboekCore

/// Reads a spreadsheet file by what its bytes are, not by its name: a ZIP archive is read as
/// .xlsx, the old binary .xls and .ods are refused with what to do, anything else is CSV.
public enum SpreadsheetFile {
    /// Larger files are refused before reading: a history table or COA's overview is a few
    /// hundred rows, and the limit keeps a wrong file (a video, a disk image) from being read.
    public static let maximumSize = 64 * 1024 * 1024

    public static func read(_ path: String) throws(SpreadsheetError) -> Spreadsheet {
        let name = (path as NSString).lastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw SpreadsheetError(
                file: path, nl: "bestand niet gevonden", en: "file not found")
        }
        guard !isFolder.boolValue else {
            throw SpreadsheetError(
                file: path, nl: "dit is een map, geen spreadsheet", en: "this is a folder, not a spreadsheet")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumSize else {
            throw SpreadsheetError(
                file: path, nl: "het bestand is groter dan 64 MiB; is dit de goede spreadsheet?",
                en: "the file is larger than 64 MiB; is this the right spreadsheet?")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpreadsheetError(file: path, nl: "kan het bestand niet lezen", en: "cannot read the file")
        }
        return try read(Array(data), name: name)
    }

    /// `name` is what messages call the file.
    public static func read(_ bytes: [UInt8], name: String) throws(SpreadsheetError) -> Spreadsheet {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try XLSXFile.read(bytes, name: name)
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw SpreadsheetError(
                file: name,
                nl:
                    "dit is een oud Excel-bestand (.xls); sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en importeer dat",
                en: "this is an old Excel file (.xls); save it in Excel as an Excel workbook (.xlsx) or as CSV and import that")
        }
        return try CSVFile.read(bytes, name: name)
    }
}
