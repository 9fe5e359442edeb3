import Foundation
import JSON
import TaakboekCore
import TaakboekLanguageServer
import Testing

/// The server through a scripted client: lifecycle, diagnostics on unsaved text and for every
/// record a change affects, and the JSON-RPC errors of what a client gets wrong.
@Suite("taakboek lsp: the protocol")
struct ProtocolTests {
    static let period = "records/tynaarlo/perioden/2024-II.yaml"
    static let next = "records/tynaarlo/perioden/2025-I.yaml"

    @Test func initializeAnnouncesWhatTheServerDoes() throws {
        let client = try ScriptedClient(initialize: false)
        let result = try client.request("initialize", ["rootUri": .string(client.uri("")), "capabilities": [:]])
        let capabilities = result["capabilities"]
        #expect(capabilities?["positionEncoding"] == "utf-16")
        #expect(capabilities?["textDocumentSync"]?["change"] == 2)
        #expect(capabilities?["hoverProvider"] == true)
        #expect(capabilities?["completionProvider"] != nil)
        #expect(result["serverInfo"]?["name"] == "taakboek")
    }

    @Test func anUnsavedFigureIsCheckedWithTheEquationAndItsTerms() throws {
        let client = try ScriptedClient()
        let opened = try client.open(Self.period)
        // The record as shipped: only the note that the placements are incomplete.
        #expect(client.diagnostics(Self.period, in: opened)?.allSatisfy { $0["severity"] == 3 } == true)
        let text = try client.text(Self.period).replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
        let changed = client.change(Self.period, version: 2, to: text)
        let diagnostics = try #require(client.diagnostics(Self.period, in: changed))
        let error = try #require(diagnostics.first { $0["code"] == "TB201" })
        #expect(error["severity"] == 1)
        #expect(error["range"]?["start"]?["line"] == 7)
        #expect(error["range"]?["start"]?["character"] == 18)
        let message = error["message"]?.stringValue ?? ""
        #expect(message.hasPrefix("achterstand_eind klopt niet: achterstand_begin + taakstelling − gehuisvest = 31, maar er staat 30"))
        #expect(message.contains("− gehuisvest                    40  records/tynaarlo/perioden/2024-II.yaml:7"))
        let related = error["relatedInformation"]?.arrayValue ?? []
        #expect(related.map { $0["message"]?.stringValue ?? "" } == ["achterstand_begin = 38", "taakstelling = 33", "gehuisvest = 40"])
        #expect(related.last?["location"]?["range"]?["start"]?["line"] == 6)
        // The published version is the document's.
        let published = changed.last { $0["params"]?["uri"]?.stringValue == client.uri(Self.period) }
        #expect(published?["params"]?["version"] == 2)
        // The disk is untouched: the check read the unsaved text.
        #expect(try client.text(Self.period).contains("gehuisvest: 41"))
    }

    @Test func aChangeReChecksTheRecordsItAffects() throws {
        let client = try ScriptedClient()
        try client.open(Self.period)
        // 2024-II's end backlog is 2025-I's start: 2025-I, not open, gets TB302, and the letter
        // that quotes 30 gets TB601.
        let text = try client.text(Self.period)
            .replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
            .replacingOccurrences(of: "achterstand_eind: 30", with: "achterstand_eind: 31")
        let changed = client.change(Self.period, version: 2, to: text)
        #expect(client.diagnostics(Self.period, in: changed)?.contains { $0["severity"] == 1 } == false)
        let next = try #require(client.diagnostics(Self.next, in: changed))
        #expect(next.contains { $0["code"] == "TB302" }, "\(next)")
        // Back as it was: 2025-I's diagnostics are cleared.
        let restored = client.change(Self.period, version: 3, to: try client.text(Self.period))
        #expect(client.diagnostics(Self.next, in: restored)?.contains { $0["code"] == "TB302" } == false)
    }

    @Test func incrementalChangesInUTF16Positions() throws {
        let client = try ScriptedClient()
        let relative = "records/tynaarlo/perioden/2025-I.yaml"
        try client.open(relative)
        // Line 5 (0-based 4) is `taakstelling: 34`; replace "34" by "35".
        let changed = client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(client.uri(relative)), "version": 2],
                "contentChanges": [
                    ["range": ["start": ScriptedClient.position(4, 14), "end": ScriptedClient.position(4, 16)], "text": "35"]
                ],
            ])
        let diagnostics = try #require(client.diagnostics(relative, in: changed))
        #expect(diagnostics.contains { $0["code"] == "TB202" }, "\(diagnostics)")
    }

    @Test func filesChangedOnDiskAreReadAgain() throws {
        let client = try ScriptedClient(initialize: false)
        _ = try client.request(
            "initialize",
            [
                "rootUri": .string(client.uri("")),
                "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]],
            ])
        let registration = client.raw(JSONWriter.compact(["jsonrpc": "2.0", "method": "initialized", "params": [:]]))
        #expect(registration.first?["method"] == "client/registerCapability")
        // A response to it is accepted and ignored.
        #expect(client.raw("{\"jsonrpc\": \"2.0\", \"id\": \"taakboek-watch\", \"result\": null}").isEmpty)
        try client.open(Self.period)
        // 2025-I is changed on disk (not open): its start no longer follows 2024-II's end.
        let path = client.root + "/" + Self.next
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "achterstand_begin: 30", with: "achterstand_begin: 29")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let published = client.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(client.uri(Self.next)), "type": 2]]])
        #expect(client.diagnostics(Self.next, in: published)?.contains { $0["code"] == "TB302" } == true, "\(published)")
        // Deleted: its findings go, and the gap after 2024-II is not an error of a closed period.
        try FileManager.default.removeItem(atPath: path)
        let deleted = client.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(client.uri(Self.next)), "type": 3]]])
        #expect(client.diagnostics(Self.next, in: deleted)?.isEmpty == true, "\(deleted)")
    }

    @Test func englishOnRequest() throws {
        let client = try ScriptedClient(initialize: false)
        _ = try client.request(
            "initialize",
            ["rootUri": .string(client.uri("")), "capabilities": [:], "initializationOptions": ["taal": "en"]])
        let text = try client.text(Self.period).replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
        let opened = try client.open(Self.period, text: text)
        let message = client.diagnostics(Self.period, in: opened)?.first { $0["code"] == "TB201" }?["message"]?.stringValue
        #expect(message?.hasPrefix("achterstand_eind does not add up") == true, "\(message ?? "")")
    }

    @Test func everyDiagnosticLinksToItsExplanation() throws {
        let client = try ScriptedClient()
        let text = try client.text(Self.period).replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
        _ = text
        let folder = client.scratch.path("cache")
        let files = try #require(ExplanationFiles.write(environment: ["XDG_CACHE_HOME": folder]))
        let href = try #require(files.uri(of: "TB201", language: .nl))
        #expect(href == DocumentURI.uri(ofPath: folder + "/taakboek/uitleg/nl/TB201.txt"))
        let written = try String(contentsOfFile: folder + "/taakboek/uitleg/nl/TB201.txt", encoding: .utf8)
        #expect(written.hasPrefix("TB201: "))
        #expect(files.uri(of: "TB999", language: .nl) == nil)
    }

    @Test func aDocumentOutsideARecordsRepositoryIsNotChecked() throws {
        let client = try ScriptedClient()
        let published = client.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": "file:///tmp/elders/notities.yaml", "languageId": "yaml", "version": 1, "text": "a: 1\n"]])
        #expect(published.isEmpty)
        let untitled = client.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": "untitled:Untitled-1", "languageId": "yaml", "version": 1, "text": "a: 1\n"]])
        #expect(untitled.isEmpty)
    }

    // MARK: errors

    @Test func requestsBeforeInitializeAreRefused() throws {
        let client = try ScriptedClient(initialize: false)
        #expect(throws: ScriptedClient.ResponseError.self) {
            try client.request("textDocument/hover", ["textDocument": ["uri": "file:///x"], "position": ScriptedClient.position(0, 0)])
        }
        do {
            try client.request("textDocument/hover", [:])
        } catch let error as ScriptedClient.ResponseError {
            #expect(error.code == -32002)
        }
    }

    @Test func malformedMessagesGetTheRightJSONRPCError() throws {
        let client = try ScriptedClient()
        func errorCode(_ body: String) -> Int? { client.raw(body).first?["error"]?["code"]?.intValue }
        #expect(errorCode("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ") == -32700)
        #expect(errorCode("[1, 2]") == -32600)
        #expect(errorCode("{\"jsonrpc\": \"1.0\", \"id\": 1, \"method\": \"shutdown\"}") == -32600)
        #expect(errorCode("{\"jsonrpc\": \"2.0\", \"id\": true, \"method\": \"shutdown\"}") == -32600)
        #expect(errorCode("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"textDocument/formatting\", \"params\": {}}") == -32601)
        #expect(errorCode("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"textDocument/hover\", \"params\": {}}") == -32602)
        #expect(errorCode("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\": {}}") == -32600)
        // The id of the answer is the request's, also a string.
        let answer = client.raw("{\"jsonrpc\": \"2.0\", \"id\": \"a\", \"method\": \"nope\"}").first
        #expect(answer?["id"] == "a")
        // A broken notification is logged, not answered, and the server carries on.
        #expect(client.raw("{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didChange\", \"params\": {}}").isEmpty)
        #expect(try client.request("shutdown", .null) == .null)
    }

    @Test func shutdownThenExit() throws {
        let client = try ScriptedClient()
        #expect(try client.request("shutdown", .null) == .null)
        #expect(throws: ScriptedClient.ResponseError.self) { try client.request("textDocument/hover", [:]) }
        client.notify("exit", .null)
        #expect(client.server.exitCode == 0)
        let abrupt = try ScriptedClient()
        abrupt.notify("exit", .null)
        #expect(abrupt.server.exitCode == 1)
    }
}
