import JSON
import TaakboekCore

/// `taakboek check --format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`),
/// an array of issues with `description`, `check_name`, `fingerprint`, `severity` and
/// `location.path` / `location.lines.begin`, texts in the language of `--lang`.
///
/// Severities: an error is `critical` (it fails the check), a privacy error `blocker` (personal
/// data in git must not be merged at all); a warning is `minor`, or `major` under `--strict`,
/// where it fails the check too; a note is `info`. A finding about a whole file points at line 1.
/// The fingerprint is the one SARIF carries (`FindingFingerprint`), so GitLab recognises the same
/// finding in the base and the head of a merge request.
///
/// The format has no place for data about the run, so the audit data is one extra `info` issue
/// at the end, `check_name` `taakboek/audit`, on `records` line 1, with a fingerprint that does
/// not change from run to run (GitLab then never shows it as new or fixed), the audit in its
/// description and, as an object, in `taakboek_audit` (GitLab ignores fields it does not know).
public enum GitLabReporter {
    public static let auditCheckName = "taakboek/audit"

    public static func render(_ report: CheckReport) -> String {
        let language = report.language
        var issues = report.shown.map { finding, fingerprint in
            issue(
                description: description(of: finding, language: language), checkName: finding.ruleID,
                fingerprint: fingerprint, severity: severity(of: finding, report: report),
                path: finding.location.path, line: max(1, finding.location.line))
        }
        var audit =
            issue(
                description: auditDescription(report), checkName: auditCheckName,
                fingerprint: SHA256.hex("taakboek-audit-v1"), severity: "info", path: "records", line: 1
            ).objectValue ?? JSONObject()
        audit["taakboek_audit"] = ReportJSON.audit(report.audit)
        audit["taakboek_summary"] = ReportJSON.summary(report)
        audit["taakboek_version"] = .string(report.tool.version)
        audit["taakboek_tool"] = .object(ReportJSON.tool(report.tool))
        issues.append(.object(audit))
        return JSONWriter.pretty(.array(issues)) + "\n"
    }

    static func issue(
        description: String, checkName: String, fingerprint: String, severity: String, path: String, line: Int
    ) -> JSONValue {
        .object(
            JSONObject([
                ("description", .string(description)),
                ("check_name", .string(checkName)),
                ("fingerprint", .string(fingerprint)),
                ("severity", .string(severity)),
                (
                    "location",
                    .object(
                        JSONObject([
                            ("path", .string(path)),
                            ("lines", .object(JSONObject([("begin", .integer(line))]))),
                        ]))
                ),
            ]))
    }

    static func description(of finding: Finding, language: Language) -> String {
        let origin = finding.origin.map { "(\($0)) " } ?? ""
        return "[\(finding.ruleID)] \(origin)\(finding.message.text(in: language))"
    }

    static func severity(of finding: Finding, report: CheckReport) -> String {
        switch finding.severity {
        case .error:
            let category = RuleCatalogue.indexByID[finding.ruleID].map {
                RuleCatalogue.entries[$0].description.category
            }
            return category == .privacy ? "blocker" : "critical"
        case .warning: return report.strict ? "major" : "minor"
        case .note: return "info"
        }
    }

    static func auditDescription(_ report: CheckReport) -> String {
        let audit = report.audit
        let nl = report.language == .nl
        let what: String
        switch audit.source {
        case .workingTree: what = nl ? "de werkmap" : "the working tree"
        case .index: what = nl ? "de index (boom \(audit.tree ?? "-"))" : "the index (tree \(audit.tree ?? "-"))"
        case .commit: what = "commit \(audit.commit ?? "-")"
        case .range:
            what =
                nl
                ? "de commits van \(audit.range?.spec ?? "-") (tot en met \(audit.commit ?? "-"))"
                : "the commits of \(audit.range?.spec ?? "-") (up to \(audit.commit ?? "-"))"
        }
        let records = audit.recordsTree ?? "-"
        let configuration = audit.configurationDigest ?? "-"
        return nl
            ? "taakboek \(report.tool.version) controleerde \(what): records-boom \(records), schema's-boom \(audit.schemasTree ?? "geen (ingebouwd)"); regels sha256 \(audit.rulesDigest), configuratie sha256 \(configuration)"
            : "taakboek \(report.tool.version) checked \(what): records tree \(records), schemas tree \(audit.schemasTree ?? "none (built in)"); rules sha256 \(audit.rulesDigest), configuration sha256 \(configuration)"
    }
}
