import ArgumentParser
import TaakboekHistory

/// The formats a command offers for `--format`.
protocol FormatChoices {
    static var offered: [QueryFormat] { get }
}

/// The query commands: text, json, csv or markdown.
enum QueryFormats: FormatChoices {
    static let offered: [QueryFormat] = [.text, .json, .csv, .markdown]
}

/// The reports, which can also be one HTML page.
enum FormatsWithHTML: FormatChoices {
    static let offered: [QueryFormat] = [.text, .json, .csv, .markdown, .html]
}

/// `--format` for the query commands and reports, with a Dutch message for a format the command
/// does not offer (argument-parser's own message for an unknown value is English).
struct FormatOption<Choices: FormatChoices>: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("Uitvoer: \(FormatOption.offeredList).", valueName: "formaat"))
    var name = "text"

    var format: QueryFormat { QueryFormat(rawValue: name) ?? .text }

    /// "text, json, csv of markdown".
    static var offeredList: String {
        let names = Choices.offered.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " of " + (names.last ?? "")
    }

    func validate() throws {
        guard let format = QueryFormat(rawValue: name), Choices.offered.contains(format) else {
            throw ValidationError("onbekend formaat '\(name)'; kies \(Self.offeredList).")
        }
    }
}
