import Testing

@testable import JSON

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test func prettyKeepsOrderAndParsesBack() throws {
        let value = JSONValue.object(
            JSONObject([
                ("b", .array([1, "x\n\"y\"", .null])), ("a", .object(JSONObject())), ("c", .array([])),
                ("d", .object(JSONObject([("e", true)]))),
            ]))
        let pretty = JSONWriter.pretty(value)
        #expect(
            pretty == """
                {
                  "b": [
                    1,
                    "x\\n\\"y\\"",
                    null
                  ],
                  "a": {},
                  "c": [],
                  "d": {
                    "e": true
                  }
                }
                """)
        #expect(try JSONParser.parse(pretty) == value)
        #expect(JSONWriter.pretty(.integer(3)) == JSONWriter.compact(.integer(3)))
    }
}
