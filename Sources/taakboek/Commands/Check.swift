import ArgumentParser
import TaakboekChecking
import TaakboekCore
import TaakboekReporting

extension Taakboek {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract:
                "Controleert alle records: schema's, rekenregels, aansluiting, telling, correcties, brieven en privacy.",
            discussion: """
                Zonder opties: de records in de werkmap. --staged: precies wat wordt vastgelegd (de index), \
                vergeleken met HEAD. --rev: de records in één commit. --range a..b: elke commit van de reeks, \
                elk vergeleken met zijn ouder. --base: vergelijk ook met een eerdere stand (bijvoorbeeld de \
                doelbranch van een pull request).
                """)

        @ParentCommand var root: Taakboek

        @Flag(help: "Controleer de index (wat wordt vastgelegd), niet de werkmap; basis standaard HEAD.")
        var staged = false

        @Option(help: ArgumentHelp("Controleer de records in deze revisie.", valueName: "revisie"))
        var rev: String?

        @Option(
            help: ArgumentHelp(
                "Controleer elke commit van a..b en noem per bevinding de eerste commit.", valueName: "a..b"))
        var range: String?

        @Option(
            help: ArgumentHelp(
                "Vergelijk met deze eerdere stand (afgesloten perioden, verwijderde records).", valueName: "revisie"))
        var base: String?

        @Flag(help: "Gebruik de analysecache in de git-map niet (alleen voor metingen en foutzoeken).")
        var noCache = false

        @Flag(help: "Waarschuwingen laten de controle ook mislukken (exit-status 1).")
        var strict = false

        @Flag(help: "Laat opmerkingen (overgeslagen regels) weg uit de uitvoer.")
        var hideNotes = false

        @OptionGroup var output: CheckFormatOption

        func validate() throws {
            if [staged, rev != nil, range != nil].filter({ $0 }).count > 1 {
                throw UsageLanguage.error(
                    nl: "--staged, --rev en --range sluiten elkaar uit.",
                    en: "--staged, --rev and --range exclude each other.")
            }
            if range != nil && base != nil {
                throw UsageLanguage.error(
                    nl: "--range vergelijkt elke commit met zijn ouder; --base past daar niet bij.",
                    en: "--range compares every commit with its parent; --base does not go with it.")
            }
            if let range, range.components(separatedBy: "..").count != 2 {
                throw UsageLanguage.error(
                    nl: "--range verwacht a..b, bijvoorbeeld origin/main..HEAD.",
                    en: "--range expects a..b, for example origin/main..HEAD.")
            }
            if let message = output.unknownNameMessage(in: root.lang) { throw ValidationError(message) }
        }

        func run() throws {
            let language = root.lang
            let format = output.format
            let target: CheckRequest.Target
            if staged {
                target = .index
            } else if let rev {
                target = .revision(rev)
            } else if let range {
                let ends = range.components(separatedBy: "..")
                target = .range(from: ends[0], to: ends[1])
            } else {
                target = .workingTree
            }
            do {
                let outcome = try RecordsCheck.run(
                    CheckRequest(directory: root.directory, target: target, base: base, useCache: !noCache, format: format))
                KeptUntilExit.keep(outcome.trees)
                let report = outcome.report(
                    format: format, strict: strict, showNotes: !hideNotes, language: language,
                    tool: Taakboek.build)
                PhaseClock.mark("report assembled")
                FileHandleOutput.standardOutput(format.render(report))
                PhaseClock.mark("report rendered")
                if report.exitStatus != .clean { throw CommandExit(report.exitStatus) }
            } catch let error as SourceError {
                throw fail(error.message, language: language)
            }
        }
    }
}
