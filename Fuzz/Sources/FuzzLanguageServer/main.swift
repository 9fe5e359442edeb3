import Foundation
import TaakboekCore
import TaakboekLanguageServer

// A stream of bytes as a client might send it, through the message framing and the language
// server: framed in pieces whose size the first byte chooses, every frame answered. The server
// works on a copy of the shipped records at a fixed path (the seeds open and edit its records),
// so didOpen, didChange, hover, completion and code actions all run on real records. Beyond
// "no crash, no hang": every answer is one JSON object, and a request gets exactly one answer.

let root = "/tmp/taakboek-fuzz-lsp/repo"

let prepared: Bool = {
    let manager = FileManager.default
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    try? manager.removeItem(atPath: root)
    try? manager.createDirectory(atPath: root, withIntermediateDirectories: true)
    for folder in ["records", "schemas"] {
        try? manager.copyItem(atPath: repository.appendingPathComponent(folder).path, toPath: root + "/" + folder)
    }
    return manager.fileExists(atPath: root + "/records")
}()

let initialize = FrameWriter.frame(
    "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"rootUri\":\"file://\(root)\",\"capabilities\":{\"workspace\":{\"workspaceEdit\":{\"documentChanges\":true,\"resourceOperations\":[\"create\"]}}}}}"
)

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard prepared, count > 0, let start else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let chunk = Int(bytes[0]) + 1
    let server = LanguageServer(language: bytes[0] & 1 == 0 ? .nl : .en, version: "fuzz")
    var reader = FrameReader(maximumBodySize: 1 << 20)
    var stream = initialize
    stream += bytes.dropFirst()
    var index = 0
    while index < stream.count {
        for frame in reader.feed(stream[index..<min(stream.count, index + chunk)]) {
            let requestID: JSONValueID? = {
                guard case .message(let body) = frame, case .success(.request(let id, _, _)) = RPCMessage.read(body)
                else { return nil }
                return JSONValueID(id)
            }()
            let answers = server.handle(frame: frame)
            var answered = 0
            for answer in answers {
                guard answer.first == "{", answer.last == "}" else { fatalError("an answer that is not a JSON object: \(answer)") }
                if let requestID, answer.contains("\"id\":\(requestID.text)") { answered += 1 }
            }
            if requestID != nil, answered != 1 { fatalError("a request got \(answered) answers: \(answers)") }
            if server.exitCode != nil { return 0 }
        }
        index += chunk
    }
    return 0
}

/// A request id as it appears in an answer's JSON.
struct JSONValueID {
    let text: String
    init(_ id: RequestID) {
        switch id {
        case .number(let number): text = String(number)
        case .string(let string): text = "\"" + string.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}
