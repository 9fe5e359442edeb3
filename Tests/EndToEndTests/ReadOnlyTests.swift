import Foundation
import Testing

/// The read-only guarantee: no command but the ones that exist to write (`hook install`,
/// `letter new`, `index`, `history --chart` to the file given) changes a repository. The working
/// tree, `.git/index`, HEAD, every ref and packed-refs, the objects and the configuration are byte
/// for byte what they were after every command in every format. Allowed: taakboek's own caches in
/// `.git/taakboek/` (the analysis, result and history caches), which are optimisations only.
@Suite("Read-only guarantee")
struct ReadOnlyTests {
    /// A repository with history, a branch, a tag, packed and loose refs, a staged change and an
    /// unstaged one, so every command has something to read.
    static func repository() throws -> GitRepository {
        let repository = try GitRepository()
        try repository.replace(GitRepository.period, "bron: ", with: "bron: Aangevuld. ")
        try repository.git("commit", "-qam", "Bron aangevuld")
        try repository.git("tag", "-a", "v1", "-m", "Eerste versie")
        try repository.git("branch", "zijtak", "HEAD~1")
        try repository.git("pack-refs", "--all")
        try repository.git("branch", "los")
        try repository.replace(GitRepository.period, "taakstelling: 34", with: "taakstelling: 35")
        try repository.git("add", GitRepository.period)
        try repository.replace(GitRepository.closedPeriod, "bron: ", with: "bron: Nog niet vastgelegd. ")
        return repository
    }

    /// What a path is: its kind, permissions and bytes (a symbolic link: its target).
    struct Entry: Equatable {
        let description: String
        let bytes: Data
    }

    /// Every file and folder of the repository, `.git/` included; `.git/taakboek/` is left out.
    static func snapshot(_ root: URL) throws -> [String: Entry] {
        var result: [String: Entry] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root.path) else { return result }
        while let relative = walker.nextObject() as? String {
            if relative == ".git/taakboek" {
                walker.skipDescendants()
                continue
            }
            let path = root.appendingPathComponent(relative).path
            let attributes = try manager.attributesOfItem(atPath: path)
            let permissions = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
            switch attributes[.type] as? FileAttributeType {
            case .typeRegular:
                result[relative] = Entry(
                    description: "file " + permissions, bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
            case .typeSymbolicLink:
                result[relative] = Entry(
                    description: "link " + (try manager.destinationOfSymbolicLink(atPath: path)), bytes: Data())
            case .typeDirectory:
                result[relative] = Entry(description: "folder " + permissions, bytes: Data())
            default:
                result[relative] = Entry(description: "other", bytes: Data())
            }
        }
        return result
    }

    /// Every format any command may offer; a command that does not know one refuses it with a
    /// usage error, which must not write anything either.
    static let formats = ["text", "json", "csv", "markdown", "html", "sarif", "github", "junit", "gitlab"]

    /// The read-only commands with the arguments that make them read as much as they can.
    static func commands(chart: String) -> [[String]] {
        [
            ["check"], ["check", "--strict"], ["check", "--hide-notes"], ["check", "--base", "HEAD~1"],
            ["check", "--staged"], ["check", "--staged", "--no-cache"], ["check", "--staged", "--base", "HEAD~1"],
            ["check", "--rev", "HEAD"], ["check", "--rev", "HEAD", "--base", "HEAD~1"],
            ["check", "--range", "HEAD~1..HEAD"], ["check", "--rev", "v1"],
            ["log", "2025-I"], ["log", "2025-I", "-n", "1", "--first-parent"], ["log", "2025-I", "--follow"],
            ["log", "2025-I", "--since", "2000-01-01", "--rev", "zijtak"],
            ["show", "2025-I"], ["show", "2025-I", "--as-of", "HEAD~1"], ["show", "tynaarlo"],
            ["blame", "2025-I"], ["blame", "2024-II", "--rev", "HEAD~1"],
            ["diff", "HEAD~1"], ["diff", "HEAD~1", "HEAD"], ["diff", "--staged"], ["diff", "zijtak", "v1"],
            ["history"], ["history", "--as-of", "HEAD~1"], ["history", "--gemeente", "tynaarlo"],
            ["history", "--chart", chart], ["report", "2024-II"], ["report", "2025-I", "--as-of", "HEAD"],
            ["overview", "--date", "2025-01-01"], ["overview", "--date", "2025-01-01", "--province", "Drenthe"],
            ["progress", "--date", "2025-03-01"], ["rules"], ["explain", "TB201"], ["explain", "TB801"],
            ["doctor"], ["--help"], ["--version"], ["check", "--help"],
        ]
    }

    @Test func noReadOnlyCommandChangesTheRepository() throws {
        let repository = try Self.repository()
        let outside = try RecordFolder()
        let chart = outside.url.appendingPathComponent("historie.svg").path
        let before = try Self.snapshot(repository.url)
        #expect(before[".git/index"] != nil && before[".git/HEAD"] != nil && before[".git/packed-refs"] != nil)
        #expect(before[".git/refs/heads/los"] != nil, "a loose ref as well as packed ones")
        var runs = 0
        for command in Self.commands(chart: chart) {
            let takesFormat = try Taakboek.run(command.prefix(1) + ["--help"]).stdout.contains("--format")
            let variants =
                takesFormat && !command.contains("--help")
                ? Self.formats.map { command + ["--format", $0] } : [command]
            for arguments in variants {
                for language in ["nl", "en"] {
                    let run = try Taakboek.run(["-C", repository.url.path, "--lang", language] + arguments)
                    runs += 1
                    #expect(run.status <= 2, "\(arguments): \(run.status)")
                    #expect(!run.stderr.contains("Fatal error"), "\(arguments): \(run.stderr)")
                    let after = try Self.snapshot(repository.url)
                    if after != before {
                        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
                        Issue.record("\(arguments) changed \(changed)")
                        return
                    }
                }
            }
        }
        #expect(runs > 100, "\(runs) runs")
        #expect(FileManager.default.fileExists(atPath: chart), "--chart writes the file it is given, outside")
        // What taakboek may write in the git folder: its caches and their tables of offsets, and
        // nothing else.
        let own = try FileManager.default.contentsOfDirectory(
            atPath: repository.url.appendingPathComponent(".git/taakboek").path)
        #expect(own.allSatisfy { $0.hasSuffix(".cache") || $0.hasSuffix(".cache.offsets") }, "\(own)")
    }

    /// `taakboek index` writes the history cache and nothing else.
    @Test func theIndexCommandWritesOnlyItsCache() throws {
        let repository = try Self.repository()
        let before = try Self.snapshot(repository.url)
        for arguments in [["index"], ["index", "zijtak", "v1"], ["log", "2025-I"], ["index", "--remove"]] {
            let run = try Taakboek.run(["-C", repository.url.path] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(try Self.snapshot(repository.url) == before, "\(arguments)")
        }
    }
}
