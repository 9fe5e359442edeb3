/// What stands at a position of a record as typed: the key of the line, whether the position is
/// on the key or in the value, and the keys of the mappings around it. Read from the lines
/// themselves, not from a parse, so it also works while the text does not parse.
struct YAMLCursor {
    /// 0-based line and 1-based character column of the position.
    let line: Int
    let column: Int
    let lineText: Substring
    /// Spaces before the first non-space character.
    let indent: Int
    /// The key this line starts with (`gehuisvest` in `  gehuisvest: 41`), if any.
    let key: String?
    /// 1-based columns of the key, and where the value starts (after `: `).
    let keyColumns: Range<Int>?
    let valueColumn: Int?
    /// The value as typed, without a trailing comment.
    let value: String?
    /// The keys of the mappings the line is inside, outermost first (`["berekening"]`).
    let parents: [String]
    /// The keys already present in the same mapping as this line.
    let siblings: Set<String>

    init(lines: LineTable, line: Int, utf16 character: Int) {
        self.line = line
        column = lines.column(line: line, utf16: character)
        lineText = lines.line(line)
        indent = Self.indent(of: lineText)
        let parsed = Self.keyAndValue(lineText)
        key = parsed?.key
        keyColumns = parsed.map { $0.keyStart..<($0.keyStart + $0.key.count) }
        valueColumn = parsed?.valueColumn
        value = parsed?.value
        var parents: [String] = []
        var level = indent
        var lookup = line - 1
        while lookup >= 0, level > 0 {
            let text = lines.line(lookup)
            let lineIndent = Self.indent(of: text)
            if !Self.isBlankOrComment(text), lineIndent < level, let found = Self.keyAndValue(text) {
                if found.value.isEmpty || found.value.hasPrefix(">") || found.value.hasPrefix("|") {
                    parents.insert(found.key, at: 0)
                }
                level = lineIndent
            }
            lookup -= 1
        }
        self.parents = parents
        siblings = Self.siblings(lines: lines, line: line, indent: indent)
    }

    /// On the key, or before the colon of a line without one yet (a key being typed).
    var isOnKey: Bool {
        guard let valueColumn else { return true }
        return column < valueColumn - 1
    }

    static func indent(of text: Substring) -> Int { text.prefix { $0 == " " }.count }

    static func isBlankOrComment(_ text: Substring) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// `key: value` (or `- key: value`); the value without a trailing ` # comment`.
    static func keyAndValue(_ text: Substring) -> (key: String, keyStart: Int, valueColumn: Int, value: String)? {
        var characters = Array(text)
        var start = 0
        while start < characters.count, characters[start] == " " { start += 1 }
        if start + 1 < characters.count, characters[start] == "-", characters[start + 1] == " " {
            start += 2
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        var end = start
        while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
            || characters[end] == "-"
        {
            end += 1
        }
        guard end > start, end < characters.count, characters[end] == ":",
            end + 1 == characters.count || characters[end + 1] == " "
        else { return nil }
        let key = String(characters[start..<end])
        var valueStart = end + 1
        while valueStart < characters.count, characters[valueStart] == " " { valueStart += 1 }
        characters = Array(characters[valueStart...])
        var value = String(characters)
        if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
        if value.hasPrefix("#") { value = "" }
        while value.last == " " { value.removeLast() }
        return (key, start + 1, valueStart + 1, value)
    }

    /// The keys at `indent` in the mapping around `line` (the lines above and below up to a line
    /// indented less).
    static func siblings(lines: LineTable, line: Int, indent: Int) -> Set<String> {
        var keys: Set<String> = []
        for direction in [-1, 1] {
            var index = line + direction
            while index >= 0, index < lines.lineCount {
                let text = lines.line(index)
                if !isBlankOrComment(text) {
                    let lineIndent = Self.indent(of: text)
                    if lineIndent < indent { break }
                    if lineIndent == indent, let found = keyAndValue(text) { keys.insert(found.key) }
                }
                index += direction
            }
        }
        return keys
    }
}
