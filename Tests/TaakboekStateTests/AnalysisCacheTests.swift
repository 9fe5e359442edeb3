import Foundation
import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekRules
import Testing

@testable import TaakboekState

/// The analysis cache is an optimisation only: with it, without it, deleted or corrupt, every
/// result is the same.
@Suite("The analysis cache changes no result", .serialized)
struct AnalysisCacheTests {
    final class Repo {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-cache-\(UUID().uuidString)")
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for name in ["records", "schemas"] {
                try FileManager.default.copyItem(
                    at: root.appendingPathComponent(name), to: url.appendingPathComponent(name))
            }
            // Planted errors of several kinds, so cached findings are compared too.
            let period = url.appendingPathComponent("records/tynaarlo/perioden/2025-I.yaml")
            try (try String(contentsOf: period, encoding: .utf8)).replacingOccurrences(
                of: "totaal: 64", with: "totaal: 0x40"
            )
            .write(to: period, atomically: false, encoding: .utf8)
            try
                "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2024-10-02\nsoort: regulier\npersonen: 2\nopmerking: dossier 111222333\n"
                .write(
                    to: url.appendingPathComponent("records/tynaarlo/plaatsingen/2024-II/a.yaml"), atomically: false,
                    encoding: .utf8)
            try git("init", "-q")
            try git("add", "-A")
            try git("-c", "user.name=T", "-c", "user.email=t@example.invalid", "commit", "-qm", "records")
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git"] + arguments
            process.currentDirectoryURL = url
            process.environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": url.path,
                "GIT_CONFIG_NOSYSTEM": "1",
            ]
            try process.run()
            process.waitUntilExit()
        }

        var cacheFile: String { url.path + "/.git/taakboek/" + AnalysisCache.fileName }
        var resultFile: String { url.path + "/.git/taakboek/" + ResultCache.fileName }

        /// The whole report as text, so messages, places and equations are all compared.
        func report(staged: Bool, useCache: Bool) throws -> String {
            var check = try GitCheck(at: url.path, provenance: { _, _ in NoProvenance() })
            check.useCache = useCache
            let (findings, tree) = try check.check(staged ? .index : .commit(try check.resolve("HEAD")), base: nil)
            return findings.map {
                "\($0.location) \($0.severity) \($0.ruleID) \($0.message.en) \($0.equation.map { "\($0)" } ?? "")"
            }
            .joined(separator: "\n")
                + "\n\(tree.recordCount) \(tree.sourceExcerpt("records/tynaarlo/perioden/2025-I.yaml", line: 6, column: 1, length: 1)?.text ?? "")"
        }
    }

    @Test func coldWarmDeletedAndUncachedAgree() throws {
        let repo = try Repo()
        let uncached = try repo.report(staged: true, useCache: false)
        #expect(!FileManager.default.fileExists(atPath: repo.cacheFile))
        #expect(uncached.contains("TB103") && uncached.contains("TB701"))
        let cold = try repo.report(staged: true, useCache: true)
        let afterCold = FileManager.default.contents(atPath: repo.cacheFile)
        #expect(afterCold != nil)
        let warm = try repo.report(staged: true, useCache: true)
        // Every record was a hit: nothing new was recorded.
        #expect(FileManager.default.contents(atPath: repo.cacheFile) == afterCold)
        let revision = try repo.report(staged: false, useCache: true)
        #expect(FileManager.default.fileExists(atPath: repo.resultFile))
        try FileManager.default.removeItem(atPath: repo.cacheFile)
        try FileManager.default.removeItem(atPath: repo.resultFile)
        let afterDelete = try repo.report(staged: true, useCache: true)
        #expect(cold == uncached)
        #expect(warm == uncached)
        #expect(afterDelete == uncached)
        #expect(revision.contains("TB103") && revision.contains("TB701"))
    }

    @Test(arguments: ["truncated", "garbage", "flipped"])
    func corruptCacheChangesNothing(_ damage: String) throws {
        let repo = try Repo()
        let expected = try repo.report(staged: true, useCache: false)
        _ = try repo.report(staged: true, useCache: true)
        for path in [repo.cacheFile, repo.resultFile] {
            var bytes = try #require(FileManager.default.contents(atPath: path))
            switch damage {
            case "truncated": bytes = bytes.prefix(bytes.count / 2)
            case "garbage":
                bytes = Data(bytes.prefix(40)) + Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
            default:
                for index in stride(from: 60, to: bytes.count, by: 97) { bytes[index] ^= 0x5A }
            }
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        #expect(try repo.report(staged: true, useCache: true) == expected)
        #expect(try repo.report(staged: true, useCache: true) == expected)
    }

    @Test func aWarmCheckReadsNoRecordButCountsAndQuotesThemAll() throws {
        let repo = try Repo()
        let cold = try repo.report(staged: true, useCache: true)
        var check = try GitCheck(at: repo.url.path, provenance: { _, _ in NoProvenance() })
        let (findings, tree) = try check.check(.index, base: nil)
        #expect(tree.files.filter { $0.kind != nil }.isEmpty, "every municipality came from the result cache")
        check.useCache = false
        let (_, uncachedTree) = try check.check(.index, base: nil)
        #expect(tree.recordCount == uncachedTree.recordCount && tree.recordCount > 0)
        #expect(!findings.isEmpty)
        #expect(try repo.report(staged: true, useCache: true) == cold)
    }

    @Test func oneChangedRecordIsTheOnlyOneReadAgain() throws {
        let repo = try Repo()
        _ = try repo.report(staged: true, useCache: true)
        let before = try #require(FileManager.default.contents(atPath: repo.cacheFile)).count
        let file = repo.url.appendingPathComponent("records/tynaarlo/perioden/2024-II.yaml")
        try (try String(contentsOf: file, encoding: .utf8) + "opmerking: Bijgewerkt.\n").write(
            to: file, atomically: false, encoding: .utf8)
        try repo.git("add", "-A")
        _ = try repo.report(staged: true, useCache: true)
        let after = try #require(FileManager.default.contents(atPath: repo.cacheFile)).count
        // One new entry appended: the file grew by a little, not by a copy of every record.
        #expect(after > before && after - before < before / 4, "cache grew from \(before) to \(after) bytes")
    }
}

extension Equation: CustomStringConvertible {
    public var description: String {
        "\(terms.map { "\($0.operation.rawValue)\($0.value)" }) = \(computed) vs \(declared)"
    }
}
