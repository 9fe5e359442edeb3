import Foundation
import TaakboekCore
import TaakboekGit

/// Windows line ends against `core.autocrlf`: a record checked out with CRLF while git stores it
/// with LF is the same record, but only git's clean filters (`core.autocrlf=true`, or a `text`
/// attribute) let git see that. Without them git status shows the file modified and the audit of
/// `taakboek check` says `working_tree_matches_head: false`.
enum LineEndsCheck {
    static let id = "line-ends"
    static let label = LocalizedText(nl: "regeleinden", en: "line ends")
    /// Records are at most 1 MiB; a larger file is no record and not read here.
    static let largestFile = 1 << 20
    /// The files named under the message; the rest are counted.
    static let namedFiles = 10

    static func run(repository: Repository, workdir: String) -> DoctorCheck {
        do throws(GitError) {
            let value = try repository.configurationValue("core.autocrlf")
            let setting = LocalizedText(
                nl: "core.autocrlf is \(value ?? "niet ingesteld")", en: "core.autocrlf is \(value ?? "not set")")
            guard let head = try repository.headID else {
                return DoctorCheck(
                    id: id, label: label, status: .skipped,
                    message: LocalizedText(
                        nl: "\(setting.nl); er zijn nog geen commits om de bestanden mee te vergelijken",
                        en: "\(setting.en); there are no commits yet to compare the files with"))
            }
            var windows = 0
            var lineEndsOnly: [String] = []
            for entry in try repository.listBlobs(inCommit: head, under: "records") where entry.mode != .symlink {
                guard let bytes = workingFile(workdir + "/" + entry.path), bytes.contains(0x0D) else { continue }
                let unix = LineFeeds.of(bytes)
                guard unix.count < bytes.count else { continue }
                windows += 1
                if try repository.hashWorkingContent(bytes, asPath: entry.path) != entry.id,
                    try ObjectID.ofBlob(unix) == entry.id
                {
                    lineEndsOnly.append(entry.path)
                }
            }
            guard !lineEndsOnly.isEmpty else {
                return DoctorCheck(
                    id: id, label: label, status: .ok,
                    message: windows == 0
                        ? LocalizedText(
                            nl: "\(setting.nl); de bestanden in records/ hebben LF-regeleinden",
                            en: "\(setting.en); the files in records/ have LF line ends")
                        : LocalizedText(
                            nl:
                                "\(setting.nl); \(windows) \(windows == 1 ? "bestand" : "bestanden") in records/ met Windows-regeleinden (CRLF), die git als ongewijzigd ziet",
                            en:
                                "\(setting.en); \(windows) \(windows == 1 ? "file" : "files") in records/ with Windows line ends (CRLF), which git sees as unchanged"
                        ))
            }
            let count = lineEndsOnly.count
            let autocrlf = value.flatMap(Repository.configurationBoolean) == true
            return DoctorCheck(
                id: id, label: label, status: .warning,
                message: LocalizedText(
                    nl:
                        "\(setting.nl); \(count) \(count == 1 ? "bestand" : "bestanden") in records/ \(count == 1 ? "verschilt" : "verschillen") van HEAD alleen in de regeleinden (CRLF in de werkmap, LF in git): git status toont \(count == 1 ? "het" : "ze") als gewijzigd en de audit van taakboek check zegt working_tree_matches_head: false",
                    en:
                        "\(setting.en); \(count) \(count == 1 ? "file" : "files") in records/ \(count == 1 ? "differs" : "differ") from HEAD in line ends only (CRLF in the working tree, LF in git): git status shows \(count == 1 ? "it" : "them") modified and the audit of taakboek check says working_tree_matches_head: false"
                ),
                fix: autocrlf
                    ? LocalizedText(
                        nl:
                            "core.autocrlf staat al aan, maar .gitattributes zet de omzetting voor deze bestanden uit (-text of binary): haal die regel weg, of sla de bestanden op met LF-regeleinden",
                        en:
                            "core.autocrlf is on, but .gitattributes turns the conversion off for these files (-text or binary): remove that line, or save the files with LF line ends"
                    )
                    : LocalizedText(
                        nl:
                            "`git config core.autocrlf true` (zoals Git voor Windows standaard doet): dan ziet git ze als ongewijzigd. Of haal ze opnieuw op met LF-regeleinden: `git checkout -- records` (dat zet ook eigen, nog niet vastgelegde wijzigingen in records/ terug)",
                        en:
                            "`git config core.autocrlf true` (as Git for Windows does by default): git then sees them as unchanged. Or check them out again with LF line ends: `git checkout -- records` (which also undoes changes of your own in records/ not yet committed)"
                    ),
                details: lineEndsOnly.prefix(Self.namedFiles).map { LocalizedText($0) }
                    + (count > Self.namedFiles
                        ? [
                            LocalizedText(
                                nl: "en nog \(count - Self.namedFiles)", en: "and \(count - Self.namedFiles) more")
                        ] : []))
        } catch {
            return .unreadable(
                id: id, label: label,
                message: LocalizedText(
                    nl: "de regeleinden kunnen niet worden nagegaan: \(error.message)",
                    en: "the line ends cannot be looked at: \(error.message)"))
        }
    }

    /// The bytes of a regular file of at most `largestFile` bytes, not through a symbolic link.
    static func workingFile(_ path: String) -> [UInt8]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= largestFile,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        return Array(data)
    }
}
