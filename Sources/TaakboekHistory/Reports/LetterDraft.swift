import TaakboekCore

/// A new council letter record (`records/<gemeente>/brieven/<name>.md`) made from a report: the
/// front matter with `cijfers` filled in from the records, the report's table and sentences in the
/// body, for staff to write the letter around. The letter is Dutch, whatever the tool's language.
public struct LetterDraft: Sendable {
    public let report: PeriodReport
    public let date: PartialDate

    public init(_ report: PeriodReport, date: PartialDate) {
        self.report = report
        self.date = date
    }

    /// `records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md`, as the shipped letter is named.
    public var path: String {
        RecordKind.letter.folder(of: report.folder) + "/\(date.year)-raadsinformatiebrief-\(report.period)"
            + RecordKind.letter.layout.fileExtension
    }

    public var subject: String {
        "Huisvesting statushouders \(ReportDates.months(report.period, .nl)) (\(report.period))"
    }

    /// The whole file. Figures the records lack are left out of `cijfers` (the checker would ask
    /// for them in the record); `onbekend` ones are quoted as `onbekend`.
    public var text: String {
        let cijfers = report.quotedFigures.compactMap { name, figure in
            figure.map { "  \(name.rawValue): \($0)\n" }
        }.joined()
        let frontMatter =
            "---\n# yaml-language-server: $schema=../../../schemas/brief.schema.json\n"
            + "datum: \(date)\nsoort: raadsinformatiebrief\nperiode: \(report.period)\n"
            + "onderwerp: \(subject)\n" + (cijfers.isEmpty ? "" : "cijfers:\n" + cijfers) + "---\n"
        let table = report.table(.nl).render(.markdown, language: .nl)
        let sentences = report.sentences.map(\.nl).joined(separator: "\n\n")
        return frontMatter + "# \(subject)\n\n" + "(Schrijf hier de inleiding van de brief.)\n\n" + table + "\n"
            + sentences + "\n"
    }

    /// Whether the letter would quote any figure; the schema needs at least one in `cijfers`.
    public var quotesAnyFigure: Bool { report.quotedFigures.contains { $0.figure != nil } }
}
