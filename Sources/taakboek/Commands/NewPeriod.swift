import ArgumentParser
import TaakboekCore
import TaakboekScaffold

extension Taakboek.New {
    struct NewPeriod: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "period",
            abstract: "Schrijft een nieuw halfjaar in perioden/, standaard het halfjaar na het laatste.",
            discussion: """
                De achterstand aan het begin wordt overgenomen van achterstand_eind van het vorige halfjaar als \
                die bekend is. Met --taakstelling (en een bekende achterstand) is het record meteen compleet. \
                Een negatieve achterstand (voorsprong) schrijft u als --achterstand-begin=-3.
                """,
            aliases: ["periode"])

        @ParentCommand var new: Taakboek.New
        @OptionGroup var options: Taakboek.DraftOptions

        @Argument(
            help: ArgumentHelp("Het halfjaar, bijvoorbeeld 2025-II; standaard het volgende.", valueName: "periode"))
        var periode: String?

        @Option(help: ArgumentHelp("Taakstelling van het halfjaar, in personen.", valueName: "aantal"))
        var taakstelling: Int?

        @Option(
            help: ArgumentHelp(
                "Achterstand aan het begin (of onbekend); standaard achterstand_eind van het vorige halfjaar.",
                valueName: "aantal"))
        var achterstandBegin: String?

        @Option(help: ArgumentHelp("Waar de cijfers vandaan komen.", valueName: "tekst"))
        var bron: String?

        @Option(
            help: ArgumentHelp(
                "Vandaag (JJJJ-MM-DD); bepaalt het halfjaar als er nog geen is. Standaard de echte datum.",
                valueName: "datum"))
        var datum: String?

        func validate() throws {
            if let periode, PeriodID(periode) == nil {
                throw UsageLanguage.error(
                    nl: "'\(periode)' is geen halfjaar; schrijf JJJJ-I (januari–juni) of JJJJ-II (juli–december).",
                    en: "'\(periode)' is not a half-year; write YYYY-I (January–June) or YYYY-II (July–December).")
            }
            if let taakstelling, taakstelling < 0 {
                throw UsageLanguage.error(
                    nl: "--taakstelling kan niet negatief zijn.", en: "--taakstelling cannot be negative.")
            }
            _ = try Taakboek.New.figure(achterstandBegin, option: "--achterstand-begin")
            _ = try Taakboek.New.date(datum)
        }

        func run() throws {
            let draft = PeriodDraft(
                period: periode.flatMap(PeriodID.init),
                achterstandBegin: try Taakboek.New.figure(achterstandBegin, option: "--achterstand-begin"),
                taakstelling: taakstelling, bron: bron)
            let today = try Taakboek.New.date(datum) ?? DraftDate.today()
            try Taakboek.New.write(
                { (target) throws(SourceError) in try draft.draft(for: target, today: today) }, options: options,
                root: new.root)
        }
    }
}
