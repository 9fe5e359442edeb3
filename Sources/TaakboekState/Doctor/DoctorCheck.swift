import TaakboekCore

/// What one check of `taakboek doctor` found: a status, what it found, and what to do when it is
/// not in order.
public struct DoctorCheck: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case ok
        case warning
        case error
        /// The check could not apply (no hook of taakboek's to read the binary of).
        case skipped

        public var label: LocalizedText {
            switch self {
            case .ok: LocalizedText(nl: "in orde", en: "ok")
            case .warning: LocalizedText(nl: "waarschuwing", en: "warning")
            case .error: LocalizedText(nl: "fout", en: "error")
            case .skipped: LocalizedText(nl: "overgeslagen", en: "skipped")
            }
        }

        /// A warning or an error: `taakboek doctor` exits with 1.
        public var isFinding: Bool { self == .warning || self == .error }
    }

    /// The check's stable name in JSON: `hook`, `hook-binary`, `schemas`, `line-ends`, `shallow`.
    public let id: String
    /// What is checked, for the text output ("pre-commit-hook").
    public let label: LocalizedText
    public let status: Status
    public let message: LocalizedText
    /// What to do; nil when there is nothing to do.
    public let fix: LocalizedText?
    /// Lines under the message, one per item found (the schema files that differ).
    public let details: [LocalizedText]

    public init(
        id: String, label: LocalizedText, status: Status, message: LocalizedText, fix: LocalizedText? = nil,
        details: [LocalizedText] = []
    ) {
        self.id = id
        self.label = label
        self.status = status
        self.message = message
        self.fix = fix
        self.details = details
    }

    /// A check that could not read the repository: an error whose fix is to ask git what is wrong.
    static func unreadable(id: String, label: LocalizedText, message: LocalizedText) -> DoctorCheck {
        DoctorCheck(
            id: id, label: label, status: .error, message: message,
            fix: LocalizedText(
                nl: "`git status` zegt wat er met de repository is",
                en: "`git status` says what is wrong with the repository"))
    }
}
