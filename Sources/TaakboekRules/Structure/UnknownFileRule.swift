import TaakboekCore

/// Everything under `records/` is a record of a known kind in its place.
public struct UnknownFileRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB108", category: .structure,
        name: LocalizedText(nl: "onbekend bestand", en: "unknown file"),
        severity: .error,
        summary: LocalizedText(
            nl: "Onder records/ staan alleen records op hun vaste plek (README.md en .gitkeep mogen ook).",
            en: "Under records/ there are only records in their fixed places (README.md and .gitkeep are allowed too)."),
        rationale: LocalizedText(
            nl:
                "Een bestand dat niet in de indeling past wordt niet gecontroleerd en niet geteld. Een plaatsing met de extensie .yml of in de verkeerde map zou stil ontbreken in de telling.",
            en:
                "A file outside the layout is neither checked nor counted. A placement with the extension .yml or in the wrong folder would silently be missing from the count."
        ),
        triggering: [
            RuleExample([("records/voorbeeld/plaatsingen/2024-II/a.yml", "datum: 2024-09-01\n")]),
            RuleExample([("records/voorbeeld/notities.txt", "losse aantekeningen\n")]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.municipality, ("records/voorbeeld/README.md", "# Voorbeeld\n")])
        ])

    public func check(file: RecordFile) -> [Finding] {
        finding(for: file).map { [$0] } ?? []
    }

    private func finding(for file: RecordFile) -> Finding? {
        guard case .unknown(let hint) = file.classification else { return nil }
        return finding(.file(file.path), hint)
    }
}
