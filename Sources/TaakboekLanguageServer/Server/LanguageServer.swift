import JSON
import TaakboekCore

/// The language server's state and its answers: one message in, the messages to send out. No
/// I/O happens here (`ServerLoop` reads and writes the stream), so a test drives it message by
/// message and a fuzzer feeds it anything.
public final class LanguageServer {
    enum State {
        case uninitialized
        case running
        case shutDown
    }

    public static let name = "taakboek"

    private var state = State.uninitialized
    public private(set) var language: Language
    private let version: String
    /// The records repositories of the open documents, by top folder.
    private var workspaces: [String: Workspace] = [:]
    /// The folders the client named (`rootUri`, `workspaceFolders`).
    private var clientRoots: [String] = []
    /// The findings last published per file (absolute path), to send only what changed.
    private var published: [String: [Finding]] = [:]
    /// The files with published findings, by repository and group.
    private var publishedPaths: [String: [String: Set<String>]] = [:]
    private var canCreateFiles = false
    /// Whether the client lets the server register for file changes (`didChangeWatchedFiles`).
    private var canWatchFiles = false
    private let explanations: ExplanationFiles?
    private let log: (String) -> Void
    /// Set by `exit`: 0 after `shutdown`, 1 without (LSP 3.17).
    public private(set) var exitCode: Int32?

    public init(
        language: Language, version: String, explanations: ExplanationFiles? = nil,
        log: @escaping (String) -> Void = { _ in }
    ) {
        self.language = language
        self.version = version
        self.explanations = explanations
        self.log = log
    }

    // MARK: the stream

    /// The answer to one frame of the stream.
    public func handle(frame: FrameReader.Frame) -> [String] {
        switch frame {
        case .message(let body): return handle(body)
        case .badHeader(let reason):
            log("unreadable message header: \(reason)")
            return [RPCOutgoing.error(nil, .invalidRequest("unreadable header: \(reason)"))]
        case .tooLarge(let size):
            log("message of \(size) bytes skipped: larger than the limit")
            return [RPCOutgoing.error(nil, .invalidRequest("message of \(size) bytes is larger than the server's limit"))]
        }
    }

    /// The answer to one message body.
    public func handle(_ body: [UInt8]) -> [String] {
        switch RPCMessage.read(body) {
        case .failure(let error):
            log(error.message)
            return [RPCOutgoing.error(nil, error)]
        case .success(.response(let id)):
            log("response to a request the server did not send (id \(String(describing: id))); ignored")
            return []
        case .success(.notification(let method, let params)):
            return notification(method, params)
        case .success(.request(let id, let method, let params)):
            do throws(RPCError) {
                var out: [String] = []
                let result = try request(method, params, after: &out)
                return [RPCOutgoing.result(id, result)] + out
            } catch {
                if error.code != RPCError.methodNotFound(method).code { log("\(method): \(error.message)") }
                return [RPCOutgoing.error(id, error)]
            }
        }
    }

    // MARK: requests

    private func request(_ method: String, _ params: JSONValue?, after out: inout [String]) throws(RPCError) -> JSONValue {
        switch state {
        case .uninitialized where method != "initialize": throw .serverNotInitialized
        case .shutDown: throw .invalidRequest("the server is shut down; only exit is accepted")
        default: break
        }
        switch method {
        case "initialize": return try initialize(params)
        case "shutdown":
            state = .shutDown
            return .null
        case "textDocument/hover": return try hover(params)
        case "textDocument/completion": return try completion(params)
        case "textDocument/codeAction": return try codeActions(params)
        default: throw .methodNotFound(method)
        }
    }

    private func initialize(_ params: JSONValue?) throws(RPCError) -> JSONValue {
        guard state == .uninitialized else { throw .invalidRequest("initialize was sent twice") }
        guard let params, params.objectValue != nil else { throw .invalidParams("initialize needs its params") }
        for folder in params["workspaceFolders"]?.arrayValue ?? [] {
            if let path = folder["uri"]?.stringValue.flatMap(DocumentURI.path(of:)) { clientRoots.append(path) }
        }
        if let path = params["rootUri"]?.stringValue.flatMap(DocumentURI.path(of:)) {
            clientRoots.append(path)
        } else if let path = params["rootPath"]?.stringValue, path.hasPrefix("/") {
            clientRoots.append(path)
        }
        let options = params["initializationOptions"]
        if let chosen = (options?["taal"] ?? options?["lang"])?.stringValue, let chosenLanguage = Language(rawValue: chosen) {
            language = chosenLanguage
        }
        let operations = params["capabilities"]?["workspace"]?["workspaceEdit"]?["resourceOperations"]?.arrayValue
        canCreateFiles =
            params["capabilities"]?["workspace"]?["workspaceEdit"]?["documentChanges"]?.boolValue == true
            && (operations?.contains { $0.stringValue == "create" } ?? false)
        canWatchFiles =
            params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        state = .running
        log("initialized: roots \(clientRoots), language \(language.rawValue), file creation \(canCreateFiles)")
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "hoverProvider": true,
                "completionProvider": ["triggerCharacters": [":", " ", "-"], "resolveProvider": false],
                "codeActionProvider": ["codeActionKinds": ["quickfix", "refactor"]],
            ],
            "serverInfo": ["name": .string(Self.name), "version": .string(version)],
        ]
    }

    // MARK: notifications

    private func notification(_ method: String, _ params: JSONValue?) -> [String] {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return []
        }
        guard state == .running else {
            if state == .uninitialized { log("\(method) before initialize; ignored") }
            return []
        }
        do throws(RPCError) {
            switch method {
            case "initialized": return watchFiles()
            case "textDocument/didOpen": return try didOpen(params)
            case "textDocument/didChange": return try didChange(params)
            case "textDocument/didClose": return try didClose(params)
            case "textDocument/didSave": return try didSave(params)
            case "workspace/didChangeWatchedFiles": return didChangeWatchedFiles(params)
            default:
                // `$/cancelRequest`, `$/setTrace` and others the server does not need.
                if !method.hasPrefix("$/") { log("notification \(method) ignored") }
                return []
            }
        } catch {
            log("\(method): \(error.message)")
            return []
        }
    }

    /// Asks the client to report changes to records and schemas on disk (a `git checkout`, a
    /// file written by another program), so closed files are read again. The client's answer
    /// needs nothing from the server and is only logged.
    private func watchFiles() -> [String] {
        guard canWatchFiles else { return [] }
        let registration: JSONValue = [
            "registrations": [
                [
                    "id": "taakboek-records", "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": ["watchers": [["globPattern": "**/records/**"], ["globPattern": "**/schemas/**"]]],
                ]
            ]
        ]
        return [
            JSONWriter.compact([
                "jsonrpc": "2.0", "id": "taakboek-watch", "method": "client/registerCapability", "params": registration,
            ])
        ]
    }

    /// The repository a document belongs to, and its path inside it; nil for a file that is not
    /// under a `records/` or `schemas/` folder.
    private func locate(_ uri: String) -> (workspace: Workspace, path: String)? {
        guard let absolute = DocumentURI.path(of: uri) else { return nil }
        for (_, workspace) in workspaces {
            if let path = workspace.relativePath(absolute) { return (workspace, path) }
        }
        guard let root = Self.root(of: absolute, clientRoots: clientRoots) else { return nil }
        let started = ContinuousClock.now
        let workspace = Workspace(root: root)
        log("read \(workspace.fileCount) files of \(root) in \(ContinuousClock.now - started)")
        workspaces[root] = workspace
        return workspace.relativePath(absolute).map { (workspace, $0) }
    }

    /// The top folder of the records repository holding `path`: a folder the client named that
    /// holds it as `records/…` or `schemas/…`, else the folder above the nearest `records` or
    /// `schemas` in the path.
    static func root(of path: String, clientRoots: [String]) -> String? {
        for root in clientRoots.sorted(by: { $0.count > $1.count }) {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix + "records/") || path.hasPrefix(prefix + "schemas/") {
                return root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
            }
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        for index in stride(from: parts.count - 2, through: 1, by: -1) where parts[index] == "records" || parts[index] == "schemas" {
            let root = parts[..<index].joined(separator: "/")
            return root.isEmpty ? "/" : root
        }
        return nil
    }

    private func textDocument(_ params: JSONValue?) throws(RPCError) -> String {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            throw .invalidParams("no textDocument.uri")
        }
        return uri
    }

    private func didOpen(_ params: JSONValue?) throws(RPCError) -> [String] {
        let uri = try textDocument(params)
        guard let text = params?["textDocument"]?["text"]?.stringValue else { throw .invalidParams("no textDocument.text") }
        guard let (workspace, path) = locate(uri) else {
            log("\(uri) is not in a records repository; not checked")
            return []
        }
        let version = params?["textDocument"]?["version"]?.intValue
        workspace.open(OpenDocument(uri: uri, path: path, text: text, version: version))
        return publish(workspace, group: Workspace.group(of: path), changed: path)
    }

    private func didChange(_ params: JSONValue?) throws(RPCError) -> [String] {
        let uri = try textDocument(params)
        guard let (workspace, path) = locate(uri), var document = workspace.documents[path] else { return [] }
        guard let changes = params?["contentChanges"]?.arrayValue else { throw .invalidParams("no contentChanges") }
        try document.apply(changes: changes, version: params?["textDocument"]?["version"]?.intValue)
        workspace.update(document)
        return publish(workspace, group: Workspace.group(of: path), changed: path)
    }

    private func didClose(_ params: JSONValue?) throws(RPCError) -> [String] {
        let uri = try textDocument(params)
        guard let (workspace, path) = locate(uri), workspace.documents[path] != nil else { return [] }
        workspace.close(path)
        return publish(workspace, group: Workspace.group(of: path), changed: path)
    }

    private func didSave(_ params: JSONValue?) throws(RPCError) -> [String] {
        let uri = try textDocument(params)
        guard let (workspace, path) = locate(uri), path.hasPrefix("schemas/") else { return [] }
        // The schemas judge every record: all of them again.
        workspace.refresh(path)
        return publishAll(workspace)
    }

    private func didChangeWatchedFiles(_ params: JSONValue?) -> [String] {
        var out: [String] = []
        var groups: [ObjectIdentifier: (Workspace, Set<String>)] = [:]
        for change in params?["changes"]?.arrayValue ?? [] {
            guard let uri = change["uri"]?.stringValue, let (workspace, path) = locate(uri),
                workspace.documents[path] == nil
            else { continue }
            if path.hasPrefix("schemas/") {
                workspace.refresh(path)
                out += publishAll(workspace)
                continue
            }
            let group = workspace.refresh(path)
            groups[ObjectIdentifier(workspace), default: (workspace, [])].1.insert(group)
        }
        for (workspace, names) in groups.values {
            for group in names.sorted() { out += publish(workspace, group: group, changed: nil) }
        }
        return out
    }

    // MARK: diagnostics

    /// Checks a group and publishes the diagnostics of each file whose findings changed, and
    /// always those of the document just changed (with its version).
    private func publish(_ workspace: Workspace, group: String, changed: String?) -> [String] {
        let findings = workspace.check(group: group)
        var builder = DiagnosticBuilder(workspace: workspace, language: language, explanations: explanations)
        var out: [String] = []
        var paths = Set(findings.keys)
        if let changed { paths.insert(changed) }
        // The files of the group that showed findings before, so that what is gone is cleared.
        for relative in publishedPaths[workspace.root]?[group] ?? [] { paths.insert(relative) }
        for path in paths.sorted() {
            let now = findings[path] ?? []
            let absolute = workspace.absolutePath(path)
            guard path == changed || published[absolute] ?? [] != now else { continue }
            published[absolute] = now.isEmpty ? nil : now
            if now.isEmpty {
                publishedPaths[workspace.root]?[group]?.remove(path)
            } else {
                publishedPaths[workspace.root, default: [:]][group, default: []].insert(path)
            }
            var params: JSONObject = [
                "uri": .string(workspace.documents[path]?.uri ?? DocumentURI.uri(ofPath: absolute)),
                "diagnostics": .array(now.map { builder.diagnostic($0) }),
            ]
            if let version = workspace.documents[path]?.version { params["version"] = .integer(version) }
            out.append(RPCOutgoing.notification("textDocument/publishDiagnostics", .object(params)))
        }
        return out
    }

    private func publishAll(_ workspace: Workspace) -> [String] {
        let groups = Set((workspace.documents.keys.map(Workspace.group(of:))) + [""])
        return groups.sorted().flatMap { publish(workspace, group: $0, changed: nil) }
    }

    // MARK: hover, completion, code actions

    private func openDocument(_ params: JSONValue?) throws(RPCError) -> (Workspace, OpenDocument, line: Int, character: Int)? {
        let uri = try textDocument(params)
        guard let (workspace, path) = locate(uri), let document = workspace.documents[path] else { return nil }
        guard let position = OpenDocument.position(params?["position"]) else { throw .invalidParams("no position") }
        return (workspace, document, position.line, position.character)
    }

    private func hover(_ params: JSONValue?) throws(RPCError) -> JSONValue {
        guard let (workspace, document, line, character) = try openDocument(params) else { return .null }
        let findings = published[workspace.absolutePath(document.path)] ?? []
        guard
            let markdown = HoverProvider(workspace: workspace, document: document, language: language, findings: findings)
                .hover(line: line, utf16: character)
        else { return .null }
        return ["contents": ["kind": "markdown", "value": .string(markdown)]]
    }

    private func completion(_ params: JSONValue?) throws(RPCError) -> JSONValue {
        guard let (workspace, document, line, character) = try openDocument(params) else { return .null }
        let items = CompletionProvider(workspace: workspace, document: document, language: language)
            .items(line: line, utf16: character)
        return ["isIncomplete": false, "items": .array(items)]
    }

    private func codeActions(_ params: JSONValue?) throws(RPCError) -> JSONValue {
        let uri = try textDocument(params)
        guard let (workspace, path) = locate(uri), let document = workspace.documents[path] else { return [] }
        guard let start = OpenDocument.position(params?["range"]?["start"]),
            let end = OpenDocument.position(params?["range"]?["end"])
        else { throw .invalidParams("no range") }
        var provider = CodeActionProvider(
            workspace: workspace, document: document, language: language,
            findings: published[workspace.absolutePath(path)] ?? [], canCreateFiles: canCreateFiles,
            diagnostics: DiagnosticBuilder(workspace: workspace, language: language, explanations: explanations))
        return .array(provider.actions(fromLine: min(start.line, end.line), toLine: max(start.line, end.line)))
    }
}

extension JSONValue {
    var intValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
