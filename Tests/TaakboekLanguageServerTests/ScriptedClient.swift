import Foundation
import JSON
import TaakboekCore
import TaakboekLanguageServer
import TaakboekTestSupport

/// A scripted LSP client driving a `LanguageServer` in the process, message by message, over a
/// copy of the shipped records in a scratch folder.
final class ScriptedClient {
    let scratch: Scratch
    let server: LanguageServer
    var root: String { scratch.path("repo") }
    private var nextID = 1
    /// Every notification the server sent, in order.
    private(set) var notifications: [JSONValue] = []
    private(set) var log: [String] = []

    init(language: Language = .nl, initialize: Bool = true, canCreateFiles: Bool = true) throws {
        scratch = try Scratch()
        for folder in ["records", "schemas"] {
            try FileManager.default.createDirectory(atPath: scratch.path("repo"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: RepositoryFiles.root.appendingPathComponent(folder).path, toPath: scratch.path("repo/" + folder))
        }
        let box = LogBox()
        server = LanguageServer(language: language, version: "test", log: { box.lines.append($0) })
        self.box = box
        if initialize {
            let capabilities: JSONValue =
                canCreateFiles
                ? ["workspace": ["workspaceEdit": ["documentChanges": true, "resourceOperations": ["create"]]]]
                : [:]
            _ = try request("initialize", ["rootUri": .string(uri("")), "capabilities": capabilities])
            notify("initialized", [:])
        }
    }

    private let box: LogBox
    var logLines: [String] { box.lines }

    deinit { scratch.remove() }

    func uri(_ relative: String) -> String {
        DocumentURI.uri(ofPath: relative.isEmpty ? root : root + "/" + relative)
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    /// Sends raw bytes as one message body; returns what the server answered.
    func raw(_ body: String) -> [JSONValue] {
        let out = server.handle(Array(body.utf8)).map { try! JSONParser.parse($0) }
        for message in out where message["method"] != nil { notifications.append(message) }
        return out
    }

    struct ResponseError: Error {
        let code: Int
        let message: String
    }

    /// A request; returns its result, throws its error.
    @discardableResult
    func request(_ method: String, _ params: JSONValue) throws -> JSONValue {
        let id = nextID
        nextID += 1
        let body = JSONWriter.compact(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
        let out = raw(body)
        guard let response = out.first(where: { $0["id"] == .integer(id) }) else {
            throw ResponseError(code: 0, message: "no response")
        }
        if let error = response["error"] {
            throw ResponseError(code: error["code"]?.intValue ?? 0, message: error["message"]?.stringValue ?? "")
        }
        return response["result"] ?? .null
    }

    /// A notification; returns the notifications it caused.
    @discardableResult
    func notify(_ method: String, _ params: JSONValue) -> [JSONValue] {
        raw(JSONWriter.compact(["jsonrpc": "2.0", "method": .string(method), "params": params]))
            .filter { $0["method"] != nil }
    }

    /// Opens a record of the copy with its text (or the given text); returns the diagnostics published.
    @discardableResult
    func open(_ relative: String, text: String? = nil) throws -> [JSONValue] {
        let content = try text ?? self.text(relative)
        return notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": .string(uri(relative)), "languageId": "yaml", "version": 1, "text": .string(content)]])
    }

    @discardableResult
    func change(_ relative: String, version: Int, to text: String) -> [JSONValue] {
        notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(uri(relative)), "version": .integer(version)],
                "contentChanges": [["text": .string(text)]],
            ])
    }

    /// The diagnostics of a file in a batch of notifications (nil when not published).
    func diagnostics(_ relative: String, in published: [JSONValue]) -> [JSONValue]? {
        published.last {
            $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri(relative)
        }?["params"]?["diagnostics"]?.arrayValue
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        ["line": .integer(line), "character": .integer(character)]
    }
}

final class LogBox: @unchecked Sendable {
    var lines: [String] = []
}

extension JSONValue {
    var intValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
