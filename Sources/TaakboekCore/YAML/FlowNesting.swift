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
        if case .tooDeep(let line, let column)? = structureProblem(in: text) { return (line, column) }
        return nil
    }

    /// What the scan below finds that libyaml would not say: nesting too deep for it, and two
    /// things the YAML spec forbids that libyaml accepts.
    enum StructureProblem: Equatable {
        case tooDeep(Int, Int)
        /// A `#` right after a closing quote: a comment needs white space before it (`"har"# x`).
        case commentWithoutSpace(Int, Int)
        /// A line that continues quoted text in block context, indented no more than the line the
        /// quote opened on (`bron: "Raadsinformatiebrief` / `over 2024-II"`).
        case quotedLineNotIndented(Int, Int)
        /// A `?` where a node begins inside a flow collection (`{ ?foo: bar }`, `[?x]`): libyaml
        /// reads it as an explicit key where the spec reads text starting with `?`.
        case questionMarkInFlow(Int, Int)
        /// The text ends, without a line break, in a line of only spaces after a block scalar's
        /// lines: libyaml drops the scalar's last line break there.
        case blockScalarEndsInSpaces(Int, Int)
        /// Something records do not use, which the fast reader refuses too and libyaml reads
        /// wrongly or calls invalid where the spec does not: named, with what to write instead.
        case notUsed(Construct, Int, Int)
    }

    /// The constructs of `StructureProblem.notUsed`.
    enum Construct: Equatable {
        case directive, documentMarker, tab, explicitKey, emptyKey, multiLineFlow, dashInFlow, colonInFlow

        var message: LocalizedText {
            switch self {
            case .directive:
                LocalizedText(
                    nl: "records gebruiken geen YAML-directieven (%YAML, %TAG); verwijder de regel",
                    en: "records use no YAML directives (%YAML, %TAG); remove the line")
            case .documentMarker:
                LocalizedText(
                    nl:
                        "een record is één YAML-document: alleen een --- op de eerste regel is toegestaan, geen tweede --- en geen ...; verwijder de markering, of zet elk document in een eigen bestand",
                    en:
                        "a record is one YAML document: only a --- on the first line is allowed, no second --- and no ...; remove the marker, or put each document in a file of its own")
            case .tab:
                LocalizedText(
                    nl:
                        "records gebruiken geen tabs buiten tekst tussen aanhalingstekens (editors en YAML-lezers tellen ze verschillend); gebruik spaties",
                    en:
                        "records use no tabs outside quoted text (editors and YAML readers count them differently); use spaces")
            case .explicitKey:
                LocalizedText(
                    nl:
                        "een ? met een spatie of regeleinde erna begint in YAML een sleutel (? sleutel), die records niet gebruiken; is een cijfer niet bekend, schrijf dan `onbekend` (gehuisvest: onbekend), anders de tekst tussen aanhalingstekens (\"?\"); een veld is sleutel: waarde",
                    en:
                        "a ? followed by a space or line end starts a key in YAML (? key), which records do not use; if a figure is not known, write `onbekend` (gehuisvest: onbekend), otherwise the text in quotes (\"?\"); a field is key: value")
            case .emptyKey:
                LocalizedText(
                    nl: "een lege sleutel (: waarde) gebruiken records niet; elke waarde heeft een veldnaam: naam: waarde",
                    en: "records use no empty key (: value); every value has a field name: name: value")
            case .multiLineFlow:
                LocalizedText(
                    nl:
                        "records zetten [ ] en { } op één regel (libyaml leest meerregelige vormen anders dan de YAML-specificatie); zet alles op één regel, of schrijf een blok met inspringing",
                    en:
                        "records keep [ ] and { } on one line (libyaml reads multi-line forms otherwise than the YAML spec); put it on one line, or write an indented block")
            case .colonInFlow:
                LocalizedText(
                    nl:
                        "een : aan het begin van een waarde, of direct na een sleutel tussen aanhalingstekens, tussen [ ] of { } (libyaml leest die anders dan de YAML-specificatie); zet een spatie na de dubbele punt, of de tekst tussen aanhalingstekens",
                    en:
                        "a : at the start of a value, or right after a quoted key, inside [ ] or { } (libyaml reads it otherwise than the YAML spec); put a space after the colon, or the text in quotes"
                )
            case .dashInFlow:
                LocalizedText(
                    nl: "een - tussen [ ] of { } is geen lijstteken; zet de tekst tussen aanhalingstekens (\"-\")",
                    en: "a - inside [ ] or { } is no list marker; put the text in quotes (\"-\")")
            }
        }
    }

    static func structureProblem(in text: String) -> StructureProblem? { scan(text).problem }

    /// Where the first anchor (`&a`) or alias (`*a`) stands, where a node may begin.
    static func firstAnchorOrAlias(in text: String) -> (Int, Int)? { scan(text).anchor }

    private static func scan(_ text: String) -> (problem: StructureProblem?, anchor: (Int, Int)?) {
        var anchor: (Int, Int)?
        // The first problem found; the scan goes on, since nesting too deep for libyaml must be
        // found wherever it is.
        var problem: StructureProblem?
        func record(_ found: StructureProblem) { if problem == nil { problem = found } }
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
        // The indentation of the block scalar's first line of text: a line indented less ends it.
        var blockContentIndent: Int?
        var skippingLine = false
        // The leading spaces of the line a quote opened on (in block context), and whether the
        // current line continues that quoted text and is still in its leading spaces.
        var quoteIndent = 0
        var inQuotedIndent = false
        // The indentation of the last block key (`key:`) or entry (`- `): quoted text that
        // continues on later lines must be indented more (-1: a scalar at the root).
        var keyIndent = -1
        // Whether anything but comments came before (a `---` is allowed only before that).
        var seenContent = false
        // A plain value began on this line in block context: a later line indented more than its
        // key continues that text (`safe: a!"#…` on two lines), and nothing in it opens a quote.
        var plainValueOpen = false
        var plainValueLine = 0
        // The byte before was a flow collection's closing bracket, or a block scalar's header.
        var afterFlowClose = false
        // Where the open flow collection first went on past a line's end.
        var multiLineFlow: (Int, Int)?
        func next(_ index: Int) -> UInt8 { index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: "\n") }
        func isBlank(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            defer { previous = byte }
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == UInt8(ascii: "\n") {
                if depth > 0 && multiLineFlow == nil { multiLineFlow = (line, column) }
                line += 1
                column = 0
                inComment = false
                nodeStart = true
                inProperty = false
                escaped = false
                if blockHeader {
                    blockIndent = indent
                    blockContentIndent = nil
                }
                blockHeader = false
                indent = 0
                inIndent = true
                skippingLine = false
                inQuotedIndent = quote != 0 && depth == 0
                continue
            }
            if inQuotedIndent {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    continue
                }
                inQuotedIndent = false
                if byte != UInt8(ascii: "\r") && indent <= quoteIndent {
                    record(.quotedLineNotIndented(line, column))
                }
            }
            if skippingLine || inComment { continue }
            if quote == 0 && inIndent {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    continue
                }
                inIndent = false
                if let blockIndent, indent > blockIndent, indent >= (blockContentIndent ?? indent) {
                    if blockContentIndent == nil { blockContentIndent = indent }
                    skippingLine = true
                    continue
                }
                blockIndent = nil
                if indent == 0 && byte != UInt8(ascii: "#") {
                    if byte == UInt8(ascii: "%") && !plainValueOpen { record(.notUsed(.directive, line, column)) }
                    let dashes = index + 3 <= bytes.count && bytes[index..<(index + 3)].allSatisfy { $0 == UInt8(ascii: "-") }
                    let dots = index + 3 <= bytes.count && bytes[index..<(index + 3)].allSatisfy { $0 == UInt8(ascii: ".") }
                    if (dashes || dots) && (index + 3 == bytes.count || isBlank(bytes[index + 3])) {
                        if seenContent || dots { record(.notUsed(.documentMarker, line, column)) }
                        seenContent = true
                        // Nothing after the marker but a comment: a record's root is its fields.
                        var after = index + 3
                        while after < bytes.count && bytes[after] == UInt8(ascii: " ") { after += 1 }
                        if after < bytes.count && bytes[after] != UInt8(ascii: "\n") && bytes[after] != UInt8(ascii: "#") {
                            record(.notUsed(.documentMarker, line, column))
                        } else {
                            skippingLine = true
                            continue
                        }
                    }
                }
                if byte != UInt8(ascii: "#") && byte != UInt8(ascii: "\t") { seenContent = true }
                if plainValueOpen && plainValueLine < line && indent > keyIndent && byte != UInt8(ascii: "#") {
                    skippingLine = true
                    continue
                }
                plainValueOpen = false
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
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "#") {
                            record(.commentWithoutSpace(line, column + 1))
                        }
                        if depth > 0 && next(index) == UInt8(ascii: ":") && index + 2 < bytes.count
                            && !isBlank(bytes[index + 2]) && !",]}".utf8.contains(bytes[index + 2])
                        {
                            record(.notUsed(.colonInFlow, line, column + 1))
                        }
                    }
                }
                continue
            }
            // (A `where` after several patterns guards only the last: hence the separate cases.)
            if byte == UInt8(ascii: "#")
                && ((afterFlowClose && (previous == UInt8(ascii: "]") || previous == UInt8(ascii: "}"))) || (blockHeader && (previous == UInt8(ascii: "|") || previous == UInt8(ascii: ">")))) {
                record(.commentWithoutSpace(line, column))
            }
            afterFlowClose = false
            let opens = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
            let closes = byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
            let quotes = byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            let property = byte == UInt8(ascii: "!") || byte == UInt8(ascii: "&")
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if byte == UInt8(ascii: "\t") { record(.notUsed(.tab, line, column)) }
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
                quoteIndent = keyIndent
            case _ where opens && (nodeStart || depth > 0):
                depth += 1
                if depth > maximumNesting { return (.tooDeep(line, column), anchor) }
                nodeStart = true
            case _ where closes && depth > 0:
                depth -= 1
                // Only a flow collection that closes is valid YAML spread over lines; one left
                // open is invalid, and libyaml says so.
                if depth == 0, let (flowLine, flowColumn) = multiLineFlow {
                    record(.notUsed(.multiLineFlow, flowLine, flowColumn))
                    multiLineFlow = nil
                }
                nodeStart = false
                afterFlowClose = true
            case UInt8(ascii: ",") where depth > 0:
                nodeStart = true
            case _ where property && nodeStart:
                inProperty = true
                if byte == UInt8(ascii: "&") && anchor == nil { anchor = (line, column) }
            case UInt8(ascii: "?") where nodeStart && depth > 0:
                record(.questionMarkInFlow(line, column))
            case UInt8(ascii: "?") where nodeStart && isBlank(next(index)):
                record(.notUsed(.explicitKey, line, column))
            case UInt8(ascii: ":") where nodeStart && (isBlank(next(index)) || (depth > 0 && ",]}".utf8.contains(next(index)))):
                // First on a line inside [ ] or { }: the value indicator of a key on the line
                // before, named as a multi-line flow when the collection closes.
                if !(depth > 0 && column == indent + 1) { record(.notUsed(.emptyKey, line, column)) }
            case UInt8(ascii: ":") where nodeStart && depth > 0:
                record(.notUsed(.colonInFlow, line, column))
            case UInt8(ascii: "-") where nodeStart && depth > 0 && (isBlank(next(index)) || ",]}".utf8.contains(next(index))):
                record(.notUsed(.dashInFlow, line, column))
            case UInt8(ascii: "-") where nodeStart && depth == 0 && isBlank(next(index)):
                keyIndent = column - 1
            case UInt8(ascii: ":") where depth == 0 && isBlank(next(index)):
                keyIndent = indent
                nodeStart = false
                // The plain text before was a key; only a plain value goes on past the line.
                plainValueOpen = false
            case UInt8(ascii: "*") where nodeStart:
                if anchor == nil { anchor = (line, column) }
                nodeStart = false
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                if nodeStart && depth == 0 { blockHeader = true }
                nodeStart = false
            default:
                if nodeStart && depth == 0 && !inProperty {
                    plainValueOpen = true
                    plainValueLine = line
                }
                if !inProperty { nodeStart = false }
            }
        }
        if inIndent && indent > 0 && previous == UInt8(ascii: " ")
            && (blockHeader || (blockIndent != nil && indent >= (blockContentIndent ?? 0)))
        {
            record(.blockScalarEndsInSpaces(line, 1))
        }
        return (problem, anchor)
    }
}
