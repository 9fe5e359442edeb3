import Foundation
import TaakboekGit

/// A real git repository in a temporary folder holding a copy of the shipped records, driven
/// with the git CLI (fixed identity, no user or system configuration, one minute per commit).
final class QueryRepository {
    let path: String
    private var tick = 0

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "taakboek-queries-\(UUID().uuidString)")
        path = base.resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for name in ["records", "schemas"] {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent(name), to: URL(fileURLWithPath: path + "/" + name))
        }
        try git("init", "-q")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    var location: RepositoryLocation {
        get throws { try Repository.open(at: path).location }
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try read(relative)
        precondition(text.contains(old), "\(relative) does not contain \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path + "/" + relative) }

    /// Stages everything and commits; returns the commit id.
    @discardableResult
    func commitAll(_ message: String) throws -> ObjectID {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        let hex = try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let id = ObjectID(hex: hex) else { throw Failure(output: "rev-parse gave \(hex)") }
        return id
    }

    struct Failure: Error { let output: String }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        tick += 1
        let date = "\(1_700_000_000 + tick * 60) +0000"
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main",
                "-c", "commit.gpgSign=false", "-c", "core.autocrlf=false",
            ] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failure(output: "git \(arguments): \(text)") }
        return text
    }
}
