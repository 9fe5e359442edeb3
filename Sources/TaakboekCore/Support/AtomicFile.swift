import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that it is either there whole or not at all, whenever the process is stopped
/// (a kill, Ctrl-C, a power cut after the flush): the bytes go to a file without a name in the
/// target's folder (`UnnamedFile`), are flushed to disk, and only then is the file given its
/// name. Where unnamed files are not available, a temporary name beside the target stands in
/// (`.taakboek-<uuid>.tmp`, removed afterwards; a kill at the wrong moment may leave it).
/// Without `replacing`, an existing file is never overwritten: naming refuses an existing target
/// (link(2)'s semantics). Every file taakboek writes for people (records, letters, the hook,
/// scaffolding, a chart) goes through here.
public enum AtomicFile {
    public static func write(_ text: String, to path: String, permissions: Int = 0o644, replacing: Bool)
        throws(SourceError)
    {
        if replacing {
            // rename(2) needs a name to move over the old file: the whole file has a temporary
            // one only between the two calls.
            let temporary = temporaryName(beside: path)
            guard try create(text, at: temporary, permissions: permissions) else { throw cannotWrite(path) }
            defer { unlink(temporary) }
            guard rename(temporary, path) == 0 else { throw cannotWrite(path) }
        } else if !(try create(text, at: path, permissions: permissions)) {
            throw SourceError(
                LocalizedText(
                    nl: "\(path) bestaat al; taakboek overschrijft geen bestaande bestanden",
                    en: "\(path) already exists; taakboek does not overwrite existing files"))
        }
    }

    /// Creates `path` with `text` unless something (a file, a folder, a symbolic link) already
    /// stands there: true when written, false when it existed. The check and the write are one
    /// step (naming refuses an existing target), so a file that appears meanwhile is kept too.
    @discardableResult
    public static func create(_ text: String, at path: String, permissions: Int = 0o644) throws(SourceError) -> Bool {
        try create(text, at: path, permissions: permissions, unnamed: true)
    }

    /// `create`; `unnamed: false` takes the temporary name as where unnamed files are missing (tests).
    static func create(_ text: String, at path: String, permissions: Int, unnamed allowed: Bool) throws(SourceError)
        -> Bool
    {
        let bytes = Array(text.utf8)
        let folder = folder(of: path)
        if allowed, let unnamed = UnnamedFile(in: folder, permissions: permissions) {
            guard PlainFile.writeAll(bytes, to: unnamed.descriptor, synchronise: true) else {
                throw cannotWrite(in: folder)
            }
            switch unnamed.name(path) {
            case .named: return true
            case .exists: return false
            case .failed: throw cannotWrite(path)
            case .unsupported: break
            }
        }
        let temporary = temporaryName(beside: path)
        guard PlainFile.create(temporary, bytes: bytes, permissions: permissions, synchronise: true) else {
            unlink(temporary)
            throw cannotWrite(in: folder)
        }
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw cannotWrite(path)
        }
        return true
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func temporaryName(beside path: String) -> String {
        folder(of: path) + "/.taakboek-\(UUID().uuidString).tmp"
    }

    private static func cannotWrite(_ path: String) -> SourceError {
        SourceError(LocalizedText(nl: "kan \(path) niet schrijven", en: "cannot write \(path)"))
    }

    private static func cannotWrite(in folder: String) -> SourceError {
        SourceError(LocalizedText(nl: "kan niet schrijven in \(folder)", en: "cannot write in \(folder)"))
    }
}
