import Foundation
import ZIPFoundation

/// The parts of an .xlsx file (a ZIP archive, ECMA-376 part 2) by their names, read through
/// ZIPFoundation with zlib. A part is inflated at most to `maximumPartSize`, whatever its header
/// claims, so a small archive that inflates to gigabytes is refused instead of filling memory.
struct XLSXArchive {
    static let maximumPartSize = 256 * 1024 * 1024

    let archive: Archive
    let name: String

    init(_ bytes: [UInt8], name: String) throws(SpreadsheetError) {
        self.name = name
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw SpreadsheetError(
                file: name,
                nl: "dit lijkt een ZIP-archief (zoals .xlsx) maar kan niet gelezen worden: het is beschadigd of onvolledig",
                en: "this looks like a ZIP archive (as .xlsx is) but cannot be read: it is damaged or incomplete")
        }
    }

    func contains(_ part: String) -> Bool { archive[part] != nil }

    /// The part's bytes, or nil when the archive has no part by that name.
    func part(_ path: String) throws(SpreadsheetError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        var bytes: [UInt8] = []
        let limit = Self.maximumPartSize
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw PartTooLarge() }
                bytes.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            throw SpreadsheetError(
                file: name, nl: "het onderdeel \(path) is uitgepakt groter dan 256 MiB; dat is geen gewone spreadsheet",
                en: "the part \(path) inflates to more than 256 MiB; that is no ordinary spreadsheet")
        } catch {
            throw SpreadsheetError(
                file: name, nl: "het onderdeel \(path) kan niet worden uitgepakt: het archief is beschadigd",
                en: "the part \(path) cannot be inflated: the archive is damaged")
        }
        return bytes
    }

    /// The part parsed as XML; a part that is not the XML taakboek reads is an error naming it.
    func xml(_ path: String) throws(SpreadsheetError) -> XMLElement? {
        guard let bytes = try part(path) else { return nil }
        do {
            return try XMLReader.parse(bytes)
        } catch {
            throw SpreadsheetError(
                file: name, nl: "\(path), regel \(error.line): \(error.nl)", en: "\(path), line \(error.line): \(error.en)")
        }
    }

    private struct PartTooLarge: Error {}
}
