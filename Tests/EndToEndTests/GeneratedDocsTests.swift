import Foundation
import TaakboekDocs
import TaakboekTestSupport
import Testing

/// docs/completions/ and docs/man/taakboek.1 are generated from the command definitions by
/// scripts/generate-docs; these tests fail when a command, option or help text changed and the
/// script was not rerun.
@Suite("Committed completions and man page are current")
struct GeneratedDocsTests {
    static func committed(_ relative: String) throws -> String {
        try String(contentsOf: RecordFolder.repositoryRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test(arguments: [("bash", "taakboek.bash"), ("zsh", "_taakboek"), ("fish", "taakboek.fish")])
    func completionScript(shell: String, file: String) throws {
        let run = try Taakboek.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        #expect(
            run.stdout == (try Self.committed("docs/completions/" + file)),
            "docs/completions/\(file) is out of date: run scripts/generate-docs")
    }

    /// mandoc's linter, at its default level (style included), finds nothing in the page: each
    /// sentence on a line of its own, input lines of at most 80 bytes, no verbatim "--", no
    /// closing period in the one-line description. groff's warnings too, where groff is there.
    @Test(.enabled(if: ExternalTool.path("mandoc") != nil, "mandoc is not installed (apt-get install mandoc)"))
    func mandocLintFindsNothing() throws {
        let page = RecordFolder.repositoryRoot.appendingPathComponent("docs/man/taakboek.1").path
        let lint = try ExternalTool.run("mandoc", ["-T", "lint", page])
        #expect(lint.status == 0 && lint.output.isEmpty, "\(lint.output)")
        if ExternalTool.path("groff") != nil {
            let groff = try ExternalTool.run("groff", ["-mandoc", "-Tutf8", "-ww", "-z", page])
            #expect(groff.status == 0 && groff.output.isEmpty, "\(groff.output)")
        }
    }

    @Test func manPage() throws {
        let dump = try Taakboek.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.stdout.utf8))
        #expect(tool.serializationVersion == 0)
        let page = try Self.committed("docs/man/taakboek.1")
        let date = try #require(ManualPage.Date.of(page: page))
        #expect(
            ManualPage.render(tool, date: date) == page, "docs/man/taakboek.1 is out of date: run scripts/generate-docs"
        )
        // Dutch survives as roff escapes; every (sub)command has its section.
        #expect(page.utf8.allSatisfy { $0 < 0x80 })
        #expect(page.contains("de records in \\[u00E9]\\[u00E9]n commit"))
        for command in [
            "taakboek check", "taakboek init", "taakboek new placement", "taakboek diff", "taakboek hook install",
        ] {
            #expect(page.contains(".Ss \"\(command)\"\n"), "\(command)")
        }
        #expect(page.contains("Ook: taakboek new plaatsing."))
    }

    /// groff reads the page without a warning (where groff is installed).
    @Test func manPageFormatsWithoutWarnings() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        process.arguments = [
            "-mdoc", "-Tutf8", "-ww", "-z",
            RecordFolder.repositoryRoot.appendingPathComponent("docs/man/taakboek.1").path,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.isEmpty, "\(text)")
    }
}
