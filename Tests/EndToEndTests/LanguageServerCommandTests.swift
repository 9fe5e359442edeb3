import Foundation
import Testing

/// `taakboek lsp` as an editor runs it: the built binary over stdin and stdout, a whole session
/// written in advance, then what it answered, what it logged and how it ended.
@Suite("taakboek lsp: the binary over stdio")
struct LanguageServerCommandTests {
    static func frame(_ object: [String: Any]) -> Data {
        let body = try! JSONSerialization.data(withJSONObject: object)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Runs the server with `input` on stdin; returns the exit status, the messages it wrote and its log.
    static func run(_ input: Data, in folder: URL) throws -> (status: Int32, messages: [[String: Any]], log: String) {
        let stdin = folder.appendingPathComponent("lsp-input")
        let stdout = folder.appendingPathComponent("lsp-output")
        let stderr = folder.appendingPathComponent("lsp-log")
        try input.write(to: stdin)
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = Taakboek.binary
        process.arguments = ["lsp"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: stdin)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "taakboek lsp was killed by a signal")
        var messages: [[String: Any]] = []
        var rest = try Data(contentsOf: stdout)
        while let range = rest.range(of: Data("\r\n\r\n".utf8)) {
            let header = String(decoding: rest[rest.startIndex..<range.lowerBound], as: UTF8.self)
            let length = Int(header.replacingOccurrences(of: "Content-Length: ", with: "")) ?? 0
            let body = rest[range.upperBound..<range.upperBound + length]
            if let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] { messages.append(object) }
            rest = rest[(range.upperBound + length)...]
        }
        return (process.terminationStatus, messages, String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
    }

    static func initialize(_ root: URL) -> Data {
        frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": root.absoluteString, "capabilities": [:]]])
            + frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
    }

    static func diagnostics(_ messages: [[String: Any]], uri: String) -> [[String: Any]] {
        messages.filter {
            ($0["method"] as? String) == "textDocument/publishDiagnostics"
                && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
        }.compactMap { ($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] }.last ?? []
    }

    @Test func aSessionFromInitializeToExit() throws {
        let folder = try RecordFolder.shipped()
        let path = "records/tynaarlo/perioden/2024-II.yaml"
        let uri = folder.url.appendingPathComponent(path).absoluteString
        let text = try folder.read(path).replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
        let input =
            Self.initialize(folder.url)
            + Self.frame([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": uri, "languageId": "yaml", "version": 1, "text": text]],
            ])
            + Self.frame(["jsonrpc": "2.0", "id": 2, "method": "shutdown"])
            + Self.frame(["jsonrpc": "2.0", "method": "exit"])
        let session = try Self.run(input, in: folder.url)
        #expect(session.status == 0, "\(session.log)")
        #expect(session.messages.first?["id"] as? Int == 1)
        let diagnostics = Self.diagnostics(session.messages, uri: uri)
        let error = diagnostics.first { $0["code"] as? String == "TB201" }
        #expect(error?["severity"] as? Int == 1, "\(session.messages)")
        #expect((error?["codeDescription"] as? [String: Any])?["href"] as? String
            == URL(fileURLWithPath: folder.url.path + "/cache/taakboek/uitleg/nl/TB201.txt").absoluteString)
        #expect(session.log.contains("taakboek lsp: read 15 files of"))
        // Read-only: nothing in the records changed.
        #expect(try folder.read(path).contains("gehuisvest: 41"))
    }

    @Test func anUnwritableLogIsAUsageError() throws {
        let run = try Taakboek.run(["lsp", "--log", "/nonexistent-folder/lsp.log"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("kan het log /nonexistent-folder/lsp.log niet schrijven"), "\(run.stderr)")
    }

    @Test func aClientThatVanishesMidMessageEndsTheServerWithALogLine() throws {
        let folder = try RecordFolder.shipped()
        var input = Self.initialize(folder.url)
        input += Data("Content-Length: 500\r\n\r\n{\"jsonrpc\": \"2.0\", \"met".utf8)
        let session = try Self.run(input, in: folder.url)
        #expect(session.status == 1)
        #expect(session.log.contains("the client went away in the middle of a message"), "\(session.log)")
    }

    @Test func garbageAndAHugeMessageGetErrorsAndTheServerCarriesOn() throws {
        let folder = try RecordFolder.shipped()
        var input = Self.initialize(folder.url)
        input += Data("Content-Length: 5\r\n\r\nnope!".utf8)
        // 80 MiB announced: above the limit, skipped as it arrives.
        let huge = 80 * 1024 * 1024
        input += Data("Content-Length: \(huge)\r\n\r\n".utf8) + Data(repeating: 0x20, count: huge)
        // A record far above the 1 MiB record limit: TB100, not a crash.
        let path = "records/tynaarlo/perioden/2025-I.yaml"
        let uri = folder.url.appendingPathComponent(path).absoluteString
        let big = String(repeating: "# x\n", count: 600_000)
        input += Self.frame([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": uri, "languageId": "yaml", "version": 1, "text": big]],
        ])
        input += Self.frame(["jsonrpc": "2.0", "id": 9, "method": "shutdown"]) + Self.frame(["jsonrpc": "2.0", "method": "exit"])
        let session = try Self.run(input, in: folder.url)
        #expect(session.status == 0, "\(session.log)")
        let errors = session.messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(errors == [-32700, -32600], "\(session.messages.map { $0["error"] ?? "" })")
        #expect(Self.diagnostics(session.messages, uri: uri).contains { $0["code"] as? String == "TB100" })
        #expect(session.messages.contains { $0["id"] as? Int == 9 })
        #expect(session.log.contains("message of \(huge) bytes skipped"))
    }
}
