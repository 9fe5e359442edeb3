import ArgumentParser
import TaakboekHistory

/// `--format text|json|csv|markdown|html` for the reports, which can also be one HTML page.
struct ReportFormatOption: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("Uitvoer: text, json, csv, markdown of html.", valueName: "formaat"))
    var name = "text"

    var format: QueryFormat { QueryFormat(rawValue: name) ?? .text }

    func validate() throws {
        guard QueryFormat(rawValue: name) == nil else { return }
        throw ValidationError("onbekend formaat '\(name)'; kies text, json, csv, markdown of html.")
    }
}
