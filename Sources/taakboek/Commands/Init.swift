import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekScaffold

extension Taakboek {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract:
                "Maakt van deze map een records-repository: gemeente.yaml, schema's, pre-commit-hook, CI-workflow en README.",
            discussion: """
                Schrijft records/<map>/gemeente.yaml, schemas/ (de schema's die taakboek meebrengt), \
                .github/workflows/records.yml, README.md (voor medewerkers) en de pre-commit-hook. Is de map \
                nog geen git-repository, dan maakt init er een (branch main); een map binnen een andere \
                repository wordt geweigerd. Een bestaand bestand wordt nooit overschreven, maar gemeld als \
                overgeslagen. De map onder records/ volgt uit de naam (Aa en Hunze → aa-en-hunze), of kies \
                hem met --map.
                """)

        @ParentCommand var root: Taakboek

        @Option(help: ArgumentHelp("Officiële naam van de gemeente, bijvoorbeeld \"Aa en Hunze\".", valueName: "naam"))
        var gemeente: String

        @Option(
            name: .customLong("cbs-code"),
            help: ArgumentHelp("CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM1680.", valueName: "GMxxxx"))
        var cbsCode: String

        @Option(help: ArgumentHelp("De provincie, bijvoorbeeld Drenthe.", valueName: "provincie"))
        var provincie: String

        @Option(help: ArgumentHelp("De map onder records/ (standaard afgeleid van de naam).", valueName: "map"))
        var map: String?

        func run() throws {
            let language = root.lang
            let folder = root.directory ?? "."
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw fail(
                    LocalizedText(
                        nl: "map \(folder) bestaat niet of is geen map; maak haar eerst aan",
                        en: "folder \(folder) does not exist or is not a folder; create it first"),
                    language: language)
            }
            let report: ScaffoldReport
            let municipality: MunicipalityInput
            do throws(SourceError) {
                municipality = try MunicipalityInput(name: gemeente, cbsCode: cbsCode, province: provincie, folder: map)
                report = try RepositoryScaffold.run(in: folder, municipality: municipality, binary: RunningBinary.path)
            } catch {
                throw fail(error.message, language: language)
            }
            FileHandleOutput.standardOutput(
                report.text(in: language, municipality: municipality, today: DraftDate.today()))
            if report.failed { throw CommandExit(.failure) }
        }
    }
}
