import ArgumentParser
import TaakboekCore
import TaakboekScaffold

extension Taakboek.New {
    struct NewPlacement: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "placement",
            abstract: "Schrijft een nieuwe plaatsing in plaatsingen/<periode>/ van het halfjaar van haar datum.",
            discussion: """
                De bestandsnaam is --naam, anders de locatie, anders datum en soort (2025-03-14-regulier.yaml), \
                met -2, -3, … als die naam al bestaat. Met --soort, --personen (en bij doorstroom --uit) is het \
                record meteen compleet.
                """,
            aliases: ["plaatsing"])

        @ParentCommand var new: Taakboek.New
        @OptionGroup var options: Taakboek.DraftOptions

        @Option(
            help: ArgumentHelp(
                "Datum van de huisvesting: JJJJ-MM-DD, of JJJJ-MM als de dag niet bekend is; standaard vandaag.",
                valueName: "datum"))
        var datum: String?

        @Option(
            help: ArgumentHelp(
                "Soort plaatsing uit schemas/soorten.yaml, bijvoorbeeld regulier of har.", valueName: "soort"))
        var soort: String?

        @Option(help: ArgumentHelp("Aantal gehuisveste personen.", valueName: "aantal"))
        var personen: Int?

        @Option(help: ArgumentHelp("Gebouw of gebied (nooit het adres van een persoon).", valueName: "tekst"))
        var locatie: String?

        @Option(
            help: ArgumentHelp(
                "Bij doorstroom: de verlaten plaatsing, bijvoorbeeld 2024-II/vredestein.", valueName: "plaatsing"))
        var uit: String?

        @Option(help: ArgumentHelp("Waar dit gegeven vandaan komt.", valueName: "tekst"))
        var bron: String?

        @Option(help: ArgumentHelp("Bestandsnaam zonder .yaml, bijvoorbeeld de-brink.", valueName: "naam"))
        var naam: String?

        func validate() throws { _ = try Taakboek.New.date(datum) }

        func run() throws {
            let draft = PlacementDraft(
                date: try Taakboek.New.date(datum), kind: soort, persons: personen, name: naam, location: locatie,
                origin: uit, source: bron)
            try Taakboek.New.write(
                { (target) throws(SourceError) in try draft.draft(for: target, today: DraftDate.today()) },
                options: options, placements: true, root: new.root)
        }
    }
}
