/// Which part holds the first sheet, and the workbook's date system: `_rels/.rels` names the
/// workbook part, the workbook lists its sheets in order, and the workbook's relationships name
/// each sheet's part.
struct XLSXWorkbook {
    let sheetName: String
    let sheetPath: String
    /// The folder of the workbook part (`xl/`), which its other parts are relative to.
    let folder: String
    /// Dates count from 1904-01-01 (old Mac Excel) instead of from 1900.
    let uses1904: Bool
    /// The relationship targets of the workbook by type (shared strings, styles).
    let related: [String: String]

    init(_ archive: XLSXArchive) throws(SpreadsheetError) {
        let name = archive.name
        var workbookPath = "xl/workbook.xml"
        if let rels = try archive.xml("_rels/.rels"),
            let office = rels.elements("Relationship").first(where: {
                $0.attribute("Type")?.hasSuffix("/officeDocument") == true
            }), let target = office.attribute("Target")
        {
            workbookPath = XLSXWorkbook.resolve(target, from: "")
        }
        guard let workbook = try archive.xml(workbookPath) else {
            if archive.contains("content.xml") {
                throw SpreadsheetError(
                    file: name,
                    nl: "dit is een OpenDocument-spreadsheet (.ods); sla het op als Excel-werkmap (.xlsx) of CSV en importeer dat",
                    en: "this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or CSV and import that")
            }
            throw SpreadsheetError(
                file: name, nl: "dit ZIP-archief is geen .xlsx-bestand (er is geen \(workbookPath))",
                en: "this ZIP archive is not an .xlsx file (it has no \(workbookPath))")
        }
        let slash = workbookPath.lastIndex(of: "/")
        folder = slash.map { String(workbookPath[...$0]) } ?? ""
        let relsPath = folder + "_rels/" + String(workbookPath[(slash.map { workbookPath.index(after: $0) } ?? workbookPath.startIndex)...]) + ".rels"
        var targets: [String: String] = [:]
        var related: [String: String] = [:]
        for relationship in try archive.xml(relsPath)?.elements("Relationship") ?? [] {
            guard let id = relationship.attribute("Id"), let target = relationship.attribute("Target") else { continue }
            let path = XLSXWorkbook.resolve(target, from: folder)
            targets[id] = path
            if let type = relationship.attribute("Type"), let last = type.split(separator: "/").last {
                related[String(last)] = path
            }
        }
        self.related = related
        uses1904 = ["1", "true"].contains(workbook.first("workbookPr")?.attribute("date1904") ?? "")
        guard let sheet = workbook.first("sheets")?.elements("sheet").first else {
            throw SpreadsheetError(file: name, nl: "de werkmap heeft geen werkblad", en: "the workbook has no sheet")
        }
        sheetName = sheet.attribute("name") ?? "1"
        guard let id = sheet.attribute("id"), let path = targets[id] else {
            throw SpreadsheetError(
                file: name, nl: "de werkmap zegt niet waar het werkblad \(sheetName) staat",
                en: "the workbook does not say where the sheet \(sheetName) is")
        }
        sheetPath = path
    }

    /// A relationship target: absolute from the archive's top (`/xl/…`) or relative to `folder`,
    /// with `..` taken into account.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
