import TaakboekCore

/// A new council letter record (`records/<gemeente>/brieven/<name>.md`) made from a report: the
/// front matter with `cijfers` filled in from the records, the report's table and sentences in the
/// body, for staff to write the letter around. The generated text (subject, heading, table,
/// sentences) is in `language`; the front matter's keys and `soort` are the schema's Dutch ones.
/// The figures are the report's, so as the records stood on the report's date: draft the report
/// on the letter's date, and the letter rule TB601 finds the same figures.
public struct LetterDraft: Sendable {
    public let report: PeriodReport
    public let date: PartialDate
    public let language: Language

    public init(_ report: PeriodReport, date: PartialDate, language: Language = .nl) {
        self.report = report
        self.date = date
        self.language = language
    }

    /// `records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md`, as the shipped letter is named.
    public var path: String {
        RecordKind.letter.folder(of: report.folder) + "/\(date.year)-raadsinformatiebrief-\(report.period)"
            + RecordKind.letter.layout.fileExtension
    }

    public var subject: String {
        let months = ReportDates.months(report.period)
        return LocalizedText(
            nl: "Huisvesting statushouders \(months.nl) (\(report.period))",
            en: "Housing of status holders, \(months.en) (\(report.period))"
        ).text(in: language)
    }

    static let introduction = LocalizedText(
        nl: "(Schrijf hier de inleiding van de brief.)", en: "(Write the introduction of the letter here.)")

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
        let table = report.table(language).render(.markdown, language: language)
        let sentences = report.sentences.map { $0.text(in: language) }.joined(separator: "\n\n")
        return frontMatter + "# \(subject)\n\n" + Self.introduction.text(in: language) + "\n\n" + table + "\n"
            + sentences + "\n"
    }

    /// Whether the letter would quote any figure; the schema needs at least one in `cijfers`.
    public var quotesAnyFigure: Bool { report.quotedFigures.contains { $0.figure != nil } }
}
