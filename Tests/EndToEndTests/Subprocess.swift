import Foundation

/// Runs a program other than taakboek (bash, pre-commit) for a test: its exit status and its
/// stdout and stderr together, as a CI log shows them.
enum Subprocess {
    static func run(
        _ executable: String, _ arguments: [String], in directory: URL, environment: [String: String]
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
