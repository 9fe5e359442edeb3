import TaakboekCore

/// A check over the records. Each rule is one small type with a stable id and a description that
/// is data, examples included: the examples are its tests.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Every finding of this rule in the tree. Rules never stop at the first finding.
    func check(_ tree: RecordTree) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }

    /// A finding of this rule, with the rule's severity unless another is given.
    public func finding(
        _ location: SourceLocation, _ message: LocalizedText, severity: Severity? = nil,
        equation: Equation? = nil, related: [RelatedLocation] = []
    ) -> Finding {
        Finding(
            ruleID: Self.description.id, severity: severity ?? Self.description.severity, location: location,
            message: message, equation: equation, related: related)
    }

    /// A note that this rule could not judge something because a figure is `onbekend` or missing.
    public func skipped(_ location: SourceLocation, _ message: LocalizedText) -> Finding {
        finding(location, message, severity: .note)
    }
}

/// What a rule is: its id, name, severity, what it checks and why, and its examples.
public struct RuleDescription: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case structure, arithmetic, continuity, counting, corrections, letters, privacy, history, reconciliation

        public var label: LocalizedText {
            switch self {
            case .structure: LocalizedText(nl: "structuur", en: "structure")
            case .arithmetic: LocalizedText(nl: "rekenregels", en: "arithmetic")
            case .continuity: LocalizedText(nl: "aansluiting", en: "continuity")
            case .counting: LocalizedText(nl: "telling", en: "counting")
            case .corrections: LocalizedText(nl: "correcties", en: "corrections")
            case .letters: LocalizedText(nl: "brieven", en: "letters")
            case .privacy: LocalizedText(nl: "privacy", en: "privacy")
            case .history: LocalizedText(nl: "geschiedenis", en: "history")
            case .reconciliation: LocalizedText(nl: "afstemming met het COA", en: "reconciliation with COA")
            }
        }
    }

    public let id: String
    public let category: Category
    public let name: LocalizedText
    public let severity: Severity
    /// One line: what the rule checks.
    public let summary: LocalizedText
    /// Why, where the rule comes from, and how to fix a finding (for `taakboek explain`).
    public let rationale: LocalizedText
    /// Record trees on which the rule must report, with `↓` before each place it must point at.
    public let triggering: [RuleExample]
    /// Record trees on which the rule must stay silent.
    public let nonTriggering: [RuleExample]

    public init(
        id: String, category: Category, name: LocalizedText, severity: Severity, summary: LocalizedText,
        rationale: LocalizedText, triggering: [RuleExample], nonTriggering: [RuleExample]
    ) {
        self.id = id
        self.category = category
        self.name = name
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
