import Foundation
import TaakboekCore
import TaakboekState
import TaakboekTestSupport

/// A records repository for `Doctor.run`: the shipped records and schemas committed, and two
/// executables that stand for taakboek, the one running the doctor and another one.
struct DoctorFixture {
    let scratch: Scratch
    let repository: String
    /// The taakboek the doctor runs as.
    let running: String
    /// Another taakboek, in a folder of its own (for PATH).
    let other: String

    init(_ scratch: Scratch, commits: Int = 1) throws {
        self.scratch = scratch
        repository = try scratch.initRepository()
        for name in ["records", "schemas"] {
            try FileManager.default.copyItem(
                at: RepositoryFiles.root.appendingPathComponent(name),
                to: URL(fileURLWithPath: repository + "/" + name))
        }
        // taakboek's own output schemas are no configuration of a records repository.
        try FileManager.default.removeItem(atPath: repository + "/schemas/output")
        for commit in 0..<commits {
            if commit > 0 { try scratch.write("repo/records/tynaarlo/notitie-\(commit).txt", "\(commit)\n") }
            try scratch.commitAll("records \(commit)", in: repository)
        }
        running = scratch.path("running/taakboek")
        other = scratch.path("other/taakboek")
        for path in [running, other] {
            try scratch.write(String(path.dropFirst(scratch.root.count + 1)), "#!/bin/sh\nexit 0\n")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
    }

    var hooks: String { repository + "/.git/hooks" }

    /// The doctor's report, with PATH holding only `searchPath` and the other variables given.
    func report(searchPath: String = "", _ environment: [String: String] = [:]) throws -> DoctorReport {
        var variables = environment
        variables["PATH"] = searchPath
        return try Doctor.run(
            DoctorRequest(directory: repository, runningBinary: running, environment: variables, toolVersion: "9.9.9"))
    }

    /// taakboek's hook installed as `taakboek hook install` does, naming `binary`.
    func install(binary: String? = nil, chain: Bool = false, into folder: String? = nil) throws {
        _ = try HookInstaller(hooksDirectory: folder ?? hooks, binary: binary ?? running).install(chain: chain)
    }

    func writeHook(_ text: String, executable: Bool = true, name: String = "pre-commit") throws {
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        let path = hooks + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes(
            [.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: path)
    }
}
