import TaakboekCore

/// Everything a reporter may use, gathered once by `taakboek check`: reporters are pure functions
/// of this value (no clock, no environment), so the same check gives the same bytes.
public struct CheckReport: Sendable {
    /// Every finding, notes included, in report order (file, line, column); a finding about a
    /// whole file is placed at its line 1 (`Finding.placedAtALine`), the same in every format.
    public let findings: [Finding]
    /// The states the findings came from, for quoting source lines (several for a range).
    public let trees: [RecordTree]
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
    public let toolVersion: String

    public init(
        findings: [Finding], trees: [RecordTree], scope: LocalizedText? = nil, audit: AuditData,
        changedPaths: Set<String>? = nil, changeRulesRan: Bool, strict: Bool = false, showNotes: Bool = true,
        language: Language = .nl, toolVersion: String
    ) {
        self.findings = findings.map(\.placedAtALine)
        self.trees = trees
        self.scope = scope
        self.audit = audit
        self.changedPaths = changedPaths
        self.changeRulesRan = changeRulesRan
        self.strict = strict
        self.showNotes = showNotes
        self.language = language
        self.toolVersion = toolVersion
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

    /// The tree a finding came from (by origin), to quote its source line.
    func tree(of finding: Finding) -> RecordTree? {
        trees.first { $0.origin == finding.origin } ?? trees.last
    }
}
