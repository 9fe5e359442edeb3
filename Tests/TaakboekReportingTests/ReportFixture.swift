import Foundation
import TaakboekCore
import TaakboekReporting
import TaakboekRules

/// The records under Fixtures/records, checked, as the reports the golden files show. They hold
/// an error with an equation, one with a related location, a file-wide error, a privacy error,
/// a warning with a related location and a note. All names are invented.
///
/// `plaatsingen/2024-II/har.yaml` is renamed to `har, 50% "a&b": <c>.yaml` in memory: a name
/// every format must escape (a Windows checkout could not hold it as a file).
enum ReportFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let hostileName = "records/voorbeeld/plaatsingen/2024-II/har, 50% \"a&b\": <c>.yaml"

    static func entries() throws -> [SourceEntry] {
        let root = folder.appendingPathComponent("records")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var entries: [SourceEntry] = []
        for case let url as URL in walker where !url.hasDirectoryPath {
            var path = "records" + url.path.dropFirst(root.path.count)
            if path == "records/voorbeeld/plaatsingen/2024-II/har.yaml" { path = hostileName }
            entries.append(SourceEntry(path: path, content: .file(Array(try Data(contentsOf: url)))))
        }
        return entries
    }

    static func tree(origin: String? = nil) throws -> RecordTree {
        try RecordLoader.load(from: InMemorySource(try entries(), origin: origin))
    }

    /// A release build's identity, so the goldens show where the commit and libgit2 go.
    static let tool = ToolBuild(
        version: "0.1.0", commit: "0123456789abcdef0123456789abcdef01234567", libgit2: "1.5.1")

    /// A report of findings made by hand, with no record tree: a reporter needs none.
    static func report(
        _ findings: [Finding], source: AuditData.Source = .workingTree, base: Bool = false,
        changedPaths: Set<String>? = nil, language: Language = .nl
    ) -> CheckReport {
        CheckReport(
            findings: findings, recordCount: 9,
            audit: audit(source, recordCount: 9, builtIn: [], base: base), changedPaths: changedPaths,
            changeRulesRan: base, language: language, tool: tool)
    }

    /// Fixed ids and digests, so the goldens change only when a reporter does.
    static func audit(_ source: AuditData.Source, tree: RecordTree, base: Bool = false) -> AuditData {
        audit(
            source, recordCount: tree.recordCount,
            builtIn: tree.configuration.origins.filter { $0.value == .builtIn }.map(\.key), base: base)
    }

    static func audit(_ source: AuditData.Source, recordCount: Int, builtIn: [String], base: Bool = false)
        -> AuditData
    {
        AuditData(
            source: source, commit: source == .commit ? String(repeating: "c", count: 40) : nil,
            tree: source == .workingTree ? nil : String(repeating: "1", count: 40),
            recordsTree: String(repeating: "2", count: 40), schemasTree: nil,
            head: source == .commit ? nil : String(repeating: "3", count: 40),
            workingTreeMatchesHead: source == .workingTree ? false : nil,
            base: base ? AuditData.Base(name: "HEAD", commit: String(repeating: "3", count: 40)) : nil,
            recordCount: recordCount, rulesDigest: String(repeating: "a", count: 64),
            configurationDigest: String(repeating: "b", count: 64), builtInConfiguration: builtIn)
    }

    /// The working tree, no base: the main golden files, in every format and both languages.
    static func workingTree(language: Language) throws -> CheckReport {
        let tree = try tree()
        return CheckReport(
            findings: Checker().check(tree), trees: [tree], audit: audit(.workingTree, tree: tree),
            changeRulesRan: false, language: language, tool: tool)
    }

    /// The staged index compared with HEAD, which changed the doorstroom placement: findings
    /// carry `(index)` and the GitHub report puts that file first.
    static func staged(language: Language) throws -> CheckReport {
        let tree = try tree(origin: "index")
        return CheckReport(
            findings: Checker().check(tree), trees: [tree], audit: audit(.index, tree: tree, base: true),
            changedPaths: ["records/voorbeeld/plaatsingen/2025-I/doorstroom.yaml"], changeRulesRan: true,
            language: language, tool: tool)
    }
}
