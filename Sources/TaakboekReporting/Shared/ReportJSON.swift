import JSON
import TaakboekCore

/// The JSON pieces the JSON, SARIF and GitLab reports share: the audit data, the summary, a
/// place, a text in both languages and an equation. Keys are English snake_case.
enum ReportJSON {
    static func audit(_ audit: AuditData) -> JSONValue {
        .object(
            JSONObject([
                ("source", .string(audit.source.rawValue)),
                ("commit", optional(audit.commit)),
                ("tree", optional(audit.tree)),
                ("records_tree", optional(audit.recordsTree)),
                ("schemas_tree", optional(audit.schemasTree)),
                ("head", optional(audit.head)),
                ("working_tree_matches_head", audit.workingTreeMatchesHead.map(JSONValue.bool) ?? .null),
                (
                    "base",
                    audit.base.map { base in
                        .object(JSONObject([("name", .string(base.name)), ("commit", .string(base.commit))]))
                    } ?? .null
                ),
                (
                    "range",
                    audit.range.map { range in
                        .object(
                            JSONObject([
                                ("spec", .string(range.spec)), ("from", .string(range.from)), ("to", .string(range.to)),
                                ("commits", .integer(range.commits)),
                            ]))
                    } ?? .null
                ),
                ("records", .integer(audit.recordCount)),
                ("rules_sha256", .string(audit.rulesDigest)),
                ("configuration_sha256", optional(audit.configurationDigest)),
                ("built_in_configuration", .array(audit.builtInConfiguration.map(JSONValue.string))),
            ]))
    }

    static func summary(_ report: CheckReport) -> JSONValue {
        .object(
            JSONObject([
                ("errors", .integer(report.count(.error))),
                ("warnings", .integer(report.count(.warning))),
                ("notes", .integer(report.count(.note))),
                ("notes_shown", .bool(report.showNotes)),
                ("strict", .bool(report.strict)),
                ("exit_status", .integer(Int(report.exitStatus.rawValue))),
            ]))
    }

    static func text(_ text: LocalizedText) -> JSONValue {
        .object(JSONObject([("nl", .string(text.nl)), ("en", .string(text.en))]))
    }

    /// `{"file", "line", "column"}`; line and column are null for a finding about a whole file.
    static func place(_ location: SourceLocation) -> JSONValue {
        .object(
            JSONObject([
                ("file", .string(location.path)),
                ("line", location.line > 0 ? .integer(location.line) : .null),
                ("column", location.line > 0 && location.column > 0 ? .integer(location.column) : .null),
            ]))
    }

    static func equation(_ equation: Equation) -> JSONValue {
        .object(
            JSONObject([
                (
                    "terms",
                    .array(
                        equation.terms.map { term in
                            .object(
                                JSONObject([
                                    ("operation", .string(operation(term.operation))),
                                    ("name", .string(term.name)),
                                    ("value", .integer(term.value)),
                                    ("source", term.source.map(place) ?? .null),
                                ]))
                        })
                ),
                ("rounding", equation.rounding.map(text) ?? .null),
                ("computed", .integer(equation.computed)),
                (
                    "declared",
                    .object(
                        JSONObject([
                            ("name", .string(equation.declaredName)),
                            ("value", .integer(equation.declared)),
                            ("source", equation.declaredSource.map(place) ?? .null),
                        ]))
                ),
                ("difference", .integer(equation.difference)),
            ]))
    }

    /// Operations by name rather than by the sign the text report prints (− is U+2212).
    static func operation(_ operation: Equation.Operation) -> String {
        switch operation {
        case .start: "start"
        case .plus: "plus"
        case .minus: "minus"
        case .times: "times"
        case .dividedBy: "divided_by"
        }
    }

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
}
