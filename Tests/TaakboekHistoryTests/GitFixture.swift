import Foundation
import TaakboekTestSupport

/// A temporary folder driven by the git CLI (the oracle, in tests only): no user or system
/// configuration, a fixed identity, and the commit date chosen per command.
final class GitFixture {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("taakboek-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base + "/home", withIntermediateDirectories: true)
        root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// The folder of the repository the generator writes (`taakboek-generate` through fast-import).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The generator built next to this test bundle.
    static var generator: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("taakboek-generate")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Runs git in `directory` (relative to the fixture); throws on a non-zero exit. Returns stdout.
    @discardableResult
    func git(_ arguments: [String], in directory: String = "repo", time: Int? = nil, stdin: String? = nil) throws
        -> String
    {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = root + "/home"
        environment["XDG_CONFIG_HOME"] = root + "/home/.config"
        environment["LC_ALL"] = "C"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        if let time {
            let date = "\(1_700_000_000 + time * 3600) +0100"
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "git", "-c", "init.defaultBranch=main", "-c", "user.name=Medewerker 01",
                "-c", "user.email=m01@example.invalid", "-c", "commit.gpgSign=false",
                "-c", "protocol.file.allow=always", "-c", "core.autocrlf=false", "-c", "merge.renames=false", "-c",
                "core.quotePath=false",
            ] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path(directory))
        process.environment = environment
        let output = path("home/.out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardOutput = handle
        process.standardError = handle
        if let stdin {
            let input = path("home/.in-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: input, contents: Data(stdin.utf8))
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
        }
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw GitCommandFailed(arguments: arguments, status: process.terminationStatus, output: text)
        }
        return text
    }

    func lines(_ arguments: [String], in directory: String = "repo") throws -> [String] {
        try git(arguments, in: directory).split(separator: "\n").map(String.init)
    }

    func write(_ relative: String, _ text: String, in directory: String = "repo") throws {
        let url = URL(fileURLWithPath: path(directory + "/" + relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Stages everything and commits at `time` (hours after a fixed moment).
    func commit(_ message: String, time: Int, in directory: String = "repo") throws {
        try git(["add", "-A"], in: directory)
        try git(["commit", "-q", "-m", message], in: directory, time: time)
    }

    /// A repository written by `taakboek-generate` and imported with `git fast-import`.
    func generate(_ arguments: [String], into directory: String = "repo") throws {
        guard let generator = Self.generator else {
            throw GitCommandFailed(arguments: arguments, status: -1, output: "no generator")
        }
        try FileManager.default.createDirectory(atPath: path(directory), withIntermediateDirectories: true)
        try git(["init", "-q"], in: directory)
        let stream = path("home/stream")
        _ = FileManager.default.createFile(atPath: stream, contents: nil)
        let process = Process()
        process.executableURL = generator
        process.arguments =
            arguments + ["--schemas", Self.repositoryRoot.appendingPathComponent("schemas").path]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stream))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitCommandFailed(arguments: arguments, status: process.terminationStatus, output: "generator failed")
        }
        try git(["fast-import", "--quiet"], in: directory, stdin: try String(contentsOfFile: stream, encoding: .utf8))
        try FileManager.default.removeItem(atPath: stream)
        try git(["checkout", "-q", "main"], in: directory)
    }
}
