import ArgumentParser
import TaakboekCore
import TaakboekReporting

/// `--format` for `taakboek check`. The name is checked in `Check.validate()`, where `--lang` is
/// known, so an unknown name gets a Dutch (or English) usage error instead of argument-parser's
/// English one. The shells complete the value from `ReportFormat`'s cases.
struct CheckFormatOption: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("Uitvoer: text, json, sarif, github, junit of gitlab.", valueName: "formaat"),
        completion: .list(ReportFormat.allCases.map(\.rawValue)))
    var name = "text"

    var format: ReportFormat { ReportFormat(rawValue: name) ?? .text }

    func unknownNameMessage(in language: Language) -> String? {
        guard ReportFormat(rawValue: name) == nil else { return nil }
        return language == .nl
            ? "onbekend formaat '\(name)'; kies \(ReportFormat.list(in: .nl))."
            : "unknown format '\(name)'; choose \(ReportFormat.list(in: .en))."
    }
}
