import Foundation
import Testing

/// The synthetic repository generator: consistent data the checker accepts, planted errors the
/// checker finds, and a history (with merges, renames and corrections) whose every commit is clean.
@Suite("Generated repositories")
struct GeneratorTests {
    static var generator: URL {
        Taakboek.binary.deletingLastPathComponent().appendingPathComponent("taakboek-generate")
    }

    /// Generates into a new repository; returns it and the generator's stderr.
    func generate(_ arguments: [String]) throws -> (repository: URL, stderr: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-gen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try GitRepository.git(["init", "-q", "-b", "main"], in: folder, home: folder)
        let stream = folder.appendingPathComponent(".stream")
        let errors = folder.appendingPathComponent(".stderr")
        _ = FileManager.default.createFile(atPath: stream.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = Self.generator
        process.arguments =
            arguments + ["--schemas", RecordFolder.repositoryRoot.appendingPathComponent("schemas").path]
        process.standardOutput = try FileHandle(forWritingTo: stream)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        importer.arguments = ["git", "fast-import", "--quiet"]
        importer.currentDirectoryURL = folder
        importer.standardInput = try FileHandle(forReadingFrom: stream)
        try importer.run()
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        try FileManager.default.removeItem(at: stream)
        _ = try GitRepository.git(["checkout", "-q", "main"], in: folder, home: folder)
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        try FileManager.default.removeItem(at: errors)
        return (folder, stderr)
    }

    @Test func consistentDataIsClean() throws {
        let (repository, _) = try generate(["--municipalities", "2", "--from", "2020", "--to", "2025", "--seed", "7"])
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try Taakboek.run(["-C", repository.path, "check", "--strict"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(try Taakboek.run(["-C", repository.path, "check", "--rev", "HEAD"]).status == 0)
    }

    /// Thousands of records, so the blobs are read ahead over many batches (`ReadingAhead`): a
    /// revision read cold, read warm from the caches, and the working tree all give one report.
    @Test func aRevisionReadAheadInManyBatchesReportsAsTheWorkingTree() throws {
        let (repository, _) = try generate([
            "--municipalities", "4", "--from", "2003", "--to", "2025", "--placements-per-period", "30",
            "--plant-errors", "6", "--seed", "11",
        ])
        defer { try? FileManager.default.removeItem(at: repository) }
        let files = try GitRepository.git(["ls-files", "records"], in: repository, home: repository).output
        #expect(files.split(separator: "\n").count > 5_000, "enough records for many batches")
        let head = try GitRepository.git(["rev-parse", "--short=7", "HEAD"], in: repository, home: repository)
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let cold = try Taakboek.run(["-C", repository.path, "check", "--rev", "HEAD"])
        let warm = try Taakboek.run(["-C", repository.path, "check", "--rev", "HEAD"])
        let tree = try Taakboek.run(["-C", repository.path, "check"])
        #expect(cold.status == 1 && warm.status == 1 && tree.status == 1)
        #expect(cold.stdout == warm.stdout)
        #expect(cold.stdout.replacingOccurrences(of: " (\(head))", with: "") == tree.stdout)
    }

    @Test func plantedErrorsAreEachFound() throws {
        let (repository, stderr) = try generate([
            "--municipalities", "2", "--from", "2020", "--to", "2025", "--plant-errors", "4",
        ])
        defer { try? FileManager.default.removeItem(at: repository) }
        let planted = stderr.split(separator: "\n").filter { $0.hasPrefix("planted: ") }
        #expect(planted.count == 4, "\(stderr)")
        let run = try Taakboek.run(["-C", repository.path, "check"])
        #expect(run.status == 1)
        for line in planted {
            let parts = line.split(separator: " ")
            guard parts.count >= 3 else { continue }
            #expect(run.stdout.contains(String(parts[1])) && run.stdout.contains("[\(parts[2])]"), "not found: \(line)")
        }
    }

    @Test func everyCommitOfAGeneratedHistoryIsClean() throws {
        let (repository, _) = try generate([
            "--municipalities", "3", "--from", "2021", "--to", "2025", "--commits", "60",
        ])
        defer { try? FileManager.default.removeItem(at: repository) }
        let root = try GitRepository.git(["rev-list", "--max-parents=0", "HEAD"], in: repository, home: repository)
            .output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let merges = try GitRepository.git(["log", "--merges", "--oneline"], in: repository, home: repository).output
        #expect(!merges.isEmpty, "the history has merges")
        let run = try Taakboek.run(["-C", repository.path, "check", "--range", "\(root)..main"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("commits"))
    }
}
