import Foundation

/// A program the tests hold taakboek's output against (actionlint, xmllint, mandoc): found on
/// PATH, or nil so the test can say it was skipped and why. `scripts/test` installs them.
public enum ExternalTool {
    /// The full path of `name` on PATH, if it is there and executable.
    public static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `arguments`; its exit status and what it printed (stdout and stderr).
    public static func run(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> (
        status: Int32, output: String
    ) {
        guard let executable = path(name) else { return (127, "\(name) is not on PATH") }
        return try run(executable: executable, arguments, in: directory)
    }

    /// Runs a program by its full path, with no standard input and its output (stdout and stderr)
    /// in a file, so a large output never blocks it; `environment` replaces the test's own.
    public static func run(
        executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}
