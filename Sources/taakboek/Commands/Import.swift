import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekScaffold

extension Taakboek {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Leest cijfers uit een spreadsheet (.csv of .xlsx) en schrijft per rij een record.",
            discussion: """
                De eerste rij (of een van de eerste tien) heeft de kolomnamen; hoofdletters, spaties en \
                leestekens tellen niet. Een lege cel of onbekend wordt onbekend. Een bestaand bestand wordt nooit \
                overschreven. Per rij een regel: geschreven, of geweigerd met het rijnummer en waarom. \
                Exit-status: 0 alles geschreven, 1 een rij geweigerd, 2 het bestand of een kolom ontbreekt.
                """,
            subcommands: [ImportPerioden.self, ImportCOA.self])

        @ParentCommand var root: Taakboek
    }

    /// What both `taakboek import` subcommands share.
    struct ImportOptions: ParsableArguments {
        @Argument(help: ArgumentHelp("De spreadsheet: .csv (; , of tab) of .xlsx.", valueName: "bestand"))
        var file: String

        @Option(
            help: ArgumentHelp(
                "De gemeente (haar map onder records/) als de spreadsheet geen kolom gemeente heeft; standaard de enige.",
                valueName: "map"))
        var gemeente: String?

        @Option(
            help: ArgumentHelp(
                "De bron in elk record; standaard de kolom bron, anders 'Geïmporteerd uit <bestand>, rij <n>'.",
                valueName: "tekst"))
        var bron: String?

        @Flag(help: "Laat zien wat er geschreven zou worden, zonder iets te schrijven.")
        var dryRun = false

        @Option(
            help: ArgumentHelp(
                "Vandaag (JJJJ-MM-DD); een halfjaar dat daarvoor is geëindigd kan afgesloten zijn. Standaard de echte datum.",
                valueName: "datum"))
        var datum: String?

        func validate() throws {
            if let bron, bron.trimmingCharacters(in: .whitespaces).isEmpty || bron.count > 2000 {
                throw UsageLanguage.error(
                    nl: "--bron moet 1 tot 2000 tekens zijn.", en: "--bron must be 1 to 2000 characters.")
            }
            if let datum, PartialDate(datum)?.day == nil {
                throw UsageLanguage.error(
                    nl: "'\(datum)' is geen dag; schrijf JJJJ-MM-DD (--datum).",
                    en: "'\(datum)' is not a day; write YYYY-MM-DD (--datum).")
            }
        }

        func run(_ kind: SpreadsheetImport.Kind, root: Taakboek) throws {
            do {
                let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
                let today = datum.flatMap(PartialDate.init) ?? DraftDate.today()
                let report = try SpreadsheetImport(
                    kind: kind, file: file, municipality: gemeente, bron: bron, dryRun: dryRun, today: today
                ).run(root: folder)
                FileHandleOutput.standardOutput(report.text(in: root.lang))
                if report.refused > 0 { throw CommandExit(.findings) }
            } catch let error as SourceError {
                throw fail(error.message, language: root.lang)
            }
        }
    }
}
