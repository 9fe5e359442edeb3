import TaakboekCore

/// `taakboek check --format junit`: JUnit XML for CI systems that show test results (GitLab,
/// Jenkins, Azure DevOps).
///
/// One `<testsuite>` per registered rule. The checker does not record which files a rule looked
/// at (a rule sees the whole record tree, and a cached check does not even load unchanged
/// records), so each suite has one `<testcase>` per file the rule reported on, named by the file,
/// plus one passing case for all other files. A finding that fails the check (an error; a
/// warning too under `--strict`) makes its case a `<failure>`; a case with only notes (what could
/// not be checked) is `<skipped>`; other warnings and notes are written to the suite's
/// `<system-out>`, each under its file, and do not fail it. A change rule without a base to
/// compare with has one skipped case. Every suite carries the audit data as `<properties>`.
///
/// The output validates against both common schemas: the Jenkins xunit plugin's `junit-10.xsd`
/// (no `file` on a testcase, no `skipped` on `testsuites`) and the Ant schema (windyroad
/// `JUnit.xsd`: `testsuites` without attributes, every suite with `package`, `id`, `timestamp`,
/// `hostname` and `time`, its children in the order properties, testcases, `system-out`,
/// `system-err`, and at most one result element in a testcase). Durations are `0`, the timestamp
/// is fixed at `1970-01-01T00:00:00` and the host is `localhost`: the same check gives the same
/// bytes, whatever machine and moment it ran on.
public enum JUnitReporter {
    /// The fixed timestamp of every suite (the schemas require one; the check is not timed).
    static let timestamp = "1970-01-01T00:00:00"

    public static func render(_ report: CheckReport) -> String {
        let language = report.language
        let text = TextReporter(language: language, showNotes: report.showNotes)
        let byRule = Dictionary(grouping: report.shown.map(\.finding), by: \.ruleID)
        var suites: [String] = []
        for (index, entry) in RuleCatalogue.entries.enumerated() {
            let rule = entry.description
            var cases: [String] = []
            var output = ""
            var counts = (tests: 0, failures: 0, skipped: 0)
            func add(_ name: String, result: String = "", failed: Bool = false, skipped: Bool = false) {
                let opening =
                    "    <testcase name=\"\(XMLText.attribute(name))\" classname=\"\(XMLText.attribute(rule.id))\" time=\"0\""
                cases.append(result.isEmpty ? opening + "/>" : opening + ">\n" + result + "    </testcase>")
                counts.tests += 1
                if failed { counts.failures += 1 }
                if skipped { counts.skipped += 1 }
            }
            if entry.isChangeRule && !report.changeRulesRan {
                let reason =
                    language == .nl
                    ? "niet uitgevoerd: geen eerdere stand om mee te vergelijken (--base, --staged of --range)"
                    : "not run: no earlier state to compare with (--base, --staged or --range)"
                add(
                    language == .nl ? "(alle bestanden)" : "(all files)",
                    result: "      <skipped message=\"\(XMLText.attribute(reason))\"/>\n", skipped: true)
            } else {
                let findings = byRule[rule.id] ?? []
                var paths: [String] = []
                for finding in findings where paths.last != finding.location.path {
                    paths.append(finding.location.path)
                }
                for path in paths {
                    let inFile = findings.filter { $0.location.path == path }
                    let failing = inFile.filter(report.fails)
                    let other = inFile.filter { !report.fails($0) }
                    var result = ""
                    let onlyNotes = failing.isEmpty && other.allSatisfy { $0.severity == .note }
                    if let first = failing.first {
                        let details = failing.map { text.render($0) }.joined()
                        result =
                            "      <failure message=\"\(XMLText.attribute(first.message.text(in: language)))\" type=\"\(first.severity.rawValue)\">"
                            + XMLText.text(details) + "</failure>\n"
                    } else if onlyNotes, let first = other.first {
                        result = "      <skipped message=\"\(XMLText.attribute(first.message.text(in: language)))\"/>\n"
                    }
                    output += other.map { text.render($0) }.joined()
                    add(path, result: result, failed: !failing.isEmpty, skipped: onlyNotes)
                }
                add(language == .nl ? "(overige bestanden)" : "(other files)")
            }
            let suiteName = "\(rule.id) \(rule.name.text(in: language))"
            suites.append(
                "  <testsuite name=\"\(XMLText.attribute(suiteName))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" errors=\"0\" skipped=\"\(counts.skipped)\" time=\"0\" timestamp=\"\(timestamp)\" hostname=\"localhost\" package=\"taakboek\" id=\"\(index)\">\n"
                    + properties(report) + cases.joined(separator: "\n") + "\n"
                    + (output.isEmpty ? "    <system-out/>\n" : "    <system-out>" + XMLText.text(output) + "</system-out>\n")
                    + "    <system-err/>\n  </testsuite>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites>
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }

    /// The audit data, as `taakboek.<field>` properties (the fields of the JSON report's `audit`).
    static func properties(_ report: CheckReport) -> String {
        let audit = report.audit
        var pairs: [(String, String?)] = [
            ("tool_version", report.tool.version),
            ("tool_commit", report.tool.commit),
            ("tool_libgit2", report.tool.libgit2),
            ("source", audit.source.rawValue),
            ("commit", audit.commit),
            ("tree", audit.tree),
            ("records_tree", audit.recordsTree),
            ("schemas_tree", audit.schemasTree),
            ("head", audit.head),
            ("working_tree_matches_head", audit.workingTreeMatchesHead.map { $0 ? "true" : "false" }),
            ("base", audit.base?.name),
            ("base_commit", audit.base?.commit),
            ("range", audit.range?.spec),
            ("range_from", audit.range?.from),
            ("range_to", audit.range?.to),
            ("range_commits", audit.range.map { String($0.commits) }),
            ("records", String(audit.recordCount)),
            ("rules_sha256", audit.rulesDigest),
            ("configuration_sha256", audit.configurationDigest),
        ]
        if !audit.builtInConfiguration.isEmpty {
            pairs.append(("built_in_configuration", audit.builtInConfiguration.joined(separator: " ")))
        }
        let lines = pairs.compactMap { name, value in
            value.map { "      <property name=\"taakboek.\(name)\" value=\"\(XMLText.attribute($0))\"/>" }
        }
        return "    <properties>\n" + lines.joined(separator: "\n") + "\n    </properties>\n"
    }
}
