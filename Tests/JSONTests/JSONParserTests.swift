import JSON
import TaakboekTestSupport
import Testing

@Suite("JSONParser")
struct JSONParserTests {
    @Test("integers that fit Int stay integers; everything else is a number")
    func numberKinds() throws {
        #expect(try JSONParser.parse("1") == .integer(1))
        #expect(try JSONParser.parse("-0") == .integer(0))
        #expect(try JSONParser.parse("9223372036854775807") == .integer(Int.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .integer(Int.min))
        guard case .number(let big) = try JSONParser.parse("9223372036854775808") else {
            Issue.record("an integer beyond Int.max must become a number")
            return
        }
        #expect(big == 9_223_372_036_854_775_808.0)
        guard case .number(let fraction) = try JSONParser.parse("1.0") else {
            Issue.record("1.0 must stay a number")
            return
        }
        #expect(fraction == 1.0)
        guard case .number(let exponent) = try JSONParser.parse("2E+2") else {
            Issue.record("2E+2 must be a number")
            return
        }
        #expect(exponent == 200)
        #expect(try JSONParser.parse("-1.5e-3") == .number(-0.0015))
    }

    @Test("strings, escapes and surrogate pairs")
    func strings() throws {
        #expect(
            try JSONParser.parse(#""a\"b\\c\/d\b\f\n\r\t""#)
                == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try JSONParser.parse(#""\u00e9\ud83d\ude00""#) == .string("é😀"))
        #expect(try JSONParser.parse("\"é😀\"") == .string("é😀"))
        #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test("objects keep member order; a byte order mark is skipped")
    func objectsAndBOM() throws {
        let value = try JSONParser.parse(
            [0xEF, 0xBB, 0xBF] + Array(#" {"b": 1, "a": [true, null]} "#.utf8))
        guard case .object(let object) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(object.keys == ["b", "a"])
        #expect(object["a"] == .array([.bool(true), .null]))
    }

    /// (input, line, column, a fragment of the message)
    static let malformed: [(String, Int, Int, String)] = [
        ("", 1, 1, "empty document"),
        ("[1, 2,]", 1, 7, "trailing comma"),
        ("{\"a\": 1,}", 1, 9, "trailing comma"),
        ("{\n  \"a\": 1,\n  \"b\": tru\n}", 3, 8, "expected 'true'"),
        ("[01]", 1, 2, "leading zeros"),
        ("[1.]", 1, 4, "digit after '.'"),
        ("[1e]", 1, 4, "exponent"),
        ("[-]", 1, 3, "after '-'"),
        ("\"abc", 1, 1, "unterminated string"),
        ("\"a\tb\"", 1, 3, "control character"),
        (#""\x""#, 1, 2, "invalid escape"),
        (#""\ud800""#, 1, 2, "surrogate"),
        (#""\udc00""#, 1, 2, "lone low surrogate"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key"),
        ("{a: 1}", 1, 2, "expected a string key"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ("[\"é\", x]", 1, 7, "expected a value"),
        ("1 2", 1, 3, "after the JSON value"),
        ("// comment\n1", 1, 1, "expected a value"),
        ("'a'", 1, 1, "expected a value"),
        ("NaN", 1, 1, "expected a value"),
        ("1e400", 1, 1, "outside the supported range"),
        ("\r\n\r\n  ]", 3, 3, "expected a value"),
        ("[nulls]", 1, 2, "expected 'null'"),
    ]

    @Test("errors carry line, column and a reason", arguments: malformed)
    func errorLocations(_ input: String, line: Int, column: Int, fragment: String) {
        do {
            let value = try JSONParser.parse(input)
            Issue.record("parsed \(input.debugDescription) as \(value)")
        } catch {
            #expect(error.line == line, "\(input.debugDescription): \(error)")
            #expect(error.column == column, "\(input.debugDescription): \(error)")
            #expect(error.message.contains(fragment), "\(input.debugDescription): \(error)")
        }
    }

    @Test("invalid UTF-8 is reported at the offending byte")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.line == 1)
            #expect(error.column == 5)
            #expect(error.offset == 4)
            #expect(error.message.contains("UTF-8"))
        }
    }

    @Test("nesting up to the limit parses; one more level is an error, not a crash")
    func depthLimit() async throws {
        let limit = JSONParser.defaultMaxDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        let results = await onLargeStack {
            [deepest, "[" + deepest + "]"].map { text in
                Result { () throws(JSONParseError) in try JSONParser.parse(text) }
            }
        }
        #expect(throws: Never.self) { try results[0].get() }
        switch results[1] {
        case .success:
            Issue.record("accepted nesting beyond the limit")
        case .failure(let error):
            #expect(error.column == limit + 1)
            #expect(error.message.contains("maximum depth"))
        }
        let objects =
            String(repeating: "{\"a\":", count: 10_000) + "1"
            + String(repeating: "}", count: 10_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(objects) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[[1]]", maxDepth: 1) }
    }

    @Test("descriptions print compact JSON")
    func description() throws {
        let text = #"{"a":[1,2.5,"x\n",null,true],"b":{}}"#
        #expect(try JSONParser.parse(text).description == text)
    }
}
