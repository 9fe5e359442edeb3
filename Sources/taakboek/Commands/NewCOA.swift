import ArgumentParser
import TaakboekCore
import TaakboekScaffold

extension Taakboek.New {
    struct NewCOA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coa",
            abstract:
                "Schrijft de cijfers van het COA van één maand (taakstelling, gerealiseerd, nog te realiseren) in coa/<peildatum>.yaml.",
            discussion: """
                De peildatum is de eerste dag van een maand (standaard die van deze maand) en is de bestandsnaam. De \
                periode is het halfjaar waarin de peildatum ligt, tenzij --periode een ander geeft (het overzicht van 1 \
                januari of 1 juli kan nog over het afgelopen halfjaar gaan). Zonder --nog-te-realiseren wordt het \
                berekend als taakstelling − gerealiseerd. Vergelijk daarna met taakboek reconcile.
                """)

        @ParentCommand var new: Taakboek.New
        @OptionGroup var options: Taakboek.DraftOptions

        @Option(help: ArgumentHelp("De datum van het overzicht: de eerste van een maand.", valueName: "JJJJ-MM-01"))
        var peildatum: String?

        @Option(help: ArgumentHelp("Het halfjaar waarover het overzicht gaat, bijvoorbeeld 2025-I.", valueName: "periode"))
        var periode: String?

        @Option(help: ArgumentHelp("Taakstelling volgens het COA (gecorrigeerd).", valueName: "aantal"))
        var taakstelling: String?

        @Option(help: ArgumentHelp("Gerealiseerd volgens het COA.", valueName: "aantal"))
        var gerealiseerd: String?

        @Option(
            name: .customLong("nog-te-realiseren"),
            help: ArgumentHelp("Nog te realiseren volgens het COA.", valueName: "aantal"))
        var nogTeRealiseren: String?

        @Option(help: ArgumentHelp("Waar de cijfers vandaan komen.", valueName: "tekst"))
        var bron: String?

        func validate() throws {
            if let periode, PeriodID(periode) == nil {
                throw UsageLanguage.error(
                    nl: "'\(periode)' is geen halfjaar; schrijf JJJJ-I of JJJJ-II.",
                    en: "'\(periode)' is not a half-year; write YYYY-I or YYYY-II.")
            }
            if let peildatum, PartialDate(peildatum)?.day == nil {
                throw UsageLanguage.error(
                    nl: "'\(peildatum)' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-01 (--peildatum).",
                    en: "'\(peildatum)' is not a date; write YYYY-MM-DD, for example 2025-03-01 (--peildatum).")
            }
            _ = try Taakboek.New.figure(taakstelling, option: "--taakstelling")
            _ = try Taakboek.New.figure(gerealiseerd, option: "--gerealiseerd")
            _ = try Taakboek.New.figure(nogTeRealiseren, option: "--nog-te-realiseren")
        }

        func run() throws {
            let draft = COADraft(
                peildatum: peildatum.flatMap(PartialDate.init), period: periode.flatMap(PeriodID.init),
                taakstelling: try Taakboek.New.figure(taakstelling, option: "--taakstelling"),
                gerealiseerd: try Taakboek.New.figure(gerealiseerd, option: "--gerealiseerd"),
                nogTeRealiseren: try Taakboek.New.figure(nogTeRealiseren, option: "--nog-te-realiseren"),
                source: bron)
            try Taakboek.New.write(
                { (target) throws(SourceError) in try draft.draft(for: target, today: DraftDate.today()) },
                options: options, root: new.root)
        }
    }
}
