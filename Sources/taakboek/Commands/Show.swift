import ArgumentParser
import JSON
import TaakboekCore
import TaakboekGit
import TaakboekHistory

extension Taakboek {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Toont een record zoals het was in een revisie of op een datum.",
            discussion: """
                Met een datum (JJJJ-MM-DD): zoals het stond na de laatste commit op de eerste-ouderlijn \
                van HEAD op of voor het eind van die dag.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("Het record: een pad of een korte naam.", valueName: "record"))
        var record: String

        @Option(
            name: .customLong("as-of"), help: ArgumentHelp("Een revisie of datum (JJJJ-MM-DD).", valueName: "rev|datum")
        )
        var asOf = "HEAD"

        @OptionGroup var output: FormatOption<QueryFormats>
        var format: QueryFormat { output.format }

        func run() throws {
            let language = root.lang
            let query = try QueryRepository(root.directory, language: language)
            let commit = try query.point(asOf)
            // A record that no longer exists is still named by its path, or found at HEAD.
            let path = try query.record(record, at: commit)
            let shown: RecordAsOf
            do throws(GitError) {
                shown = try RecordAsOf.read(path: path, at: commit, repository: query.repository)
            } catch {
                throw query.failure(error)
            }
            let date = HistoryPoint.dateText(shown.commit.committer.time.secondsSinceEpoch)
            guard let text = shown.text else {
                FileHandleOutput.standardError(
                    "taakboek: "
                        + LocalizedText(
                            nl:
                                "\(path) bestond niet in \(shown.commit.id.short()) (\(date)); zie taakboek log \(path)",
                            en:
                                "\(path) did not exist in \(shown.commit.id.short()) (\(date)); see taakboek log \(path)"
                        ).text(in: language) + "\n")
                throw CommandExit(.findings)
            }
            let fields = shown.fields?.fields ?? []
            switch format {
            case .text:
                FileHandleOutput.standardError(
                    LocalizedText(
                        nl: "\(path) zoals in \(shown.commit.id.short()) (\(date)): \(shown.commit.summary)\n",
                        en: "\(path) as in \(shown.commit.id.short()) (\(date)): \(shown.commit.summary)\n"
                    ).text(in: language))
                FileHandleOutput.standardOutput(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
            case .json:
                let object = JSONObject([
                    ("pad", .string(path)), ("commit", .string(shown.commit.id.hex)), ("datum", .string(date)),
                    ("bericht", .string(shown.commit.summary)),
                    ("velden", .object(JSONObject(fields.map { ($0.name, .string($0.value.text)) }))),
                    ("tekst", .string(text)),
                ])
                FileHandleOutput.standardOutput(JSONOutput.compact(.object(object)) + "\n")
            case .csv, .markdown, .html:
                let table = QueryTable(
                    columns: [
                        .init("veld", LocalizedText(nl: "Veld", en: "Field")),
                        .init("waarde", LocalizedText(nl: "Waarde", en: "Value")),
                    ],
                    rows: fields.map { [.text($0.name), .text($0.value.text)] })
                FileHandleOutput.standardOutput(table.render(format, language: language))
            }
        }
    }
}
