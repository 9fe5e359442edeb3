/// Markdown table cells: a `|` would end the cell and a line break the row.
enum Markdown {
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Text in a paragraph or list item: `<` and `>` as entities, so a placeholder such as
    /// `perioden/<JJJJ>-<I|II>.yaml` is shown instead of being taken for an HTML tag.
    static func inline(_ text: String) -> String {
        text.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
