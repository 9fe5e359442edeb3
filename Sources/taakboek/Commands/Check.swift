import ArgumentParser
import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekReporting
import TaakboekState
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

        /// What a check produced, before it is rendered in the chosen format.
        private struct Outcome {
            var findings: [Finding]
            var trees: [RecordTree]
            var scope: LocalizedText?
            var audit: AuditData
            var changedPaths: Set<String>?
            var changeRulesRan: Bool
        }

        func run() throws {
            let language = root.lang
            let format = output.format
            do {
                let outcome =
                    staged || rev != nil || range != nil || base != nil
                    ? try checkInRepository(format: format) : try checkWorkingTree(base: nil, format: format)
                let report = CheckReport(
                    findings: outcome.findings, trees: outcome.trees, quoting: format.quotesSource, scope: outcome.scope,
                    audit: outcome.audit,
                    changedPaths: outcome.changedPaths, changeRulesRan: outcome.changeRulesRan, strict: strict,
                    showNotes: !hideNotes, language: language, toolVersion: Taakboek.version)
                PhaseClock.mark("report assembled")
                FileHandleOutput.standardOutput(format.render(report))
                PhaseClock.mark("report rendered")
                let status = report.exitStatus
                if status != .clean { throw CommandExit(status) }
            } catch let error as SourceError {
                throw fail(error.message, language: language)
            }
        }

        /// The working tree, compared with a base when one is given (`--base` without `--rev`).
        private func checkWorkingTree(base: (commit: ObjectID, name: String)?, format: ReportFormat) throws -> Outcome {
            let folder = try WorkingDirectory.resolve(root.directory, language: root.lang)
            // Where ids are needed (the change rules read only the changed municipalities of the
            // base; the audit names what was checked), each file is hashed from the bytes read.
            let needsIDs = base != nil || format.carriesAudit || format.usesChangedPaths
            let repositoryHere = needsIDs ? try? Repository.open(at: folder) : nil
            let tree =
                needsIDs
                ? try RecordLoader.load(
                    from: WorkingTreeSource(root: folder, repository: repositoryHere), analysis: Checker().fileAnalysis)
                : try RecordLoader.load(from: FileSystemSource(root: folder), analysis: Checker().fileAnalysis)
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
            var findings = Checker().check(tree)
            var audit = CheckAudit.basic(.workingTree, tree: tree)
            var changedPaths: Set<String>?
            if let base {
                let git = try repository()
                // The tree's own findings are made once, above; only the change rules are added.
                findings = (findings + (try git.changeFindings(tree, base: base))).sorted(by: Finding.reportOrder)
                audit.base = CheckAudit.base(base)
                if format.carriesAudit || format.usesChangedPaths {
                    let snapshot = try WorkingTreeSnapshot.of(folder: folder, checked: tree, repository: repositoryHere)
                    CheckAudit.apply(snapshot, folder: folder, to: &audit)
                    if format.usesChangedPaths { changedPaths = try git.changedPaths(in: snapshot, since: base.commit) }
                }
            } else if format.carriesAudit {
                CheckAudit.apply(
                    try WorkingTreeSnapshot.of(folder: folder, checked: tree, repository: repositoryHere),
                    folder: folder, to: &audit)
            }
            return Outcome(
                findings: findings, trees: [tree], audit: audit, changedPaths: changedPaths, changeRulesRan: base != nil
            )
        }

        private func repository() throws(SourceError) -> GitCheck {
            var git = try GitCheck.opened(at: root.directory ?? ".")
            git.useCache = !noCache
            return git
        }

        private func checkInRepository(format: ReportFormat) throws -> Outcome {
            let git = try repository()
            if let range {
                let ends = range.components(separatedBy: "..")
                let (from, to) = (try git.resolve(ends[0]), try git.resolve(ends[1]))
                let result = try git.checkRange(from: from, to: to)
                KeptUntilExit.keep(result.trees)
                var audit = CheckAudit.basic(.range, tree: result.trees.last)
                audit.range = AuditData.Range(spec: range, from: from.hex, to: to.hex, commits: result.commits)
                if format.carriesAudit { CheckAudit.apply(try git.ids(of: .commit(to)), to: &audit) }
                return Outcome(
                    findings: result.findings, trees: result.trees,
                    scope: LocalizedText(
                        nl: "in \(result.commits) commits (\(range))", en: "in \(result.commits) commits (\(range))"),
                    audit: audit,
                    changedPaths: format.usesChangedPaths ? try git.changedPaths(in: .commit(to), since: from) : nil,
                    changeRulesRan: true)
            }
            let base: (commit: ObjectID, name: String)?
            if let name = self.base {
                base = (try git.resolve(name), name)
            } else if staged, let head = try git.head() {
                base = (head, "HEAD")
            } else {
                base = nil
            }
            let state: GitState
            if staged {
                state = .index
            } else if let rev {
                state = .commit(try git.resolve(rev))
            } else {
                return try checkWorkingTree(base: base, format: format)
            }
            let result = try git.check(state, base: base)
            KeptUntilExit.keep(result.tree)
            var audit = CheckAudit.basic(staged ? .index : .commit, tree: result.tree)
            audit.base = CheckAudit.base(base)
            if format.carriesAudit {
                CheckAudit.apply(try git.ids(of: state), to: &audit)
                if staged { audit.head = try git.head()?.hex }
            }
            return Outcome(
                findings: result.findings, trees: [result.tree], audit: audit,
                changedPaths: format.usesChangedPaths
                    ? try base.map { try git.changedPaths(in: state, since: $0.commit) } : nil,
                changeRulesRan: base != nil)
        }
    }
}
