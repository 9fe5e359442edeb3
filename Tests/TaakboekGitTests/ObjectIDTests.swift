import TaakboekGit
import Testing

@Suite("Object ids")
struct ObjectIDTests {
    @Test func parsesAndFormatsHex() throws {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex)
        #expect(id.description == hex)
        #expect(id.short() == "0123456")
        #expect(id.short(10) == "0123456789")
        #expect(id.short(99) == hex)
        #expect(ObjectID(hex: hex.uppercased()) == id)
        #expect(ObjectID(bytes: id.bytes) == id)
        #expect(id.bytes.count == 20)
        #expect(id.bytes.first == 0x01 && id.bytes.last == 0x67)
        #expect(!id.isZero)
        #expect(try #require(ObjectID(hex: String(repeating: "0", count: 40))).isZero)
    }

    @Test(arguments: [
        "", "0123", String(repeating: "a", count: 39), String(repeating: "a", count: 41),
        "g123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef0123456 ",
    ])
    func rejectsInvalidHex(_ text: String) {
        #expect(ObjectID(hex: text) == nil)
    }

    @Test func ordersLikeHexStrings() throws {
        let hexes = [
            "ff00000000000000000000000000000000000000", "00000000000000000000000000000000000000ff",
            "0000000000000000ff0000000000000000000000", "0000000000000000000000000000000001000000",
        ]
        let ids = try hexes.map { try #require(ObjectID(hex: $0)) }
        #expect(ids.sorted().map(\.hex) == hexes.sorted())
        #expect(ObjectID(bytes: [1, 2, 3]) == nil)
    }
}
