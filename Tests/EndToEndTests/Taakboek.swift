import Foundation
import Testing

/// Runs the built `taakboek` binary and captures what a user would see.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum Taakboek {
    /// The binary built next to the test bundle (or the one named by TAAKBOEK_BIN).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["TAAKBOEK_BIN"] { return URL(fileURLWithPath: path) }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the tests run from <build>/debug/<package>PackageTests.xctest.
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("taakboek")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return testBinary.deletingLastPathComponent().appendingPathComponent("taakboek")
    }()

    /// Runs the binary with output sent to files (not pipes, so a large output can never block it).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run
    {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "taakboek was killed by a signal: \(arguments)")
        return Run(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
