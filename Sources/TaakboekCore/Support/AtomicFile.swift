import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that it is either there whole or not at all: the text goes to a temporary
/// file in the same folder, is flushed to disk, and is then renamed into place. Without
/// `replacing`, an existing file is never overwritten (the rename is refused with link(2)'s
/// semantics). Every file taakboek writes for people (records, the hook, scaffolding) goes
/// through here.
public enum AtomicFile {
    public static func write(_ text: String, to path: String, permissions: Int = 0o644, replacing: Bool)
        throws(SourceError)
    {
        if replacing {
            try place(text, at: path, permissions: permissions) { temporary throws(SourceError) in
                guard rename(temporary, path) == 0 else {
                    throw SourceError(LocalizedText(nl: "kan \(path) niet schrijven", en: "cannot write \(path)"))
                }
            }
        } else if !(try create(text, at: path, permissions: permissions)) {
            throw SourceError(
                LocalizedText(
                    nl: "\(path) bestaat al; taakboek overschrijft geen bestaande bestanden",
                    en: "\(path) already exists; taakboek does not overwrite existing files"))
        }
    }

    /// Creates `path` with `text` unless something (a file, a folder, a symbolic link) already
    /// stands there: true when written, false when it existed. The check and the write are one
    /// step (link(2) refuses an existing target), so a file that appears meanwhile is kept too.
    @discardableResult
    public static func create(_ text: String, at path: String, permissions: Int = 0o644) throws(SourceError) -> Bool {
        var existed = false
        try place(text, at: path, permissions: permissions) { temporary throws(SourceError) in
            guard link(temporary, path) == 0 else {
                if errno == EEXIST {
                    existed = true
                    return
                }
                throw SourceError(LocalizedText(nl: "kan \(path) niet schrijven", en: "cannot write \(path)"))
            }
        }
        return !existed
    }

    /// Writes a temporary file beside `path` and hands it to `move`; the temporary name is gone
    /// afterwards, whatever happened.
    private static func place(
        _ text: String, at path: String, permissions: Int, move: (String) throws(SourceError) -> Void
    ) throws(SourceError) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.taakboek-\(UUID().uuidString).tmp"
        guard PlainFile.create(temporary, bytes: Array(text.utf8), permissions: permissions, synchronise: true) else {
            unlink(temporary)
            throw SourceError(LocalizedText(nl: "kan niet schrijven in \(folder)", en: "cannot write in \(folder)"))
        }
        defer { unlink(temporary) }
        try move(temporary)
    }
}
