import ArgumentParser
import TaakboekScaffold

extension Taakboek.Import {
    struct ImportPerioden: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "perioden",
            abstract: "Schrijft perioden/<periode>.yaml voor elke rij van een historietabel.",
            discussion: """
                Kolommen: periode (2024-II, 2e halfjaar 2024, H2 2024), achterstand begin, taakstelling; \
                naar keuze totaal (opgave), gehuisvest, achterstand eind, gemeente, bron, opmerking. Een halfjaar \
                dat voor --datum is geëindigd wordt afgesloten als de spreadsheet de kolommen gehuisvest en \
                achterstand eind heeft (een lege cel wordt onbekend); anders open.
                """,
            aliases: ["periods"])

        @ParentCommand var parent: Taakboek.Import
        @OptionGroup var options: Taakboek.ImportOptions

        func run() throws { try options.run(.perioden, root: parent.root) }
    }
}
