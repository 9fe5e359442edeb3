import JSON
import TaakboekCore

extension PeriodReport {
    /// The figures a council letter quotes (its front matter's `cijfers`), from this report.
    /// A figure the records lack is left out (nil); one they give as `onbekend` stays `.unknown`.
    public var quotedFigures: [(name: Letter.Quoted, figure: Figure?)] {
        [
            (.achterstand_begin, figures.begin),
            (.taakstelling, figures.taakstelling),
            (.totaal, figures.opgave),
            (.gehuisvest, figures.gehuisvest),
            (.achterstand_eind, figures.eind),
            (.taakstelling_volgende, next?.taakstelling),
            (.opgave_volgende, next?.opgave),
        ]
    }

    /// The report in one format. Text and Markdown: a title, the table and the sentences; CSV:
    /// the table only; JSON: one object with the table, the quoted figures (null when unknown) and
    /// the sentences; HTML: one self-contained page (`HTMLPage`).
    public func render(_ format: QueryFormat, language: Language) -> String {
        let table = table(language)
        let sentences = sentences.map { $0.text(in: language) }
        let title = title.text(in: language)
        switch format {
        case .text:
            return title + "\n\n" + table.render(.text, language: language) + "\n" + sentences.joined(separator: "\n")
                + "\n"
        case .markdown:
            return "## \(Markdown.cell(title))\n\n" + table.render(.markdown, language: language) + "\n"
                + sentences.joined(separator: "\n\n") + "\n"
        case .csv:
            return table.render(.csv, language: language)
        case .html:
            let body = table.render(.html, language: language) + HTMLPage.paragraphs(sentences)
            return HTMLPage.render(title: title, sections: [.init(heading: nil, body: body)], language: language)
        case .json:
            let cijfers = quotedFigures.map { name, figure -> (String, JSONValue) in
                (name.rawValue, figure?.value.map { .integer($0) } ?? .null)
            }
            let object = JSONValue.object(
                JSONObject([
                    ("gemeente", .string(name)),
                    ("map", .string(folder)),
                    ("periode", .string(period.description)),
                    ("titel", .string(title)),
                    ("tabel", .array(table.rows.map(table.object))),
                    ("cijfers", .object(JSONObject(cijfers))),
                    ("zinnen", .array(sentences.map { .string($0) })),
                    ("stand_op", date.map { .string($0.description) } ?? .null),
                    ("correcties", .array(corrections.map(\.json))),
                ]))
            return JSONOutput.compact(object) + "\n"
        }
    }
}
