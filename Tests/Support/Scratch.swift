import Foundation

/// A failed `git` command in a test fixture.
public struct GitCommandFailed: Error, CustomStringConvertible {
    public let arguments: [String]
    public let status: Int32
    public let output: String
    public init(arguments: [String], status: Int32, output: String) {
        self.arguments = arguments
        self.status = status
        self.output = output
    }

    public var description: String { "git \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}

/// A temporary directory for one test, with helpers that drive the git CLI.
///
/// The git CLI runs with an explicit environment: every inherited `GIT_*`
/// variable is removed, HOME points into the scratch directory (no user
/// config), system config is off, and author/committer identity and dates
/// are fixed, so results are deterministic. Each commit gets a date one
/// minute after the previous one.
public final class Scratch {
    public let root: String
    private var tick = 0

    public init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("taakboek-git-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base + "/home", withIntermediateDirectories: true)
        // Resolve symlinks (/tmp -> /private/tmp on macOS) so paths compare equal to libgit2's.
        root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
    }

    public func remove() {
        // Loose objects are read-only; removal of the directory still works on POSIX.
        try? FileManager.default.removeItem(atPath: root)
    }

    public func path(_ relative: String) -> String { root + "/" + relative }

    public func makeDirectory(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    public func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func read(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    /// Creates a repository with `git init` and returns its absolute path.
    @discardableResult
    public func initRepository(_ relative: String = "repo", bare: Bool = false) throws -> String {
        try git(["init", "-q"] + (bare ? ["--bare"] : []) + [path(relative)], in: root)
        return path(relative)
    }

    /// Stages everything and commits; returns the new commit id (hex).
    @discardableResult
    public func commitAll(_ message: String, in directory: String, environment: [String: String] = [:]) throws -> String
    {
        try git(["add", "-A"], in: directory)
        try git(["commit", "-q", "--allow-empty", "-m", message], in: directory, environment: environment)
        return try revParse("HEAD", in: directory)
    }

    public func revParse(_ spec: String, in directory: String) throws -> String {
        try git(["rev-parse", spec], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Output lines of a git command (empty lines dropped).
    public func lines(_ arguments: [String], in directory: String) throws -> [String] {
        try git(arguments, in: directory).split(separator: "\n").map(String.init)
    }

    /// Runs git in `directory`; throws `GitCommandFailed` on a non-zero exit
    /// unless `allowFailure`. Returns stdout.
    @discardableResult
    public func git(
        _ arguments: [String], in directory: String, environment extra: [String: String] = [:],
        allowFailure: Bool = false
    ) throws -> String {
        tick += 1
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        let date = "\(1_700_000_000 + tick * 60) +0000"
        environment["HOME"] = root + "/home"
        environment["XDG_CONFIG_HOME"] = root + "/home/.config"
        environment["LC_ALL"] = "C"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = "Test Author"
        environment["GIT_AUTHOR_EMAIL"] = "author@example.org"
        environment["GIT_COMMITTER_NAME"] = "Test Committer"
        environment["GIT_COMMITTER_EMAIL"] = "committer@example.org"
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        environment.merge(extra) { _, new in new }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "git", "-c", "init.defaultBranch=main", "-c", "user.name=Test Author",
                "-c", "user.email=author@example.org", "-c", "commit.gpgSign=false",
                "-c", "protocol.file.allow=always", "-c", "core.autocrlf=false",
            ] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        if process.terminationStatus != 0 && !allowFailure {
            throw GitCommandFailed(
                arguments: arguments, status: process.terminationStatus,
                output: text + String(decoding: errors, as: UTF8.self))
        }
        return text
    }
}

/// Runs `body` with a fresh scratch directory and removes it afterwards.
public func withScratch<R>(_ body: (Scratch) throws -> R) throws -> R {
    let scratch = try Scratch()
    defer { scratch.remove() }
    return try body(scratch)
}

/// Async variant of `withScratch`.
public func withScratchAsync<R>(_ body: (Scratch) async throws -> R) async throws -> R {
    let scratch = try Scratch()
    defer { scratch.remove() }
    return try await body(scratch)
}
