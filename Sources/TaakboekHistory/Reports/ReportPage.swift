import TaakboekCore

/// One self-contained HTML page for a report: inline CSS, no scripts, no external URL, so it can
/// be mailed, attached to a council letter, or printed as it is.
public enum ReportPage {
    static let style = """
        body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1a1a1a; max-width: 48rem; \
        margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.4rem; margin-bottom: 1.5rem; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
        th, td { border: 1px solid #999; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #eee; }
        td.getal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        @media print {
          body { margin: 0; max-width: none; font-size: 11pt; }
          th { background: none; }
          table { page-break-inside: avoid; }
        }
        """

    /// `body` is HTML already (e.g. `QueryTable.render(.html, …)`); title and paragraphs are text.
    public static func render(title: String, body: String, paragraphs: [String], language: Language) -> String {
        let text = paragraphs.map { "<p>" + HTML.escape($0) + "</p>\n" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(HTML.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(HTML.escape(title))</h1>
            \(body)\(text)</body>
            </html>

            """
    }
}
