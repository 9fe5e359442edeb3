import JSON
import TaakboekCore

/// `taakboek check --format json`: one object, described by `schemas/output/check-report.schema.json`.
/// Texts carry both languages (`{"nl": …, "en": …}`), so the output does not depend on `--lang`.
/// `format_version` goes up only when a field changes meaning or disappears; new fields may be
/// added without a new version.
public enum JSONReporter {
    public static let formatName = "taakboek-check-report"
    public static let formatVersion = 1

    public static func render(_ report: CheckReport) -> String {
        let document = JSONValue.object(
            JSONObject([
                ("format", .string(formatName)),
                ("format_version", .integer(formatVersion)),
                ("tool", .object(ReportJSON.tool(report.tool))),
                ("audit", ReportJSON.audit(report.audit)),
                ("summary", ReportJSON.summary(report)),
                ("findings", .array(report.shown.map { finding($0.finding, fingerprint: $0.fingerprint, in: report) })),
            ]))
        return JSONWriter.pretty(document) + "\n"
    }

    static func finding(_ finding: Finding, fingerprint: String, in report: CheckReport) -> JSONValue {
        let rule = RuleCatalogue.indexByID[finding.ruleID].map { RuleCatalogue.entries[$0].description }
        return .object(
            JSONObject([
                ("rule_id", .string(finding.ruleID)),
                ("rule_name", rule.map { ReportJSON.text($0.name) } ?? .null),
                ("severity", .string(finding.severity.rawValue)),
                ("fails", .bool(report.fails(finding))),
                ("file", .string(finding.location.path)),
                ("line", finding.location.line > 0 ? .integer(finding.location.line) : .null),
                ("column", finding.location.line > 0 ? .integer(finding.location.column) : .null),
                ("length", finding.location.line > 0 ? .integer(finding.location.length) : .null),
                ("message", ReportJSON.text(finding.message)),
                ("origin", ReportJSON.optional(finding.origin)),
                ("fingerprint", .string(fingerprint)),
                (
                    "related",
                    .array(
                        finding.related.map { related in
                            var place = ReportJSON.place(related.location).objectValue ?? JSONObject()
                            place["message"] = ReportJSON.text(related.message)
                            return .object(place)
                        })
                ),
                ("equation", finding.equation.map(ReportJSON.equation) ?? .null),
            ]))
    }
}
