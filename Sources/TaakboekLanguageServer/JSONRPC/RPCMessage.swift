import JSON

/// A JSON-RPC 2.0 request id: a number or a string (LSP allows both).
public enum RequestID: Sendable, Hashable {
    case number(Int)
    case string(String)

    var json: JSONValue {
        switch self {
        case .number(let number): .integer(number)
        case .string(let text): .string(text)
        }
    }

    init?(_ value: JSONValue) {
        switch value {
        case .integer(let number): self = .number(number)
        case .string(let text): self = .string(text)
        default: return nil
        }
    }
}

/// The JSON-RPC error codes the server answers with (JSON-RPC 2.0 and LSP 3.17).
public struct RPCError: Error, Sendable, Equatable {
    public let code: Int
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ detail: String) -> RPCError { RPCError(code: -32700, message: "Parse error: \(detail)") }
    public static func invalidRequest(_ detail: String) -> RPCError {
        RPCError(code: -32600, message: "Invalid request: \(detail)")
    }
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: -32601, message: "Method not found: \(method)")
    }
    public static func invalidParams(_ detail: String) -> RPCError {
        RPCError(code: -32602, message: "Invalid params: \(detail)")
    }
    public static func internalError(_ detail: String) -> RPCError {
        RPCError(code: -32603, message: "Internal error: \(detail)")
    }
    public static let serverNotInitialized = RPCError(code: -32002, message: "Server not initialized")
    public static let requestCancelled = RPCError(code: -32800, message: "Request cancelled")
}

/// One incoming message, read from its JSON.
public enum RPCMessage: Sendable {
    case request(id: RequestID, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    /// A response to a request the server sent (it sends none that need an answer, so it is logged).
    case response(id: RequestID?)

    /// Reads a message body; the error says what to answer (with a null id, as JSON-RPC wants
    /// when the id cannot be read).
    public static func read(_ body: [UInt8]) -> Result<RPCMessage, RPCError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body, maxDepth: 64)
        } catch {
            return .failure(.parseError(error.description))
        }
        guard case .object(let object) = value else { return .failure(.invalidRequest("not a JSON object")) }
        guard object["jsonrpc"]?.stringValue == "2.0" else {
            return .failure(.invalidRequest("\"jsonrpc\" must be \"2.0\""))
        }
        // `"params": null` is read as no params: clients (eglot 1.9) send it with `shutdown` and `exit`.
        let params = object["params"].flatMap { $0 == .null ? nil : $0 }
        if let params, params.objectValue == nil, params.arrayValue == nil {
            return .failure(.invalidRequest("\"params\" must be an object or an array"))
        }
        guard let methodValue = object["method"] else {
            if object["result"] != nil || object["error"] != nil {
                return .success(.response(id: object["id"].flatMap(RequestID.init)))
            }
            return .failure(.invalidRequest("no \"method\""))
        }
        guard let method = methodValue.stringValue else { return .failure(.invalidRequest("\"method\" is not a string")) }
        guard let idValue = object["id"] else { return .success(.notification(method: method, params: params)) }
        guard let id = RequestID(idValue) else {
            return .failure(.invalidRequest("\"id\" must be a number or a string"))
        }
        return .success(.request(id: id, method: method, params: params))
    }
}

/// Outgoing messages as JSON text.
public enum RPCOutgoing {
    public static func result(_ id: RequestID, _ result: JSONValue) -> String {
        JSONWriter.compact(.object(["jsonrpc": .string("2.0"), "id": id.json, "result": result]))
    }

    public static func error(_ id: RequestID?, _ error: RPCError) -> String {
        JSONWriter.compact(
            .object([
                "jsonrpc": .string("2.0"), "id": id?.json ?? .null,
                "error": .object(["code": .integer(error.code), "message": .string(error.message)]),
            ]))
    }

    public static func notification(_ method: String, _ params: JSONValue) -> String {
        JSONWriter.compact(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }
}
