import ArgumentParser
import TaakboekCore
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

/// `taakboek doctor`: its checks as text or as JSON.
enum DoctorFormats: FormatChoices {
    static let offered: [QueryFormat] = [.text, .json]
}

/// `--format` for the query commands and reports, with a message in the user's language for a
/// format the command does not offer (argument-parser's own message for an unknown value is English).
/// The value stays a string for that reason; the shells complete it from the offered formats.
struct FormatOption<Choices: FormatChoices>: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("Uitvoer: \(FormatOption.offeredList(in: .nl)).", valueName: "formaat"),
        completion: .list(Choices.offered.map(\.rawValue)))
    var name = "text"

    var format: QueryFormat { QueryFormat(rawValue: name) ?? .text }

    /// "text, json, csv of markdown" ("… or markdown" in English).
    static func offeredList(in language: Language) -> String {
        let names = Choices.offered.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + (language == .nl ? " of " : " or ") + (names.last ?? "")
    }

    func validate() throws {
        guard let format = QueryFormat(rawValue: name), Choices.offered.contains(format) else {
            throw UsageLanguage.error(
                nl: "onbekend formaat '\(name)'; kies \(Self.offeredList(in: .nl)).",
                en: "unknown format '\(name)'; choose \(Self.offeredList(in: .en)).")
        }
    }
}
