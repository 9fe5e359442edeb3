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
