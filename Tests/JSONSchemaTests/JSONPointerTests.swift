import JSON
import JSONSchema
import Testing

@Suite("JSONPointer")
struct JSONPointerTests {
    @Test("RFC 6901 tokens: ~1 is '/', ~0 is '~', numeric tokens are indices")
    func parsing() throws {
        let pointer = try JSONPointer(parsing: "/a~1b/c~0d/0/01/-/")
        #expect(
            pointer.components == [
                .key("a/b"), .key("c~d"), .index(0), .key("01"), .key("-"), .key(""),
            ])
        #expect(try JSONPointer(parsing: "").components.isEmpty)
        #expect(try JSONPointer(parsing: "/~01").components == [.key("~1")])
    }

    @Test("invalid pointers are errors")
    func invalid() {
        #expect(throws: JSONPointer.ParseError.missingLeadingSlash) {
            try JSONPointer(parsing: "a/b")
        }
        #expect(throws: JSONPointer.ParseError.invalidEscape(token: "a~2")) {
            try JSONPointer(parsing: "/a~2")
        }
        #expect(throws: JSONPointer.ParseError.invalidEscape(token: "a~")) {
            try JSONPointer(parsing: "/a~")
        }
        #expect(throws: JSONPointer.ParseError.invalidPercentEncoding) {
            try JSONPointer(uriFragment: "/a%2")
        }
        #expect(throws: JSONPointer.ParseError.invalidPercentEncoding) {
            try JSONPointer(uriFragment: "/%FF")
        }
    }

    @Test("escaping round-trips")
    func escaping() throws {
        let pointer = JSONPointer([.key("a/b"), .key("~"), .index(3), .key("ä \"q\"")])
        #expect(pointer.description == "/a~1b/~0/3/ä \"q\"")
        #expect(try JSONPointer(parsing: pointer.description) == pointer)
        #expect(JSONPointer.escape("~/") == "~0~1")
    }

    @Test("URI fragments are percent-decoded and encoded")
    func fragments() throws {
        #expect(
            try JSONPointer(uriFragment: "/definitions/foo%22bar").components
                == [.key("definitions"), .key("foo\"bar")])
        #expect(
            try JSONPointer(uriFragment: "/percent%25field").components == [.key("percent%field")])
        #expect(try JSONPointer(uriFragment: "/%C3%A9").components == [.key("é")])
        #expect(
            JSONPointer([.key("definitions"), .key("foo\"bar")]).uriFragment
                == "#/definitions/foo%22bar")
        #expect(JSONPointer([.key("a b"), .key("é")]).uriFragment == "#/a%20b/%C3%A9")
        #expect(JSONPointer().uriFragment == "#")
    }

    @Test("resolving: indices into arrays, numeric names into objects")
    func resolving() throws {
        let document = try JSONParser.parse(
            #"{"list": [10, 20, {"0": "zero", "a/b": true}], "": 5}"#)
        #expect(try JSONPointer(parsing: "/list/1").resolve(in: document) == .integer(20))
        #expect(try JSONPointer(parsing: "/list/2/0").resolve(in: document) == .string("zero"))
        #expect(try JSONPointer(parsing: "/list/2/a~1b").resolve(in: document) == .bool(true))
        #expect(try JSONPointer(parsing: "/").resolve(in: document) == .integer(5))
        #expect(try JSONPointer(parsing: "").resolve(in: document) == document)
        #expect(JSONPointer([.key("list"), .key("0")]).resolve(in: document) == .integer(10))
        #expect(try JSONPointer(parsing: "/list/01").resolve(in: document) == nil)
        #expect(try JSONPointer(parsing: "/list/3").resolve(in: document) == nil)
        #expect(try JSONPointer(parsing: "/list/-").resolve(in: document) == nil)
        #expect(try JSONPointer(parsing: "/missing/x").resolve(in: document) == nil)
    }
}
