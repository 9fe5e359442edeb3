/// Markdown table cells: a `|` would end the cell and a line break the row.
enum Markdown {
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
