import Foundation
import TaakboekTestSupport
import Testing

/// `taakboek lsp` under real LSP clients, each driven by a script in Tests/EditorClients/ on a
/// copy of the shipped records: headless Neovim (Debian's 0.7.2, or 0.8+) and a Python client
/// built on PyPI's pygls/lsprotocol. A client that is not installed makes its test say it was
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["timeout", String(seconds)] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        // Editors keep logs and state under XDG folders: a scratch one, not the user's.
        for name in ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"] {
            environment[name] = directory.appendingPathComponent(".editor-home").path
        }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = directory.appendingPathComponent(".client-output-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
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
}
