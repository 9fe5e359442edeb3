import TaakboekLanguageServer
import TaakboekTestSupport
import Testing

/// The message framing, including what a hostile or broken client sends, and a seeded fuzz of
/// arbitrary bytes and arbitrary splits (a libFuzzer harness does the same without limits:
/// Fuzz/Sources/FuzzLanguageServer).
@Suite("taakboek lsp: message framing")
struct FramingTests {
    static func framed(_ body: String) -> [UInt8] { FrameWriter.frame(body) }

    @Test func messagesSplitAnywhereAndJoinedComeOutWhole() {
        let stream = Self.framed("{\"a\":1}") + Self.framed("{\"b\":\"é\"}") + Self.framed("{}")
        for split in 0...stream.count {
            var reader = FrameReader()
            let frames = reader.feed(stream[..<split]) + reader.feed(stream[split...])
            #expect(
                frames == [.message(Array("{\"a\":1}".utf8)), .message(Array("{\"b\":\"é\"}".utf8)), .message(Array("{}".utf8))],
                "split at \(split)")
        }
        // One byte at a time.
        var reader = FrameReader()
        let frames = stream.flatMap { reader.feed([$0]) }
        #expect(frames.count == 3)
        #expect(reader.pendingByteCount == 0)
    }

    @Test func otherHeaderFieldsAndCaseAreAccepted() {
        var reader = FrameReader()
        let bytes = Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8)
        #expect(reader.feed(bytes) == [.message(Array("{}".utf8))])
    }

    @Test func aBadHeaderIsReportedAndTheNextMessageStillArrives() {
        var reader = FrameReader()
        let bytes = Array("Content-Length: zwei\r\n\r\n".utf8) + Self.framed("{}")
        #expect(reader.feed(bytes) == [.badHeader("Content-Length is not a number: zwei"), .message(Array("{}".utf8))])
        var missing = FrameReader()
        #expect(missing.feed(Array("X: 1\r\n\r\n".utf8)) == [.badHeader("no Content-Length field")])
        var twice = FrameReader()
        #expect(twice.feed(Array("Content-Length: 1\r\nContent-Length: 2\r\n\r\n".utf8)) == [.badHeader("two different Content-Length fields")])
    }

    @Test func aHugeMessageIsSkippedWithoutKeepingIt() {
        var reader = FrameReader(maximumBodySize: 100)
        var frames = reader.feed(Array("Content-Length: 1000\r\n\r\n".utf8) + [UInt8](repeating: 65, count: 400))
        #expect(frames == [.tooLarge(1000)])
        #expect(reader.pendingByteCount == 600)
        frames = reader.feed([UInt8](repeating: 65, count: 600) + Self.framed("{}"))
        #expect(frames == [.message(Array("{}".utf8))])
        // A header that never ends is dropped, not buffered for ever.
        var endless = FrameReader()
        let garbage = [UInt8](repeating: 66, count: FrameReader.maximumHeaderSize + 10)
        #expect(endless.feed(garbage).count == 1)
        #expect(endless.pendingByteCount == 0)
    }

    @Test(arguments: 0..<200)
    func fuzzedStreamsNeverCrashAndValidMessagesSurvive(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        // Valid messages, garbage, headers with wrong lengths, truncated headers, mixed.
        var stream: [UInt8] = []
        var valid = 0
        for _ in 0..<random.below(12) {
            switch random.below(5) {
            case 0, 1:
                stream += Self.framed("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"n\":\(random.below(1000))}}")
                valid += 1
            case 2:
                stream += (0..<random.below(64)).map { _ in UInt8(random.below(256)) }
            case 3:
                stream += Array("Content-Length: \(random.below(30))\r\n\r\n".utf8)
            default:
                stream += Array("Content-Length: 9999999999999999999\r\n\r\n".utf8)
            }
        }
        var reader = FrameReader(maximumBodySize: 1 << 16)
        var index = 0
        var frames: [FrameReader.Frame] = []
        while index < stream.count {
            let size = 1 + random.below(40)
            frames += reader.feed(stream[index..<min(stream.count, index + size)])
            index += size
        }
        // The reader never returns more bytes than it was given.
        let total = frames.reduce(0) { sum, frame in
            if case .message(let body) = frame { return sum + body.count }
            return sum
        }
        #expect(total <= stream.count)
        // The server answers each frame without crashing.
        let server = LanguageServer(language: .nl, version: "test")
        for frame in frames { _ = server.handle(frame: frame) }
        if valid > 0, stream.count == valid * Self.framed("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"n\":0}}").count {
            #expect(frames.count == valid)
        }
    }
}

@Suite("taakboek lsp: positions and URIs")
struct PositionTests {
    @Test func utf16ColumnsOfNonASCIILines() {
        let table = LineTable("a: 1\r\nopmerking: café 😀 x\nlaatste")
        #expect(table.lineCount == 3)
        #expect(table.line(0) == "a: 1")
        #expect(table.line(1) == "opmerking: café 😀 x")
        // Character column 18 (the "x") is UTF-16 offset 18: "😀" is two units, one character.
        #expect(table.utf16Offset(line: 1, column: 19) == 19)
        #expect(table.column(line: 1, utf16: 19) == 19)
        #expect(table.column(line: 1, utf16: 16) == 17)  // the emoji starts at offset 16
        #expect(table.column(line: 1, utf16: 17) == 17)  // inside it: its start
        #expect(table.line(5) == "")
    }

    @Test func incrementalEditsAcrossLinesAndPairs() throws {
        var document = OpenDocument(uri: "file:///r/records/x/gemeente.yaml", path: "records/x/gemeente.yaml", text: "naam: 😀 Aa\nprovincie: Drenthe\n", version: 1)
        try document.apply(
            changes: [["range": ["start": ["line": 0, "character": 6], "end": ["line": 1, "character": 0]], "text": "Bb\n"]],
            version: 2)
        #expect(document.text == "naam: Bb\nprovincie: Drenthe\n")
        // Past the end of a line: the line's end.
        try document.apply(
            changes: [["range": ["start": ["line": 0, "character": 99], "end": ["line": 0, "character": 99]], "text": "!"]],
            version: 3)
        #expect(document.text == "naam: Bb!\nprovincie: Drenthe\n")
        #expect(document.version == 3)
        #expect(throws: RPCError.self) { try document.apply(changes: [["range": "x", "text": "y"]], version: 4) }
    }

    @Test func fileURIsRoundTrip() {
        let path = "/home/ambtenaar/Mijn records/records/aa-en-hunze/perioden/2025-I.yaml"
        let uri = DocumentURI.uri(ofPath: path)
        #expect(uri == "file:///home/ambtenaar/Mijn%20records/records/aa-en-hunze/perioden/2025-I.yaml")
        #expect(DocumentURI.path(of: uri) == path)
        #expect(DocumentURI.path(of: "file://localhost/tmp/a%C3%A9.yaml") == "/tmp/aé.yaml")
        #expect(DocumentURI.path(of: "untitled:1") == nil)
        #expect(DocumentURI.path(of: "file:///tmp/%ZZ") == nil)
        #expect(DocumentURI.path(of: "file:///tmp/%00") == nil)
    }
}
