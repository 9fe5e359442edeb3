import TaakboekCore

/// One self-contained HTML page: inline CSS, inline SVG, no script and nothing fetched from the
/// network, laid out for A4 print. Written as XHTML-compatible HTML (void elements closed) so it
/// also parses as XML, which the tests use to check it.
public enum HTMLPage {
    public struct Section: Sendable {
        /// nil: the section's body follows the page's heading directly (a one-part page).
        public let heading: String?
        public let body: String

        public init(heading: String?, body: String) {
            self.heading = heading
            self.body = body
        }
    }

    /// Paragraphs of text, escaped, for a section's body.
    public static func paragraphs(_ texts: [String]) -> String {
        texts.map { "<p>" + HTML.escape($0) + "</p>\n" }.joined()
    }

    static let style = """
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #000; background: #fff;
          margin: 2em auto; max-width: 52em; padding: 0 1em; line-height: 1.4; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        h2 { font-size: 1.2em; margin-top: 1.6em; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #888; padding: 0.25em 0.6em; text-align: left; }
        th { background: #eee; }
        td.getal { text-align: right; font-variant-numeric: tabular-nums; }
        p.toelichting { font-size: 0.9em; color: #333; }
        @page { size: A4; margin: 18mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          section { break-inside: avoid; }
          figure, table { break-inside: avoid; }
          th { background: none; }
        }
        """

    /// The page, with `title` as its heading and each section under its own heading.
    public static func render(
        title: String, introduction: String? = nil, sections: [Section], language: Language
    ) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="\(language == .en ? "en" : "nl")">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTML.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(HTML.escape(title))</h1>

            """
        if let introduction { page += "<p class=\"toelichting\">\(HTML.escape(introduction))</p>\n" }
        for section in sections {
            let heading = section.heading.map { "<h2>\(HTML.escape($0))</h2>\n" } ?? ""
            page += "<section>\n\(heading)\(section.body)</section>\n"
        }
        page += "</body>\n</html>\n"
        return page
    }
}
