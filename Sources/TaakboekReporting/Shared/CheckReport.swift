import TaakboekCore

/// Everything a reporter may use, gathered once by `taakboek check`: reporters are pure functions
/// of this value (no clock, no environment, no record tree or source to read back from), so the
/// same check gives the same bytes, and a reporter is tested with findings alone.
public struct CheckReport: Sendable {
    /// Every finding, notes included, in report order (file, line, column); a finding about a
    /// whole file is placed at its line 1 (`Finding.placedAtALine`), the same in every format.
    /// Each carries its quoted source line (`Finding.excerpt`) for the formats that print one.
    public let findings: [Finding]
    /// The records checked (of the last state, for a range), for the summary line.
    public let recordCount: Int
    /// How the checked state is named (`index`, a short commit id); nil for the working tree.
    public let origin: String?
    /// Replaces the text summary's "in N records", e.g. "in 12 commits (a..b)".
    public let scope: LocalizedText?
    public let audit: AuditData
    /// The files the change touches compared with its base, when there is a base (`--base`,
    /// `--staged`, `--range`); nil otherwise.
    public let changedPaths: Set<String>?
    /// Whether the change rules ran (there was a base, or a range).
    public let changeRulesRan: Bool
    public let strict: Bool
    public let showNotes: Bool
    public let language: Language
    public let tool: ToolBuild

    /// A report of findings that already carry their excerpts.
    public init(
        findings: [Finding], recordCount: Int, origin: String? = nil, scope: LocalizedText? = nil, audit: AuditData,
        changedPaths: Set<String>? = nil, changeRulesRan: Bool, strict: Bool = false, showNotes: Bool = true,
        language: Language = .nl, tool: ToolBuild
    ) {
        self.findings = findings.map(\.placedAtALine)
        self.recordCount = recordCount
        self.origin = origin
        self.scope = scope
        self.audit = audit
        self.changedPaths = changedPaths
        self.changeRulesRan = changeRulesRan
        self.strict = strict
        self.showNotes = showNotes
        self.language = language
        self.tool = tool
    }

    /// A report of the findings of `trees` (several for a range; each finding is quoted from the
    /// tree it came from, by origin). `quoting`: whether to quote source lines at all (only the
    /// formats that print them need it: `ReportFormat.quotesSource`); hidden notes are not quoted.
    public init(
        findings: [Finding], trees: [RecordTree], quoting: Bool = true, scope: LocalizedText? = nil,
        audit: AuditData, changedPaths: Set<String>? = nil, changeRulesRan: Bool, strict: Bool = false,
        showNotes: Bool = true, language: Language = .nl, tool: ToolBuild
    ) {
        let placed = findings.map(\.placedAtALine)
        let quoted =
            quoting
            ? placed.map { finding in
                guard showNotes || finding.severity != .note,
                    let tree = trees.first(where: { $0.origin == finding.origin }) ?? trees.last
                else { return finding }
                return tree.quoting(finding)
            } : placed
        self.init(
            findings: quoted, recordCount: trees.last?.recordCount ?? 0, origin: trees.last?.origin, scope: scope,
            audit: audit, changedPaths: changedPaths, changeRulesRan: changeRulesRan, strict: strict,
            showNotes: showNotes, language: language, tool: tool)
    }

    /// The findings a report shows (without notes under `--hide-notes`), each with its
    /// fingerprint (computed over all findings, so hiding notes changes no fingerprint).
    public var shown: [(finding: Finding, fingerprint: String)] {
        zip(findings, FindingFingerprint.of(findings)).filter { showNotes || $0.0.severity != .note }.map {
            (finding: $0.0, fingerprint: $0.1)
        }
    }

    public var exitStatus: ExitStatus { ExitStatus.of(findings, strict: strict) }

    /// Whether this finding makes the check fail (errors; warnings too under `--strict`).
    public func fails(_ finding: Finding) -> Bool {
        finding.severity == .error || (strict && finding.severity == .warning)
    }

    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }
}
