import ArgumentParser
import TaakboekCore
import TaakboekGit
import TaakboekHistory

extension Taakboek {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Toont elke versie van één record, nieuwste eerst, met wat er per veld veranderde.",
            discussion: """
                Een record noem je bij zijn pad of kort: 2024-II (de periode van de enige gemeente), \
                tynaarlo/2024-II, 2024-II/vredestein (een plaatsing) of tynaarlo (gemeente.yaml).
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("Het record: een pad of een korte naam.", valueName: "record"))
        var record: String

        @Option(name: [.customShort("n"), .customLong("max-count")], help: "Hoogstens zoveel versies.")
        var limit: Int?

        @Option(help: ArgumentHelp("Alleen commits op of na deze datum (JJJJ-MM-DD).", valueName: "datum"))
        var since: String?

        @Option(help: ArgumentHelp("Alleen commits op of voor deze datum (JJJJ-MM-DD).", valueName: "datum"))
        var until: String?

        @Flag(name: .customLong("first-parent"), help: "Volg alleen de eerste ouder van samenvoegingen.")
        var firstParent = false

        @Flag(help: "Volg een hernoemd record in de geschiedenis van zijn oude naam.")
        var follow = false

        @Option(help: ArgumentHelp("Begin bij deze revisie in plaats van HEAD.", valueName: "rev"))
        var rev = "HEAD"

        @OptionGroup var output: FormatOption<QueryFormats>
        var format: QueryFormat { output.format }

        func validate() throws {
            if let limit, limit < 0 {
                throw UsageLanguage.error(
                    nl: "-n verwacht een getal van 0 of meer.", en: "-n expects a number of 0 or more.")
            }
        }

        func run() throws {
            let query = try QueryRepository(root.directory, language: root.lang)
            let start = try query.point(rev)
            let path = try query.record(record, at: start)
            var options = RecordLog.Options()
            options.limit = limit
            options.since = try since.map { text throws(CommandExit) in
                try query.day(text, end: false, option: "--since")
            }
            options.until = try until.map { text throws(CommandExit) in
                try query.day(text, end: true, option: "--until")
            }
            options.firstParent = firstParent
            options.follow = follow
            let index = query.index
            // Thousands of indexed commits are freed by the exit, not one by one.
            KeptUntilExit.keep(index)
            defer { index.persist() }
            do throws(GitError) {
                let log = try RecordLog(
                    repository: query.repository, index: index, path: path, start: start, options: options)
                var printer = LogPrinter(format: format, language: root.lang)
                guard FileHandleOutput.streamedOutput(printer.begin()) else { return }
                while let entry = try log.next() {
                    guard FileHandleOutput.streamedOutput(printer.entry(entry)) else { return }
                }
                FileHandleOutput.streamedOutput(
                    printer.end(path: path, reachedShallowBoundary: log.reachedShallowBoundary))
            } catch {
                throw query.failure(error)
            }
        }
    }
}
