import TaakboekCore

/// Every record starts with the line that tells the editor its schema.
public struct SchemaLineRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB105", category: .structure,
        name: LocalizedText(nl: "schemaregel voor de editor", en: "schema line for the editor"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Elk record begint met `# yaml-language-server: $schema=…` naar het schema van zijn soort (in een brief: de eerste regel van het voorwerk).",
            en:
                "Every record starts with `# yaml-language-server: $schema=…` pointing at its kind's schema (in a letter: the first line of the front matter)."
        ),
        rationale: LocalizedText(
            nl:
                "Met deze regel controleert de editor (VS Code, IntelliJ, Neovim met yaml-language-server) het record al tijdens het typen, met de Nederlandse uitleg uit het schema. De melding geeft de juiste regel om over te nemen.",
            en:
                "With this line the editor (VS Code, IntelliJ, Neovim with yaml-language-server) checks the record while staff type, with the schema's Dutch explanations. The message gives the correct line to copy."
        ),
        triggering: [
            RuleExample([(ExampleRecords.municipalityPath, "↓naam: Voorbeeld\ncbs_code: GM9999\nprovincie: Drenthe\n")]
            ),
            RuleExample([
                (
                    ExampleRecords.municipalityPath,
                    "↓# yaml-language-server: $schema=../schemas/gemeente.schema.json\nnaam: Voorbeeld\ncbs_code: GM9999\nprovincie: Drenthe\n"
                )
            ]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.municipality]),
            RuleExample([
                ExampleRecords.letter(
                    "brief",
                    frontMatter:
                        "datum: 2025-01-15\nsoort: raadsinformatiebrief\nperiode: 2024-II\ncijfers:\n  taakstelling: 3\n"
                )
            ]),
        ])

    public func check(file: RecordFile) -> [Finding] {
        finding(for: file).map { [$0] } ?? []
    }

    private func finding(for file: RecordFile) -> Finding? {
        guard let kind = file.kind, let text = file.text else { return nil }
        if RecordKind.text(text, startsWithSchemaLineForPath: file.path, kind: kind) { return nil }
        let expected = RecordKind.schemaLine(forPath: file.path, kind: kind)
        let lineNumber = kind == .letter ? 2 : 1
        guard let line = file.line(lineNumber) else { return nil }
        if kind == .letter && file.line(1)?.trimmingCharacters(in: " \t") != "---" { return nil }
        let actual = line.trimmingCharacters(in: " \t")
        guard actual != expected else { return nil }
        let message =
            actual.hasPrefix("# yaml-language-server:")
            ? LocalizedText(
                nl: "de schemaregel wijst naar het verkeerde schema; schrijf: \(expected)",
                en: "the schema line points at the wrong schema; write: \(expected)")
            : LocalizedText(
                nl:
                    "de schemaregel ontbreekt; zet deze regel \(kind == .letter ? "direct onder de eerste `---`" : "bovenaan het bestand"): \(expected)",
                en:
                    "the schema line is missing; put this line \(kind == .letter ? "right below the first `---`" : "at the top of the file"): \(expected)"
            )
        return finding(
            SourceLocation(path: file.path, line: lineNumber, column: 1, length: max(1, actual.count)), message)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
