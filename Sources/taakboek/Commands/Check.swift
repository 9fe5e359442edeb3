import ArgumentParser
import TaakboekCore
import TaakboekGit
import TaakboekReporting
import TaakboekRepository
import TaakboekRules

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

        func validate() throws {
            if [staged, rev != nil, range != nil].filter({ $0 }).count > 1 {
                throw ValidationError("--staged, --rev en --range sluiten elkaar uit.")
            }
            if range != nil && base != nil {
                throw ValidationError("--range vergelijkt elke commit met zijn ouder; --base past daar niet bij.")
            }
            if let range, range.components(separatedBy: "..").count != 2 {
                throw ValidationError("--range verwacht a..b, bijvoorbeeld origin/main..HEAD.")
            }
        }

        func run() throws {
            let language = root.lang
            let reporter = TextReporter(language: language, showNotes: !hideNotes)
            do {
                if staged || rev != nil || range != nil || base != nil {
                    try runInRepository(reporter: reporter)
                } else {
                    try runOnWorkingTree(reporter: reporter)
                }
            } catch let error as SourceError {
                throw fail(error.message, language: language)
            }
        }

        private func runOnWorkingTree(reporter: TextReporter) throws {
            let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
            let tree = try RecordLoader.load(from: FileSystemSource(root: folder), analysis: Checker().fileAnalysis)
            KeptUntilExit.keep(tree)
            if tree.file("records") != nil {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "\(folder)/records is een symbolische koppeling of geen map; taakboek volgt geen koppelingen (ze kunnen buiten de repository wijzen): zet de map records zelf hier",
                        en:
                            "\(folder)/records is a symbolic link or not a folder; taakboek follows no links (they may point outside the repository): put the records folder itself here"
                    ))
            }
            guard tree.files.contains(where: { $0.path.hasPrefix("records/") }) else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "geen records gevonden in \(folder)/records/; geef met -C de map van een records-repository op",
                        en: "no records found in \(folder)/records/; give the folder of a records repository with -C"))
            }
            let findings = Checker().check(tree)
            try finish(findings, output: reporter.render(findings, tree: tree))
        }

        private func runInRepository(reporter: TextReporter) throws {
            var git = try GitCheck(at: root.directory ?? ".")
            git.useCache = !noCache
            if let range {
                let ends = range.components(separatedBy: "..")
                let result = try git.checkRange(from: git.resolve(ends[0]), to: git.resolve(ends[1]))
                KeptUntilExit.keep(result.trees)
                let scope = LocalizedText(
                    nl: "in \(result.commits) commits (\(range))", en: "in \(result.commits) commits (\(range))")
                try finish(result.findings, output: reporter.render(result.findings, trees: result.trees, scope: scope))
                return
            }
            if staged {
                var base: (commit: ObjectID, name: String)?
                if let name = self.base {
                    base = (try git.resolve(name), name)
                } else if let head = git.head() {
                    base = (head, "HEAD")
                }
                let result = try git.check(.index, base: base)
                KeptUntilExit.keep(result.tree)
                try finish(result.findings, output: reporter.render(result.findings, tree: result.tree))
                return
            }
            let base = try self.base.map { name throws(SourceError) in (commit: try git.resolve(name), name: name) }
            if let rev {
                let result = try git.check(.commit(try git.resolve(rev)), base: base)
                KeptUntilExit.keep(result.tree)
                try finish(result.findings, output: reporter.render(result.findings, tree: result.tree))
                return
            }
            // The working tree compared with a base.
            let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
            let tree = try RecordLoader.load(from: FileSystemSource(root: folder), analysis: Checker().fileAnalysis)
            KeptUntilExit.keep(tree)
            let findings = try git.check(tree, base: base)
            try finish(findings, output: reporter.render(findings, tree: tree))
        }

        private func finish(_ findings: [Finding], output: String) throws {
            PhaseClock.mark("report rendered")
            FileHandleOutput.standardOutput(output)
            let status = ExitStatus.of(findings, strict: strict)
            if status != .clean { throw CommandExit(status) }
        }
    }
}
