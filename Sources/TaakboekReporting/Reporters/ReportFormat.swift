import TaakboekCore

/// The formats of `taakboek check --format`: text for people (the default), the others for CI
/// systems and other programs. README.md, "Output formats", describes each.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case github
    case junit
    case gitlab

    /// Whether the format carries the audit data (which costs hashing what was checked).
    public var carriesAudit: Bool { self != .text }

    /// Whether the format prints the source line under a finding (the text report, and the
    /// GitHub log and JUnit details, which use its blocks).
    public var quotesSource: Bool { self == .text || self == .github || self == .junit }

    /// Whether the format orders findings by the files a change touches.
    public var usesChangedPaths: Bool { self == .github }

    public func render(_ report: CheckReport) -> String {
        switch self {
        case .text:
            TextReporter(language: report.language, showNotes: report.showNotes).render(report)
        case .json: JSONReporter.render(report)
        case .sarif: SARIFReporter.render(report)
        case .github: GitHubReporter.render(report)
        case .junit: JUnitReporter.render(report)
        case .gitlab: GitLabReporter.render(report)
        }
    }

    /// The names, for usage messages: "text, json, sarif, github, junit of gitlab".
    public static func list(in language: Language) -> String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + (language == .nl ? " of " : " or ") + (names.last ?? "")
    }
}
