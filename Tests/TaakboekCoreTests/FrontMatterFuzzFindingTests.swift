import Testing

@testable import TaakboekCore

/// Inputs on which the front-matter harness (`Fuzz/Sources/FuzzFrontMatter`, run by
/// `scripts/fuzz frontmatter`) found a broken invariant, each kept with what must hold now.
@Suite("Fuzz findings: letter front matter")
struct FrontMatterFuzzFindingTests {
    /// Every node of a tree with its line, keys included.
    func lines(_ node: YAMLNode) -> [Int] {
        switch node.content {
        case .scalar: [node.line]
        case .mapping(let pairs): [node.line] + pairs.flatMap { [$0.keyLine] + lines($0.value) }
        case .sequence(let items): [node.line] + items.flatMap(lines)
        }
    }

    /// An explicit key (`?`) without a value, then empty lines up to the closing fence: libyaml put
    /// the empty value on the fence's line, so a finding about it pointed at `---`.
    @Test func anExplicitKeyWithoutAValueKeepsItsValueOnItsOwnLine() throws {
        let bytes =
            Array("---\r\nperiOpti4nsoort: I\n".utf8) + Array(repeating: 0x0A, count: 57) + Array("?".utf8)
            + Array(repeating: 0x0A, count: 25) + Array("\r\n---\r\n".utf8)
        let text = try #require(RecordText.decode(bytes).text)
        let split = try FrontMatter.split(text).get()
        #expect(split.closingLine == 86)
        let root = try #require(YAMLLoader.load(split.yaml).root)
        #expect(lines(root).allSatisfy { (2..<86).contains($0) }, "\(lines(root))")
        #expect(root.pairs?.last.map { ($0.keyLine, $0.value.line) } ?? (0, 0) == (60, 60))
    }

    @Test func theValueOfAnExplicitKeyAtTheEndOfARecordIsOnTheKeysLine() throws {
        let root = try #require(YAMLLoader.load("periode: 2023-I\n? taakstelling\n\n\n").root)
        let pair = try #require(root.pair("taakstelling"))
        #expect((pair.keyLine, pair.keyColumn, pair.value.line, pair.value.column) == (2, 3, 2, 3))
        // A value that is there stays where it is.
        let given = try #require(YAMLLoader.load("? taakstelling\n: 4\n").root?.pair("taakstelling"))
        #expect(given.value.line == 2)
    }
}
