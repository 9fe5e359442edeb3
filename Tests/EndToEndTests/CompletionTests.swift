import Foundation
import TaakboekTestSupport
import Testing

/// `taakboek <command> --format <TAB>` offers the command's formats in bash, through the
/// completion script the binary generates (the one committed under docs/completions, which
/// `GeneratedDocsTests` holds to the binary's). zsh and fish get the same list from the same
/// option definitions; their scripts are checked to carry it.
@Suite("Shell completion of --format")
struct CompletionTests {
    static let query = ["text", "json", "csv", "markdown"]
    static let cases: [(String, [String])] = [
        ("check", ["text", "json", "sarif", "github", "junit", "gitlab"]),
        ("history", query + ["html"]), ("report", query + ["html"]), ("log", query), ("show", query),
        ("blame", query), ("diff", query), ("overview", query), ("progress", query),
        ("doctor", ["text", "json"]),
    ]

    func script(_ shell: String) throws -> String {
        let run = try Taakboek.run(["--generate-completion-script", shell])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test(
        .enabled(if: ExternalTool.path("bash") != nil, "bash is not installed"),
        arguments: cases.map(\.0))
    func bashCompletesTheFormats(command: String) throws {
        let expected = try #require(Self.cases.first { $0.0 == command }?.1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taakboek.bash")
        try Data(try script("bash").utf8).write(to: file)
        let line = "taakboek \(command) --format "
        let probe = """
            source "\(file.path)"
            COMP_WORDS=(taakboek \(command) --format "")
            COMP_CWORD=3
            COMP_LINE="\(line)"
            COMP_POINT=${#COMP_LINE}
            _taakboek taakboek "" --format
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let run = try ExternalTool.run("bash", ["-c", probe])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.split(separator: "\n").map(String.init) == expected, "\(command): \(run.output)")
    }

    @Test func zshAndFishScriptsCarryTheFormats() throws {
        let zsh = try script("zsh")
        let fish = try script("fish")
        #expect(zsh.contains("('text' 'json' 'sarif' 'github' 'junit' 'gitlab')"), "\(zsh)")
        #expect(fish.contains("-rfka 'text json sarif github junit gitlab'"))
        #expect(fish.contains("-rfka 'text json csv markdown html'"))
    }
}
