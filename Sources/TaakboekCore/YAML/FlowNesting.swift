extension YAMLLoader {
    /// Flow collections (`[`, `{`) nested deeper than the limit, outside quotes and comments.
    /// Scans UTF-8 bytes (every structural character is ASCII); columns count characters.
    ///
    /// A bracket or quote opens something only where a node may begin: at a line's start, after
    /// `: `, `- `, `? `, a tag or an anchor, and anywhere inside a flow collection. Elsewhere it
    /// is text of a plain scalar (`opmerking: zie [[bijlage]]`, `bron: it's`), which Yams reads
    /// as text; counting it refused such a record as too deeply nested (found by the
    /// front-matter harness). The lines of a block scalar and quoted text (with its escapes) are
    /// text too. Where in doubt (a line that continues a plain scalar), it counts: refusing too
    /// much costs a false finding, too little only meets libyaml's own limit of 1,000 levels.
    static func excessiveNesting(in text: String) -> (Int, Int)? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: UInt8 = 0
        var inComment = false
        // Where a node may begin, and inside a tag or anchor (`!t`, `&a`) that comes before one.
        var nodeStart = true
        var inProperty = false
        var previous = UInt8(ascii: "\n")
        // Inside quotes, the next byte is text: after `\\` in double quotes, or the second `'` of
        // the `''` that stands for one quote in single quotes.
        var escaped = false
        // A block scalar (`|`, `>`): the lines after its header that are indented more than the
        // header's line are text. `indent` counts the current line's leading spaces.
        var indent = 0
        var inIndent = true
        var blockHeader = false
        var blockIndent: Int?
        var skippingLine = false
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            defer { previous = byte }
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                inComment = false
                nodeStart = true
                inProperty = false
                escaped = false
                if blockHeader { blockIndent = indent }
                blockHeader = false
                indent = 0
                inIndent = true
                skippingLine = false
                continue
            }
            if skippingLine || inComment { continue }
            if quote == 0 && inIndent {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    continue
                }
                inIndent = false
                if let blockIndent, indent > blockIndent {
                    skippingLine = true
                    continue
                }
                blockIndent = nil
            }
            if quote != 0 {
                if escaped {
                    escaped = false
                } else if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == quote {
                    if quote == UInt8(ascii: "'") && index + 1 < bytes.count && bytes[index + 1] == quote {
                        escaped = true
                    } else {
                        quote = 0
                        nodeStart = false
                    }
                }
                continue
            }
            // (A `where` after several patterns guards only the last: hence the separate cases.)
            let opens = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
            let closes = byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
            let quotes = byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            let property = byte == UInt8(ascii: "!") || byte == UInt8(ascii: "&")
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if inProperty || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "-")
                    || previous == UInt8(ascii: "?")
                {
                    nodeStart = true
                }
                inProperty = false
            case UInt8(ascii: "#")
            where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || previous == UInt8(ascii: "\n"):
                inComment = true
            case _ where quotes && nodeStart:
                quote = byte
            case _ where opens && (nodeStart || depth > 0):
                depth += 1
                if depth > maximumNesting { return (line, column) }
                nodeStart = true
            case _ where closes && depth > 0:
                depth -= 1
                nodeStart = false
            case UInt8(ascii: ",") where depth > 0:
                nodeStart = true
            case _ where property && nodeStart:
                inProperty = true
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                if nodeStart && depth == 0 { blockHeader = true }
                nodeStart = false
            default:
                if !inProperty { nodeStart = false }
            }
        }
        return nil
    }
}
