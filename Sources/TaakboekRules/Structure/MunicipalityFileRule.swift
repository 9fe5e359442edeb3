import TaakboekCore

/// Every municipality folder says which municipality it is.
public struct MunicipalityFileRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB109", category: .structure,
        name: LocalizedText(nl: "gemeente.yaml aanwezig", en: "gemeente.yaml present"),
        severity: .error,
        summary: LocalizedText(
            nl: "Elke map records/<gemeente>/ heeft een gemeente.yaml met naam, CBS-code en provincie.",
            en: "Every folder records/<gemeente>/ has a gemeente.yaml with name, CBS code and province."),
        rationale: LocalizedText(
            nl: "Rapporten en overzichten per provincie hebben de naam, CBS-code en provincie nodig.",
            en: "Reports and provincial overviews need the name, CBS code and province."),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
            ])
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.municipality,
                ExampleRecords.period(
                    "2024-II", "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n"),
            ])
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        var folders: Set<String> = []
        for file in tree.files {
            if let municipality = file.municipality { folders.insert(municipality) }
        }
        return folders.sorted().compactMap { folder -> Finding? in
            let path = "records/\(folder)/gemeente.yaml"
            guard tree.file(path) == nil else { return nil }
            return finding(
                .file(path),
                LocalizedText(
                    nl: "map records/\(folder)/ heeft geen gemeente.yaml; maak die aan met naam, cbs_code en provincie",
                    en: "folder records/\(folder)/ has no gemeente.yaml; create it with naam, cbs_code and provincie"))
        }
    }
}
