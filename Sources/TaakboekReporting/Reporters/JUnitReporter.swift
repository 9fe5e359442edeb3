import TaakboekCore

/// `taakboek check --format junit`: JUnit XML for CI systems that show test results (GitLab,
/// Jenkins, Azure DevOps).
///
/// One `<testsuite>` per registered rule. The checker does not record which files a rule looked
/// at (a rule sees the whole record tree, and a cached check does not even load unchanged
/// records), so each suite has one `<testcase>` per file the rule reported on, named by the file,
/// plus one passing case for all other files. A finding that fails the check (an error; a
/// warning too under `--strict`) is a `<failure>`; other warnings and notes are written to the
/// case's `<system-out>` and do not fail it; a case with only notes (what could not be checked)
/// is `<skipped>`. A change rule without a base to compare with has one skipped case. Every suite
/// carries the audit data as `<properties>`. No timestamps or durations: the same check gives
/// the same bytes.
public enum JUnitReporter {
    public static func render(_ report: CheckReport) -> String {
        let language = report.language
        let text = TextReporter(language: language, showNotes: report.showNotes)
        let byRule = Dictionary(grouping: report.shown.map(\.finding), by: \.ruleID)
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, skipped: 0)
        for entry in RuleCatalogue.entries {
            let rule = entry.description
            var cases: [String] = []
            var counts = (tests: 0, failures: 0, skipped: 0)
            func add(_ name: String, file: String?, body: String, failed: Bool = false, skipped: Bool = false) {
                let fileAttribute = file.map { " file=\"\(XMLText.attribute($0))\"" } ?? ""
                let opening =
                    "    <testcase name=\"\(XMLText.attribute(name))\" classname=\"\(XMLText.attribute(rule.id))\"\(fileAttribute)"
                cases.append(body.isEmpty ? opening + "/>" : opening + ">\n" + body + "    </testcase>")
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
                    language == .nl ? "(alle bestanden)" : "(all files)", file: nil,
                    body: "      <skipped message=\"\(XMLText.attribute(reason))\"/>\n", skipped: true)
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
                    var body = ""
                    if let first = failing.first {
                        let details = failing.map { text.render($0, tree: report.tree(of: $0)) }.joined()
                        body +=
                            "      <failure message=\"\(XMLText.attribute(first.message.text(in: language)))\" type=\"\(first.severity.rawValue)\">"
                            + XMLText.text(details) + "</failure>\n"
                    }
                    let onlyNotes = failing.isEmpty && other.allSatisfy { $0.severity == .note }
                    if onlyNotes, let first = other.first {
                        body += "      <skipped message=\"\(XMLText.attribute(first.message.text(in: language)))\"/>\n"
                    }
                    if !other.isEmpty {
                        let details = other.map { text.render($0, tree: report.tree(of: $0)) }.joined()
                        body += "      <system-out>" + XMLText.text(details) + "</system-out>\n"
                    }
                    add(path, file: path, body: body, failed: !failing.isEmpty, skipped: onlyNotes)
                }
                add(language == .nl ? "(overige bestanden)" : "(other files)", file: nil, body: "")
            }
            totals.tests += counts.tests
            totals.failures += counts.failures
            totals.skipped += counts.skipped
            let suiteName = "\(rule.id) \(rule.name.text(in: language))"
            suites.append(
                "  <testsuite name=\"\(XMLText.attribute(suiteName))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" errors=\"0\" skipped=\"\(counts.skipped)\">\n"
                    + properties(report) + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="taakboek check" tests="\(totals.tests)" failures="\(totals.failures)" errors="0" skipped="\(totals.skipped)">
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }

    /// The audit data, as `taakboek.<field>` properties (the fields of the JSON report's `audit`).
    static func properties(_ report: CheckReport) -> String {
        let audit = report.audit
        var pairs: [(String, String?)] = [
            ("tool_version", report.toolVersion),
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
