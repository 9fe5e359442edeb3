/// How serious a finding is. Errors make `check` fail; warnings only with `--strict`; notes never
/// (they say what could not be checked, e.g. a rule skipped because a figure is `onbekend`).
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case note
    case warning
    case error

    public var label: LocalizedText {
        switch self {
        case .error: LocalizedText(nl: "fout", en: "error")
        case .warning: LocalizedText(nl: "waarschuwing", en: "warning")
        case .note: LocalizedText(nl: "opmerking", en: "note")
        }
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
