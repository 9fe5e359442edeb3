import Foundation

/// A real git repository in a temporary folder, holding a copy of the shipped records.
final class GitRepository {
    let folder: RecordFolder
    var url: URL { folder.url }

    init(committed: Bool = true) throws {
        folder = try RecordFolder.shipped()
        try git("init", "-q")
        if committed {
            try git("add", "-A")
            try git("commit", "-qm", "Records van Tynaarlo")
        }
    }

    @discardableResult
    func git(_ arguments: String..., in directory: URL? = nil, environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        try GitRepository.git(arguments, in: directory ?? url, home: url, environment: environment)
    }

    /// git with a fixed identity and no system or user configuration (tests only).
    static func git(_ arguments: [String], in directory: URL, home: URL, environment: [String: String] = [:]) throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main",
                "-c", "protocol.file.allow=always",
            ] + arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        merged["GIT_CONFIG_NOSYSTEM"] = "1"
        merged["HOME"] = home.path
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("git-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    func write(_ relative: String, _ text: String) throws { try folder.write(relative, text) }
    func replace(_ relative: String, _ old: String, with new: String) throws {
        try folder.replace(relative, old, with: new)
    }

    static let period = "records/tynaarlo/perioden/2025-I.yaml"
    static let closedPeriod = "records/tynaarlo/perioden/2024-II.yaml"

    /// An inconsistent open period: totaal no longer adds up.
    func breakOpenPeriod() throws { try replace(Self.period, "totaal: 64", with: "totaal: 65") }
}
