import Foundation
import Testing
import Yams

/// The CI templates' prebuilt route, run as the runner would run it: the step that downloads the
/// release tarball, checks its SHA-256 and puts its `bin/` on the PATH, here from a `file://`
/// URL holding a tarball laid out as scripts/release lays it out (with the built binary in it).
@Suite("The CI templates install the release tarball and check its SHA-256")
struct CIInstallStepTests {
    static let version = "0.1.0"

    /// The GitHub template's step named "taakboek uit de release": its shell script.
    static func githubReleaseStep() throws -> String {
        let text = try String(
            contentsOf: RecordFolder.repositoryRoot.appendingPathComponent("ci/templates/github/records.yml"),
            encoding: .utf8)
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let environment = try #require(workflow["env"] as? [String: Any])
        #expect(environment["TAAKBOEK_INSTALLATIE"] as? String == "release", "the prebuilt route comes first")
        let job = try #require((workflow["jobs"] as? [String: Any])?["records"] as? [String: Any])
        let steps = try #require(job["steps"] as? [[String: Any]])
        let step = try #require(steps.first { $0["name"] as? String == "taakboek uit de release" })
        #expect(step["if"] as? String == "env.TAAKBOEK_INSTALLATIE == 'release'")
        return try #require(step["run"] as? String)
    }

    /// A release folder with `taakboek-<version>-linux-x86_64.tar.gz`; its SHA-256.
    static func release(in folder: RecordFolder) throws -> (url: String, sha256: String) {
        let tree = folder.url.appendingPathComponent("stage/taakboek-\(version)-linux-x86_64/bin")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Taakboek.binary, to: tree.appendingPathComponent("taakboek"))
        let releases = folder.url.appendingPathComponent("releases")
        try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
        let archive = releases.appendingPathComponent("taakboek-\(version)-linux-x86_64.tar.gz").path
        #expect(try shell("tar -czf '\(archive)' -C '\(folder.url.path)/stage' .", in: folder.url).status == 0)
        let sum = try shell("sha256sum '\(archive)' | cut -d' ' -f1", in: folder.url).output
        return ("file://" + releases.path, sum.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func shell(_ script: String, in directory: URL, environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        // GitHub runs a `run:` step with `bash -e {0}`.
        try Subprocess.run(
            "/bin/bash", ["-e", "-c", script], in: directory,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    func run(sha256: String, url: String, in folder: RecordFolder) throws -> (status: Int32, output: String, path: String)
    {
        let temporary = folder.url.appendingPathComponent("runner-temp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let githubPath = temporary.appendingPathComponent("github-path")
        let result = try Self.shell(
            try Self.githubReleaseStep(), in: folder.url,
            environment: [
                "TAAKBOEK_VERSIE": Self.version, "TAAKBOEK_RELEASE_URL": url, "TAAKBOEK_SHA256": sha256,
                "RUNNER_TEMP": temporary.path, "GITHUB_PATH": githubPath.path,
            ])
        return (result.status, result.output, (try? String(contentsOf: githubPath, encoding: .utf8)) ?? "")
    }

    @Test func theRightChecksumInstallsTheBinary() throws {
        let folder = try RecordFolder()
        let release = try Self.release(in: folder)
        let result = try run(sha256: release.sha256, url: release.url, in: folder)
        #expect(result.status == 0, "\(result.output)")
        let bin = result.path.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(bin.hasSuffix("/taakboek-\(Self.version)-linux-x86_64/bin"))
        let version = try Self.shell("'\(bin)/taakboek' --version", in: folder.url)
        #expect(version.status == 0 && version.output.hasPrefix("taakboek \(Self.version)\n"))
    }

    @Test func aWrongChecksumStopsTheRun() throws {
        let folder = try RecordFolder()
        let release = try Self.release(in: folder)
        let result = try run(sha256: String(repeating: "0", count: 64), url: release.url, in: folder)
        #expect(result.status != 0)
        #expect(result.output.contains("FAILED"), "\(result.output)")
        #expect(result.path.isEmpty)
    }

    @Test func anEmptyChecksumStopsTheRunAndSaysWhatToFillIn() throws {
        let folder = try RecordFolder()
        let release = try Self.release(in: folder)
        let result = try run(sha256: "", url: release.url, in: folder)
        #expect(result.status == 1)
        #expect(result.output.contains("::error::TAAKBOEK_SHA256 is leeg"), "\(result.output)")
        #expect(result.output.contains("SHA256SUMS"))
        #expect(result.path.isEmpty)
    }
}
