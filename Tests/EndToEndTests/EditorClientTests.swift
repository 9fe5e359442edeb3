import Foundation
import TaakboekTestSupport
import Testing

/// `taakboek lsp` under real LSP clients, each driven by a script in Tests/EditorClients/ on a
/// copy of the shipped records: headless Neovim (Debian's 0.7.2, or 0.8+), a Python client
/// built on PyPI's pygls/lsprotocol, and batch Emacs with eglot (Debian's elpa-eglot 1.9). A client that is not installed makes its test say it was
/// skipped (scripts/test installs them through ensure_test_judges where it can).
@Suite("Editor clients of taakboek lsp")
struct EditorClientTests {
    static let scripts = RecordFolder.repositoryRoot.appendingPathComponent("Tests/EditorClients")
    static let period = "records/tynaarlo/perioden/2024-II.yaml"
    static let tb201Message =
        "achterstand_eind klopt niet: achterstand_begin + taakstelling − gehuisvest = 31, maar er staat 30"

    /// Runs a client program with no standard input, its output in a file, stopped by
    /// `timeout` after `seconds`: its exit status and what it printed (stdout and stderr).
    static func runClient(
        _ arguments: [String], environment extra: [String: String] = [:], seconds: Int = 120, in directory: URL
    ) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        // Editors keep logs and state under XDG folders: a scratch one, not the user's.
        for name in ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"] {
            environment[name] = directory.appendingPathComponent(".editor-home").path
        }
        for (key, value) in extra { environment[key] = value }
        return try ExternalTool.run(
            executable: "/usr/bin/env", ["timeout", String(seconds)] + arguments, in: directory, environment: environment)
    }

    struct Diagnostic: Decodable {
        let line: Int
        let code: String?
        let severity: Int?
        let message: String
    }

    struct NeovimOutput: Decodable {
        let nvim: String
        let modified: Bool
        let before: [Diagnostic]
        let after: [Diagnostic]
    }

    @Test func neovimShowsTB201AfterAnUnsavedEdit() throws {
        guard let nvim = ExternalTool.path("nvim") else {
            print("EditorClientTests skipped: nvim is not on PATH (apt-get install -y neovim)")
            return
        }
        let folder = try RecordFolder.shipped()
        let out = folder.url.appendingPathComponent("nvim-diagnostics.json")
        let script = Self.scripts.appendingPathComponent("nvim-diagnostics.lua").path
        let run = try Self.runClient(
            [nvim, "--headless", "--clean", "-u", "NONE", "-c", "luafile \(script)"],
            environment: [
                "TAAKBOEK_BIN": Taakboek.binary.path, "TAAKBOEK_REPOSITORY": folder.url.path,
                "TAAKBOEK_NVIM_OUT": out.path,
            ],
            in: folder.url)
        #expect(run.status == 0, "nvim: \(run.output)")
        let result = try JSONDecoder().decode(NeovimOutput.self, from: Data(contentsOf: out))
        print("EditorClientTests: Neovim \(result.nvim)")
        let isTB201 = { (d: Diagnostic) in d.code == "TB201" && d.line == 7 }
        #expect(!result.before.contains(where: isTB201), "before the edit: \(result.before)")
        let after = try #require(result.after.first(where: isTB201), "after the edit: \(result.after)")
        #expect(after.message.hasPrefix(Self.tb201Message), "\(after.message)")
        #expect(after.severity == 1)
        // The edit stayed in the buffer: the file on disk is as shipped.
        #expect(result.modified)
        #expect(try folder.read(Self.period).contains("gehuisvest: 41\n"))
    }

    struct PyglsSummary: Decodable {
        let ok: Bool
        let pygls: String?
        let checks: [String: Bool]?
        let error: String?
    }

    @Test func pyglsClientFixesTheSumWithACodeAction() throws {
        guard ExternalTool.path("python3") != nil, try ExternalTool.run("python3", ["-c", "import pygls"]).status == 0
        else {
            print("EditorClientTests skipped: python3 cannot import pygls (python3 -m pip install pygls)")
            return
        }
        let folder = try RecordFolder.shipped()
        let script = Self.scripts.appendingPathComponent("pygls_client.py").path
        let run = try Self.runClient(["python3", script, Taakboek.binary.path, folder.url.path], in: folder.url)
        #expect(run.status == 0, "pygls client: \(run.output)")
        let start = try #require(run.output.firstIndex(of: "{"), "no JSON summary: \(run.output)")
        let summary = try JSONDecoder().decode(PyglsSummary.self, from: Data(run.output[start...].utf8))
        print("EditorClientTests: pygls \(summary.pygls ?? "?")")
        #expect(summary.ok, "\(run.output)")
        #expect(summary.error == nil)
        for (name, passed) in summary.checks ?? [:] { #expect(passed, "\(name)") }
        #expect(summary.checks?.count == 6)
        #expect(try folder.read(Self.period).contains("gehuisvest: 41\n"))
    }

    struct EmacsDiagnostic: Decodable {
        let line: Int
        let type: String
        let text: String
    }

    struct EmacsOutput: Decodable {
        let emacs: String
        let eglot: String
        let modified: Bool
        let before: [EmacsDiagnostic]
        let after: [EmacsDiagnostic]
    }

    @Test func emacsEglotShowsTB201InFlymakeAfterAnUnsavedEdit() throws {
        guard let emacs = ExternalTool.path("emacs") else {
            print("EditorClientTests skipped: emacs is not on PATH (apt-get install -y emacs-nox elpa-eglot)")
            return
        }
        let folder = try RecordFolder.shipped()
        let probe = try Self.runClient([emacs, "--batch", "--eval", "(require 'eglot)"], seconds: 60, in: folder.url)
        guard probe.status == 0 else {
            print("EditorClientTests skipped: emacs has no eglot (apt-get install -y elpa-eglot): \(probe.output)")
            return
        }
        let out = folder.url.appendingPathComponent("emacs-diagnostics.json")
        let script = Self.scripts.appendingPathComponent("emacs-eglot.el").path
        let run = try Self.runClient(
            [emacs, "--batch", "-l", script],
            environment: [
                "TAAKBOEK_BIN": Taakboek.binary.path, "TAAKBOEK_REPOSITORY": folder.url.path,
                "TAAKBOEK_EMACS_OUT": out.path,
            ],
            in: folder.url)
        #expect(run.status == 0, "emacs: \(run.output)")
        let result = try JSONDecoder().decode(EmacsOutput.self, from: Data(contentsOf: out))
        print("EditorClientTests: Emacs \(result.emacs), eglot \(result.eglot)")
        // eglot writes a diagnostic as "source [code]: message".
        let isTB201 = { (d: EmacsDiagnostic) in d.line == 7 && d.text.hasPrefix("taakboek [TB201]: ") }
        #expect(!result.before.contains(where: isTB201), "before the edit: \(result.before)")
        let after = try #require(result.after.first(where: isTB201), "after the edit: \(result.after)")
        #expect(after.text.hasPrefix("taakboek [TB201]: " + Self.tb201Message), "\(after.text)")
        #expect(after.type == "eglot-error")
        #expect(result.modified)
        #expect(try folder.read(Self.period).contains("gehuisvest: 41\n"))
    }

    /// What eglot 1.9 sends at the end: `shutdown` and `exit` with `"params": null`, answered
    /// (with the request's id) and obeyed.
    @Test func shutdownAndExitWithNullParams() throws {
        let messages = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}"#,
            #"{"jsonrpc":"2.0","method":"exit","params":null}"#,
        ]
        let folder = try RecordFolder()
        let input = folder.url.appendingPathComponent("input")
        try Data(messages.map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined().utf8).write(to: input)
        let process = Process()
        process.executableURL = Taakboek.binary
        process.arguments = ["lsp"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let output = folder.url.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let answers = try folder.read("output")
        #expect(answers.contains(#"{"jsonrpc":"2.0","id":2,"result":null}"#), "\(answers)")
        #expect(!answers.contains(#""error""#), "\(answers)")
        #expect(process.terminationStatus == 0)
    }
}
