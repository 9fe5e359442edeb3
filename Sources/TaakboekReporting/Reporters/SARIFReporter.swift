import JSON
import TaakboekCore

/// `taakboek check --format sarif`: SARIF 2.1.0 for code-scanning services (GitHub code scanning,
/// Azure DevOps, IDE viewers). One run; every registered rule in `tool.driver.rules`; texts in the
/// language of `--lang`. What is emitted is described by
/// `schemas/output/sarif-2.1.0-subset.schema.json`.
///
/// The audit data is in `run.properties.audit` rather than `versionControlProvenance`: SARIF
/// requires a `repositoryUri` there, and taakboek does not know where the repository is published.
public enum SARIFReporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Paths are relative to the root of the checked repository, which this base id stands for.
    public static let rootBaseID = "SRCROOT"

    public static func render(_ report: CheckReport) -> String {
        let language = report.language
        let run = JSONObject([
            (
                "tool",
                .object(
                    JSONObject([
                        (
                            "driver",
                            .object(
                                JSONObject([
                                    ("name", "taakboek"),
                                    ("version", .string(report.tool.version)),
                                    ("semanticVersion", .string(report.tool.version)),
                                    ("informationUri", .string(ToolIdentity.informationURI)),
                                    ("language", .string(language.rawValue)),
                                    ("rules", .array(RuleCatalogue.entries.map { rule($0, language: language) })),
                                    // SARIF has no field for the build's commit or its libraries:
                                    // a property bag (section 3.8) carries them.
                                    ("properties", .object(ReportJSON.toolBuild(report.tool))),
                                ]))
                        )
                    ]))
            ),
            (
                "invocations",
                [
                    .object(
                        JSONObject([
                            ("executionSuccessful", true),
                            ("exitCode", .integer(Int(report.exitStatus.rawValue))),
                        ]))
                ]
            ),
            (
                "originalUriBaseIds",
                .object(
                    JSONObject([
                        (
                            rootBaseID,
                            .object(
                                JSONObject([
                                    (
                                        "description",
                                        message(
                                            language == .nl
                                                ? "De hoofdmap van de gecontroleerde repository."
                                                : "The root folder of the checked repository.")
                                    )
                                ]))
                        )
                    ]))
            ),
            ("columnKind", "unicodeCodePoints"),
            (
                "results",
                .array(report.shown.map { result($0.finding, fingerprint: $0.fingerprint, language: language) })
            ),
            (
                "properties",
                .object(
                    JSONObject([("audit", ReportJSON.audit(report.audit)), ("summary", ReportJSON.summary(report))]))
            ),
        ])
        let log = JSONValue.object(
            JSONObject([
                ("$schema", .string(schemaURI)),
                ("version", "2.1.0"),
                ("runs", [.object(run)]),
            ]))
        return JSONWriter.pretty(log) + "\n"
    }

    static func rule(_ entry: RuleCatalogue.Entry, language: Language) -> JSONValue {
        let rule = entry.description
        let explain =
            language == .nl
            ? "Meer uitleg en voorbeelden: taakboek explain \(rule.id)"
            : "More explanation and examples: taakboek explain \(rule.id)"
        return .object(
            JSONObject([
                ("id", .string(rule.id)),
                ("name", .string(entry.identifier)),
                ("shortDescription", message(rule.summary.text(in: language))),
                ("fullDescription", message(rule.rationale.text(in: language))),
                (
                    "help",
                    message(
                        "\(rule.name.text(in: language)): \(rule.summary.text(in: language))\n\n"
                            + "\(rule.rationale.text(in: language))\n\n\(explain)")
                ),
                ("defaultConfiguration", .object(JSONObject([("level", .string(level(rule.severity)))]))),
                (
                    "properties",
                    .object(
                        JSONObject([
                            ("category", .string(rule.category.rawValue)),
                            ("title", .string(rule.name.text(in: language))),
                            ("needs_base", .bool(entry.isChangeRule)),
                        ]))
                ),
            ]))
    }

    static func result(_ finding: Finding, fingerprint: String, language: Language) -> JSONValue {
        var related: [JSONValue] = []
        if let equation = finding.equation {
            for term in equation.terms {
                guard let source = term.source else { continue }
                let sign = term.operation == .start ? "" : term.operation.rawValue + " "
                related.append(relatedLocation(related.count + 1, source, "\(sign)\(term.name): \(term.value)"))
            }
            if let source = equation.declaredSource, source != finding.location {
                related.append(relatedLocation(related.count + 1, source, declaredText(equation, language: language)))
            }
        }
        for item in finding.related {
            related.append(relatedLocation(related.count + 1, item.location, item.message.text(in: language)))
        }
        var result = JSONObject([("ruleId", .string(finding.ruleID))])
        if let index = RuleCatalogue.indexByID[finding.ruleID] { result["ruleIndex"] = .integer(index) }
        result["level"] = .string(level(finding.severity))
        result["message"] = message(finding.message.text(in: language))
        result["locations"] = [.object(JSONObject([("physicalLocation", physicalLocation(finding.location))]))]
        if !related.isEmpty { result["relatedLocations"] = .array(related) }
        result["partialFingerprints"] = .object(JSONObject([(FindingFingerprint.name, .string(fingerprint))]))
        var properties = JSONObject()
        if let origin = finding.origin { properties["origin"] = .string(origin) }
        if let equation = finding.equation { properties["equation"] = ReportJSON.equation(equation) }
        if !properties.isEmpty { result["properties"] = .object(properties) }
        return .object(result)
    }

    /// "achterstand_eind (opgegeven): 13; berekend 12, verschil +1".
    static func declaredText(_ equation: Equation, language: Language) -> String {
        let difference = (equation.difference > 0 ? "+" : "") + String(equation.difference)
        return language == .nl
            ? "\(equation.declaredName) (opgegeven): \(equation.declared); berekend \(equation.computed), verschil \(difference)"
            : "\(equation.declaredName) (declared): \(equation.declared); computed \(equation.computed), difference \(difference)"
    }

    static func relatedLocation(_ id: Int, _ location: SourceLocation, _ text: String) -> JSONValue {
        .object(
            JSONObject([
                ("id", .integer(id)),
                ("physicalLocation", physicalLocation(location)),
                ("message", message(text)),
            ]))
    }

    /// A file-wide finding (line 0) has no region: SARIF lines and columns start at 1.
    static func physicalLocation(_ location: SourceLocation) -> JSONValue {
        var physical = JSONObject([
            (
                "artifactLocation",
                .object(
                    JSONObject([("uri", .string(URIPath.encode(location.path))), ("uriBaseId", .string(rootBaseID))]))
            )
        ])
        if location.line > 0 {
            var region = JSONObject([("startLine", .integer(location.line))])
            if location.column > 0 {
                region["startColumn"] = .integer(location.column)
                region["endColumn"] = .integer(location.column + location.length)
            }
            physical["region"] = .object(region)
        }
        return .object(physical)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func message(_ text: String) -> JSONValue { .object(JSONObject([("text", .string(text))])) }
}
