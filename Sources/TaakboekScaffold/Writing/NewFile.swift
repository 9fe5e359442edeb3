import Foundation
import TaakboekCore

/// Writes a new file under a repository's top folder, making the folders it needs, and never
/// overwrites: a file that is already there is left as it is and reported as skipped. The write
/// itself is `AtomicFile`'s: a temporary file beside the target, flushed, then linked into place.
public enum NewFile {
    public enum Outcome: Sendable, Equatable {
        case written
        /// Something already stood at the path; it was not touched.
        case skipped
    }

    public static func write(_ text: String, to relative: String, in root: String, permissions: Int = 0o644)
        throws(SourceError) -> Outcome
    {
        let path = root + "/" + relative
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SourceError(
                LocalizedText(
                    nl:
                        "kan de map \(folder) niet maken (\(error.localizedDescription)); staat er een bestand met die naam?",
                    en:
                        "cannot create the folder \(folder) (\(error.localizedDescription)); is there a file by that name?"
                ))
        }
        return try AtomicFile.create(text, at: path, permissions: permissions) ? .written : .skipped
    }

    /// Whether anything (a file, a folder, a dangling symbolic link) stands at the path.
    public static func exists(_ relative: String, in root: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: root + "/" + relative)) != nil
    }
}
