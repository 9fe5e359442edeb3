import JSON
import Testing

@Suite("JSONValue and JSONObject")
struct JSONValueTests {
    @Test("1 equals 1.0 and hashes alike; booleans never equal numbers")
    func numericEquality() {
        #expect(JSONValue.integer(1) == .number(1.0))
        #expect(JSONValue.integer(1).hashValue == JSONValue.number(1.0).hashValue)
        #expect(JSONValue.integer(9_007_199_254_740_993) != .number(9_007_199_254_740_992.0))
        #expect(JSONValue.bool(true) != .integer(1))
        #expect(JSONValue.bool(false) != .number(0))
        #expect(Set<JSONValue>([.integer(2), .number(2.0), .string("2")]).count == 2)
    }

    @Test("strings compare by code points, not canonical equivalence")
    func stringEquality() {
        let composed = JSONValue.string("\u{E4}")
        let decomposed = JSONValue.string("a\u{308}")
        #expect(composed != decomposed)
        var object = JSONObject()
        object["\u{E4}"] = 1
        object["a\u{308}"] = 2
        #expect(object.count == 2)
        #expect(object["\u{E4}"] == 1)
        #expect(object["a\u{308}"] == 2)
    }

    @Test("objects: order kept, ignored by equality and hashing")
    func objects() {
        let first: JSONValue = ["a": 1, "b": [true, .null]]
        let second: JSONValue = ["b": [true, .null], "a": 1.0]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.objectValue?.keys == ["a", "b"])
        var object: JSONObject = ["x": 1, "y": 2, "z": 3]
        object["y"] = nil
        object["x"] = 10
        object["w"] = 0
        #expect(object.keys == ["x", "z", "w"])
        #expect(object.values == [10, 3, 0])
        #expect(object.members.map { $0.key } == ["x", "z", "w"])
        #expect(!object.contains("y"))
    }

    @Test("type names and isInteger")
    func typeNames() {
        let cases: [(JSONValue, String, Bool)] = [
            (.null, "null", false), (true, "boolean", false), (3, "integer", true),
            (3.0, "number", true), (3.5, "number", false), ("3", "string", false),
            ([], "array", false), ([:], "object", false),
        ]
        for (value, name, isInteger) in cases {
            #expect(value.typeName == name)
            #expect(value.isInteger == isInteger, "\(value)")
        }
    }
}
