import Foundation
import TaakboekCore

extension LetterDraft {
    /// Writes the draft into the records folder `folder` (under `brieven/`, made when missing)
    /// and returns its repository-relative path. Refused when the records give no figure for the
    /// period yet, and when a letter of that name exists: a letter is never overwritten.
    public func write(in folder: String) throws(SourceError) -> String {
        guard quotesAnyFigure else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "de records geven voor \(report.period) nog geen enkel cijfer; vul eerst records/\(report.folder)/perioden/\(report.period).yaml aan",
                    en:
                        "the records give no figure for \(report.period) yet; first complete records/\(report.folder)/perioden/\(report.period).yaml"
                ))
        }
        let full = folder + "/" + path
        guard !FileManager.default.fileExists(atPath: full) else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(path) bestaat al; taakboek overschrijft geen brief. Hernoem of verwijder dat bestand, of kies een andere --datum",
                    en:
                        "\(path) already exists; taakboek does not overwrite a letter. Rename or remove that file, or choose another --datum"
                ))
        }
        let brieven = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: brieven, withIntermediateDirectories: true)
        } catch {
            throw SourceError(
                LocalizedText(nl: "kan de map \(brieven) niet maken", en: "cannot create the folder \(brieven)"))
        }
        try AtomicFile.write(text, to: full, replacing: false)
        return path
    }
}
