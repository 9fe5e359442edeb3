import Foundation

/// Writes a file so that it is either there whole or not at all: the text goes to a temporary
/// file in the same folder, which is then renamed into place. Without `replacing`, an existing
/// file is never overwritten (the rename is refused with link(2)'s semantics).
public enum AtomicFile {
    public static func write(_ text: String, to path: String, permissions: Int = 0o644, replacing: Bool)
        throws(SourceError)
    {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.taakboek-\(UUID().uuidString).tmp"
        let manager = FileManager.default
        guard PlainFile.create(temporary, bytes: Array(text.utf8), permissions: permissions) else {
            throw SourceError(
                LocalizedText(nl: "kan niet schrijven in \(folder)", en: "cannot write in \(folder)"))
        }
        defer { try? manager.removeItem(atPath: temporary) }
        if replacing {
            guard rename(temporary, path) == 0 else {
                throw SourceError(LocalizedText(nl: "kan \(path) niet schrijven", en: "cannot write \(path)"))
            }
        } else {
            // link(2) fails when the target exists, so a file that appeared meanwhile is never overwritten.
            guard link(temporary, path) == 0 else {
                throw SourceError(
                    LocalizedText(
                        nl: "\(path) bestaat al; taakboek overschrijft geen bestaande bestanden",
                        en: "\(path) already exists; taakboek does not overwrite existing files"))
            }
        }
    }
}
