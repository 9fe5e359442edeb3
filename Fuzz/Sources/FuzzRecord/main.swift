import Foundation
import TaakboekCore
import TaakboekHistory
import TaakboekReporting
import TaakboekRules

// One record file from arbitrary bytes through everything `taakboek check` does with it, and then
// through every query that reads a record tree: decoding, the YAML readers, the schema validation,
// the models, every rule, the text report in both languages, the history table in every format
// with its chart, the council-letter report, the overview and the progress (one language and format
// per input).
//
// The first byte says which file of a small, consistent municipality the rest replaces (see
// `FuzzedFile`); the other files stay as they are, so the rules that compare records (continuity,
// counting, corrections, letters) have something to compare the fuzzed one with.
//
// Beyond "no crash, no hang": every finding must point into the tree (a file the tree has, a line
// the file has), since the report quotes that line under the finding.

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> Int32 {
    if let folder = ProcessInfo.processInfo.environment["TAAKBOEK_FUZZ_EXPORT_SEEDS"] {
        SeedExport.write(to: folder)
        exit(0)
    }
    return 0
}

private let builtInSchemas = SchemaSet.load(from: [])

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let replaced = FuzzedFile(selector: bytes[0])
    let source = Companions.source(replacing: replaced.path, with: Array(bytes.dropFirst()))
    let tree: RecordTree
    do {
        // The built-in schemas are compiled once; a fuzzed schemas/ file makes the loader read them.
        tree = try RecordLoader.load(from: source, schemas: replaced.isConfiguration ? nil : builtInSchemas)
    } catch {
        fatalError("an in-memory source cannot fail: \(error)")
    }
    let findings = Checker().check(tree)
    Invariants.check(findings, in: tree)
    // One language and one format per input (chosen by its last byte), so each run stays fast
    // while the corpus as a whole covers them all.
    let variant = Int(bytes[bytes.count - 1])
    let language = Language.allCases[variant % Language.allCases.count]
    let format = QueryFormat.allCases[variant / Language.allCases.count % QueryFormat.allCases.count]
    let report = CheckReport(
        findings: findings, trees: [tree], audit: AuditData(source: .workingTree, recordCount: tree.recordCount, configurationDigest: nil),
        changeRulesRan: false, language: language,
        tool: ToolBuild(version: "fuzz", commit: nil, libgit2: "fuzz"))
    _ = TextReporter(language: language).render(report)
    Queries.run(on: tree, format: format, language: language)
    return 0
}
