import TaakboekCore

extension Finding {
    /// A finding about a whole file (line 0: empty, too large, not UTF-8, a missing record) as
    /// every report gives it: at line 1, column 1, its message saying it concerns the whole file.
    /// GitHub code scanning requires `region.startLine` in SARIF, and GitHub, GitLab and JUnit
    /// readers attach a finding to a line; every format shows the same place.
    var placedAtALine: Finding {
        guard location.line == 0 else { return self }
        var placed = Finding(
            ruleID: ruleID, severity: severity,
            location: SourceLocation(path: location.path, line: 1, column: 1, length: 1),
            message: LocalizedText(
                nl: message.nl + " (dit geldt voor het geheel, niet voor één regel; gemeld bij regel 1)",
                en: message.en + " (this concerns the whole, not one line; reported at line 1)"),
            equation: equation, related: related, origin: origin)
        placed.excerpt = excerpt
        return placed
    }
}
