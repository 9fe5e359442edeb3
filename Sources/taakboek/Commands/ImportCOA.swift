import ArgumentParser
import TaakboekScaffold

extension Taakboek.Import {
    struct ImportCOA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coa",
            abstract: "Schrijft coa/<peildatum>.yaml voor elke rij van het maandoverzicht van het COA.",
            discussion: """
                Kolommen: peildatum (de 1e van een maand: 2025-03-01, 1-3-2025, 1 maart 2025 of een datumcel), \
                periode, taakstelling, gerealiseerd, nog te realiseren; naar keuze gemeente (naam of CBS-code), \
                bron, opmerking. De periode is verplicht: het overzicht van 1 januari of 1 juli kan over beide \
                halfjaren gaan.
                """)

        @ParentCommand var parent: Taakboek.Import
        @OptionGroup var options: Taakboek.ImportOptions

        func run() throws { try options.run(.coa, root: parent.root) }
    }
}
