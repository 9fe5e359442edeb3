import Foundation
import TaakboekGit
import TaakboekTestSupport
import Testing

/// Timing check for large trees; run with `TAAKBOEK_GIT_BENCH=1 swift test -c release`.
@Suite("Benchmarks", .enabled(if: ProcessInfo.processInfo.environment["TAAKBOEK_GIT_BENCH"] != nil))
struct BenchmarkTests {
    @Test func listsAQuarterMillionBlobs() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/one.txt", "one record\n")
            let blob = try scratch.git(["hash-object", "-w", "one.txt"], in: repoPath)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            // 500 folders x 500 files, all pointing at the same blob, built via the index.
            var lines = ""
            for folder in 0..<500 {
                for file in 0..<500 { lines += "100644 \(blob)\trecords/d\(folder)/r\(file).txt\n" }
            }
            try scratch.write("index-info", lines)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "git update-index --index-info < \(scratch.path("index-info"))"]
            process.currentDirectoryURL = URL(fileURLWithPath: repoPath)
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
            try scratch.git(["add", "one.txt"], in: repoPath)
            try scratch.git(["commit", "-q", "-m", "many"], in: repoPath)  // not `add -A`: files are index-only
            let head = try scratch.revParse("HEAD", in: repoPath)

            let repository = try Repository.open(at: repoPath)
            let id = try #require(ObjectID(hex: head))
            let clock = ContinuousClock()
            var entries: [TreeEntry] = []
            let listing = try clock.measure { entries = try repository.listBlobs(inCommit: id) }
            #expect(entries.count == 250_001)
            let index = try repository.index()
            var staged: [IndexEntry] = []
            let indexing = clock.measure { staged = index.entries(under: "records") }
            #expect(staged.count == 250_000)
            print("listBlobs: \(entries.count) entries in \(listing); index entries: \(staged.count) in \(indexing)")
        }
    }
}
