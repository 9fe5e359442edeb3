import ArgumentParser
import TaakboekHistory

/// `--format text|json|csv|markdown` for the query commands, with a Dutch message for anything
/// else (argument-parser's own message for an unknown value is English).
struct FormatOption: ParsableArguments {
    @Option(
        name: .customLong("format"), help: ArgumentHelp("Uitvoer: text, json, csv of markdown.", valueName: "formaat"))
    var name = "text"

    var format: QueryFormat { QueryFormat(rawValue: name) ?? .text }

    func validate() throws {
        guard let format = QueryFormat(rawValue: name), format != .html else {
            throw ValidationError("onbekend formaat '\(name)'; kies text, json, csv of markdown.")
        }
    }
}
