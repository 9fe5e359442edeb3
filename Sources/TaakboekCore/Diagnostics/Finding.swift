/// One thing the checker found. Rules create findings; reporters present them.
public struct Finding: Sendable, Hashable {
    public let ruleID: String
    public let severity: Severity
    public let location: SourceLocation
    public let message: LocalizedText
    /// The sum or formula behind the finding, when there is one.
    public let equation: Equation?
    /// Other places that matter for this finding (e.g. the record a letter figure must match).
    public let related: [RelatedLocation]
    /// Where the records were read from when not the working tree, e.g. `index` or a short commit id.
    public var origin: String?
    /// The source line under the finding's place, quoted while the state it came from is at hand
    /// (`RecordTree.quoting`), so that a report is a function of its findings alone; nil for a
    /// finding about no line, or before it is quoted.
    public var excerpt: SourceExcerpt?
    /// A whole line to write instead of the finding's line, when the finding says exactly what
    /// to write (the language server offers it as a fix; reports leave it out).
    public var replacementLine: String?
    /// Text to write in the finding's own place (its column and length), when the finding says
    /// what was meant (`gehuisvest` for `gehuisvets`, `2025-02-10`, `regulier`).
    public var replacementText: String?

    public init(
        ruleID: String, severity: Severity, location: SourceLocation, message: LocalizedText,
        equation: Equation? = nil, related: [RelatedLocation] = [], origin: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.message = message
        self.equation = equation
        self.related = related
        self.origin = origin
    }

    /// Findings are reported sorted by file, line and column; ties keep a stable order.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message.en < rhs.message.en
    }
}

public struct RelatedLocation: Sendable, Hashable {
    public let location: SourceLocation
    public let message: LocalizedText

    public init(_ location: SourceLocation, _ message: LocalizedText) {
        self.location = location
        self.message = message
    }
}
