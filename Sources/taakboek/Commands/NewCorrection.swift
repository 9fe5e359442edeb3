import ArgumentParser
import TaakboekCore
import TaakboekScaffold

extension Taakboek.New {
    struct NewCorrection: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correction",
            abstract: "Schrijft een nieuwe correctie van een cijfer van een halfjaar in correcties/.",
            discussion: """
                De bestandsnaam is <JJJJ-MM>-<veld>-<periode>.yaml (met -2, -3, … als die al bestaat); van is \
                de huidige waarde in het halfjaar. De controle slaagt pas als ook het halfjaar zelf de nieuwe \
                waarde heeft: pas dat daarna aan, in dezelfde commit. Een afgesloten halfjaar verandert alleen zo; \
                ook een open halfjaar kan een correctie krijgen (een taakstelling die tijdens het halfjaar \
                verandert): rapporten en brieven tonen dan tot de datum van de correctie de oude waarde.
                """,
            aliases: ["correctie"])

        @ParentCommand var new: Taakboek.New
        @OptionGroup var options: Taakboek.DraftOptions

        @Option(
            help: ArgumentHelp("Het halfjaar waarvan een cijfer verandert, bijvoorbeeld 2024-II.", valueName: "periode")
        )
        var periode: String

        @Option(
            help: ArgumentHelp(
                "Het cijfer: achterstand_begin, taakstelling, totaal, gehuisvest of achterstand_eind.",
                valueName: "veld"))
        var veld: String?

        @Option(help: ArgumentHelp("De oude waarde (standaard de huidige in het halfjaar).", valueName: "aantal"))
        var van: String?

        @Option(help: ArgumentHelp("De nieuwe waarde (of onbekend).", valueName: "aantal"))
        var naar: String?

        @Option(help: ArgumentHelp("Waarom het cijfer verandert.", valueName: "tekst"))
        var reden: String?

        @Option(help: ArgumentHelp("Het stuk waarop de correctie berust.", valueName: "tekst"))
        var bron: String?

        @Option(help: ArgumentHelp("Datum van de correctie; standaard vandaag.", valueName: "datum"))
        var datum: String?

        @Option(help: ArgumentHelp("Bestandsnaam zonder .yaml.", valueName: "naam"))
        var naam: String?

        func validate() throws {
            if PeriodID(periode) == nil {
                throw UsageLanguage.error(
                    nl: "'\(periode)' is geen halfjaar; schrijf JJJJ-I of JJJJ-II.",
                    en: "'\(periode)' is not a half-year; write YYYY-I or YYYY-II.")
            }
            if let veld, FigureName(rawValue: veld) == nil {
                throw UsageLanguage.error(
                    nl:
                        "'\(veld)' is geen cijfer; kies achterstand_begin, taakstelling, totaal, gehuisvest of achterstand_eind.",
                    en:
                        "'\(veld)' is not a figure; choose achterstand_begin, taakstelling, totaal, gehuisvest or achterstand_eind."
                )
            }
            if veld == nil && (van != nil || naar != nil) {
                throw UsageLanguage.error(
                    nl: "--van en --naar horen bij een --veld.", en: "--van and --naar go with a --veld.")
            }
            _ = try Taakboek.New.figure(van, option: "--van")
            _ = try Taakboek.New.figure(naar, option: "--naar")
            _ = try Taakboek.New.date(datum)
        }

        func run() throws {
            guard let period = PeriodID(periode) else { return }
            let draft = CorrectionDraft(
                period: period, field: veld.flatMap(FigureName.init(rawValue:)),
                from: try Taakboek.New.figure(van, option: "--van"),
                to: try Taakboek.New.figure(naar, option: "--naar"),
                reason: reden, source: bron, date: try Taakboek.New.date(datum), name: naam)
            try Taakboek.New.write(
                { (target) throws(SourceError) in try draft.draft(for: target, today: DraftDate.today()) },
                options: options, root: new.root)
        }
    }
}
