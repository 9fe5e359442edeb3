import TaakboekCore

/// A check of a change: the records now compared with an earlier state (the base), e.g. HEAD for
/// a commit being made, or the target branch of a pull request.
public protocol ChangeRule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ change: RecordChange) -> [Finding]
}

extension ChangeRule {
    public func finding(
        _ location: SourceLocation, _ message: LocalizedText, related: [RelatedLocation] = []
    ) -> Finding {
        Finding(
            ruleID: Self.description.id, severity: Self.description.severity, location: location, message: message,
            related: related)
    }
}

/// The two states a change rule compares.
public struct RecordChange: Sendable {
    public let base: RecordTree
    public let current: RecordTree
    /// How the base is named in messages, e.g. `HEAD` or `origin/main`.
    public let baseName: String
    public let provenance: any FieldProvenance

    public init(base: RecordTree, current: RecordTree, baseName: String, provenance: any FieldProvenance) {
        self.base = base
        self.current = current
        self.baseName = baseName
        self.provenance = provenance
    }

    /// Files of the current state that the base does not have: added in this change.
    public func isAdded(_ path: String) -> Bool { base.file(path) == nil }
}

/// Who last set a figure, as far as the history tells (git blame at the level of a field).
public protocol FieldProvenance: Sendable {
    func lastChange(of figure: FigureName, inFile path: String) -> CommitReference?
}

public struct CommitReference: Sendable, Hashable {
    public let shortID: String
    public let summary: String
    public let author: String
    public let date: String

    public init(shortID: String, summary: String, author: String, date: String) {
        self.shortID = shortID
        self.summary = summary
        self.author = author
        self.date = date
    }

    public var description: String { "\(shortID) (\(date), \(author)): \(summary)" }
}

/// For examples and tests: no history to ask.
public struct NoProvenance: FieldProvenance {
    public init() {}
    public func lastChange(of figure: FigureName, inFile path: String) -> CommitReference? { nil }
}
