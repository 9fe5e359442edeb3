import TaakboekCore
import TaakboekReporting
import TaakboekRules

/// What the server says on hover, as Markdown: the findings on the position with their equation
/// and rule; on a figure of a period, the sums it takes part in and where each term comes from;
/// on `soort`, the kind and whether it counts; on another key, the schema's description.
struct HoverProvider {
    let workspace: Workspace
    let document: OpenDocument
    let language: Language
    /// The findings of the document as last published.
    let findings: [Finding]

    var nl: Bool { language == .nl }

    func hover(line: Int, utf16 character: Int) -> String? {
        let cursor = YAMLCursor(lines: document.lines, line: line, utf16: character)
        var sections: [String] = []
        sections += findingSections(cursor)
        if let rule = ruleID(under: cursor), let description = RuleRegistry.description(id: rule) {
            sections.append(explanation(description))
        }
        if let key = cursor.key, let columns = cursor.keyColumns,
            cursor.column >= columns.lowerBound, cursor.column <= (cursor.valueColumn ?? columns.upperBound) + (cursor.value?.count ?? 0)
        {
            sections += keySections(key, cursor: cursor)
        }
        return sections.isEmpty ? nil : sections.joined(separator: "\n\n---\n\n")
    }

    // MARK: findings and rules

    private func findingSections(_ cursor: YAMLCursor) -> [String] {
        findings.filter { finding in
            let location = finding.location
            guard location.line - 1 == cursor.line else { return false }
            return cursor.column >= location.column && cursor.column <= location.column + location.length
        }.map { finding in
            var text =
                "**\(finding.severity.label.text(in: language)) [\(finding.ruleID)]** \(finding.message.text(in: language))"
            if let equation = finding.equation {
                text += "\n\n```\n" + EquationLayout(equation, language: language).lines.joined(separator: "\n") + "\n```"
            }
            if let description = RuleRegistry.description(id: finding.ruleID) {
                text += "\n\n" + description.summary.text(in: language)
                text += "\n\n" + (nl ? "Meer uitleg: `taakboek explain \(finding.ruleID)`" : "More: `taakboek explain \(finding.ruleID)`")
            }
            return text
        }
    }

    /// A rule id (`TB201`) under the cursor, in a comment or a remark.
    private func ruleID(under cursor: YAMLCursor) -> String? {
        let characters = Array(cursor.lineText)
        let index = cursor.column - 1
        guard index >= 0, index <= characters.count else { return nil }
        var start = min(index, characters.count)
        while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { start -= 1 }
        var end = min(index, characters.count)
        while end < characters.count, characters[end].isLetter || characters[end].isNumber { end += 1 }
        let word = String(characters[start..<end])
        guard word.count == 5, word.hasPrefix("TB"), word.dropFirst(2).allSatisfy(\.isNumber) else { return nil }
        return word
    }

    private func explanation(_ description: RuleDescription) -> String {
        "**\(description.id): \(description.name.text(in: language))**\n\n\(description.summary.text(in: language))\n\n\(description.rationale.text(in: language))"
    }

    // MARK: keys

    private func keySections(_ key: String, cursor: YAMLCursor) -> [String] {
        var sections: [String] = []
        let kind = RecordPath.classify(document.path).recordKind
        let group = Workspace.group(of: document.path)
        let records = workspace.records(of: group)
        if cursor.parents.isEmpty, kind == .period, let name = FigureName(rawValue: key), let records,
            let period = records.periods.first(where: { $0.path == document.path })
        {
            sections.append(FigureSums(period: period, records: records, catalogue: workspace.schemas.catalogue,
                language: language).markdown(for: name))
        }
        if key == "soort", let value = cursor.value, let placementKind = workspace.schemas.catalogue[value] {
            sections.append(kindText(placementKind))
        }
        if cursor.parents.isEmpty, kind == .placement, key == "personen", let records,
            let placement = records.placements.first(where: { $0.path == document.path })
        {
            sections.append(
                FigureSums.placementMarkdown(placement, records: records, catalogue: workspace.schemas.catalogue,
                    language: language))
        }
        if let kind, let schema = workspace.schemas.schema(for: kind),
            let mapping = SchemaFields.mapping(in: schema, at: cursor.parents),
            let field = SchemaFields.field(key, in: mapping)
        {
            sections.append(
                SchemaFields.markdown(key, field, required: SchemaFields.isRequired(key, in: mapping),
                    language: language.rawValue))
        }
        return sections
    }

    private func kindText(_ kind: PlacementKind) -> String {
        var text = "**soort \(kind.name)** — "
        text += kind.counts ? (nl ? "telt mee voor de taakstelling" : "counts for the taakstelling")
            : (nl ? "telt niet mee voor de taakstelling" : "does not count for the taakstelling")
        if let from = kind.validFrom?.value { text += nl ? ", geldig vanaf \(from)" : ", valid from \(from)" }
        if let until = kind.validUntil?.value { text += nl ? " tot en met \(until)" : " through \(until)" }
        if kind.requiresAgeGroup { text += nl ? "; alleen met `leeftijd_15_plus: true`" : "; only with `leeftijd_15_plus: true`" }
        if let later = kind.countsLaterAs { text += nl ? "; telt later als `\(later)`" : "; counts later as `\(later)`" }
        if kind.requiresOrigin { text += nl ? "; vul `uit` in" : "; fill in `uit`" }
        if let description = kind.description { text += "\n\n" + description }
        let source = workspace.schemas.catalogue.path
        text += "\n\n" + (nl ? "Uit \(source)." : "From \(source).")
        return text
    }
}

extension RecordPath {
    var recordKind: RecordKind? {
        if case .record(let kind, _) = self { return kind }
        return nil
    }
}
