/// `xl/sharedStrings.xml`: the texts cells refer to by number (`<c t="s"><v>3</v></c>`). A text
/// with runs of formatting (`<r><t>…</t></r>`) is their texts joined; phonetic guides (`<rPh>`)
/// are not part of the text.
enum SharedStrings {
    static func read(_ root: XMLElement?) -> [String] {
        (root?.elements("si") ?? []).map(text(of:))
    }

    /// The text of an `<si>` or `<is>`.
    static func text(of item: XMLElement) -> String {
        if let plain = item.first("t"), item.elements("r").isEmpty { return plain.text }
        return item.elements.filter { $0.name == "r" || $0.name == "t" }.map { element in
            element.name == "t" ? element.text : (element.first("t")?.text ?? "")
        }.joined()
    }
}
