import ArgumentParser
import TaakboekCore
import TaakboekGit
import TaakboekHistory

extension Taakboek {
    struct Blame: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blame",
            abstract:
                "Toont per veld van een record welke commit de huidige waarde zette, door wie, wanneer en waarom.",
            discussion: """
                Per veld, niet per regel: een commit die het bestand alleen anders opmaakt of de \
                velden herschikt, zet geen waarde en krijgt dus niets toegeschreven.
                """)

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("Het record: een pad of een korte naam.", valueName: "record"))
        var record: String

        @Option(help: ArgumentHelp("Zoals het record in deze revisie of op deze datum is.", valueName: "rev|datum"))
        var rev = "HEAD"

        @OptionGroup var output: FormatOption<QueryFormats>
        var format: QueryFormat { output.format }

        func run() throws {
            let language = root.lang
            let query = try QueryRepository(root.directory, language: language)
            let start = try query.point(rev)
            let path = try query.record(record, at: start)
            let index = query.index
            // Thousands of indexed commits are freed by the exit, not one by one.
            KeptUntilExit.keep(index)
            defer { index.persist() }
            let lines: [FieldBlame.Line]
            do throws(FieldBlame.Failure) {
                lines = try FieldBlame.blame(
                    path: path, at: start, revision: rev, repository: query.repository, index: index)
            } catch {
                switch error {
                case .absent(let path, let revision):
                    throw fail(
                        LocalizedText(
                            nl:
                                "\(path) bestaat niet in \(revision); kijk met taakboek log \(path) wanneer het verdween",
                            en: "\(path) does not exist in \(revision); see with taakboek log \(path) when it went"),
                        language: language)
                case .unreadable(let path):
                    throw fail(
                        LocalizedText(
                            nl:
                                "\(path) is in \(rev) geen leesbaar record; controleer het met taakboek check --rev \(rev)",
                            en: "\(path) is not a readable record in \(rev); check it with taakboek check --rev \(rev)"),
                        language: language)
                case .git(let error):
                    throw query.failure(error)
                }
            }
            FileHandleOutput.standardOutput(
                BlameTable.of(lines, full: format == .json || format == .csv).render(format, language: language))
            if format == .text, lines.contains(where: \.atShallowBoundary) {
                FileHandleOutput.standardOutput(
                    LocalizedText(
                        nl:
                            "(≤: gezet in die commit of eerder; deze kloon is ondiep, de oudere geschiedenis ontbreekt)\n",
                        en: "(≤: set in that commit or earlier; this clone is shallow, older history is missing)\n"
                    ).text(in: language))
            }
        }
    }
}
