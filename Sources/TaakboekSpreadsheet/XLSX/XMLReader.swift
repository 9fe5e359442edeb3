/// A small, strict reader for the XML inside an .xlsx file: elements, attributes, text, CDATA,
/// comments and processing instructions (skipped), the five predefined entities and numeric
/// character references. Everything else is refused with the line it is on: a document type
/// declaration (so no entity of a DTD can expand), another entity, a name or an end tag that
/// does not match, a second root element, text outside the root, bytes that are not UTF-8.
///
/// Why not Foundation's XMLParser: it is FoundationXML over Debian's libxml2, which needs ICU;
/// taakboek's release binary links everything but glibc statically, and the SpreadsheetML it
/// reads is this small subset, which a few hundred tested lines read exactly.
public enum XMLReader {
    /// Deeper nesting is refused: SpreadsheetML nests about six deep.
    public static let maximumDepth = 256

    public static func parse(_ bytes: [UInt8]) throws(XMLError) -> XMLElement {
        var parser = Parser(bytes: bytes)
        return try parser.document()
    }

    public static func parse(_ text: String) throws(XMLError) -> XMLElement { try parse(Array(text.utf8)) }
}

private struct Parser {
    let bytes: [UInt8]
    var position = 0
    var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    struct Open {
        let name: String
        let qualifiedName: String
        let attributes: [(name: String, value: String)]
        var children: [XMLElement.Child] = []
        var text: [UInt8] = []
    }

    func error(_ nl: String, _ en: String) -> XMLError { XMLError(line: line, nl: nl, en: en) }

    var atEnd: Bool { position >= bytes.count }

    func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    func looking(at text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard position + pattern.count <= bytes.count else { return false }
        return bytes[position..<position + pattern.count].elementsEqual(pattern)
    }

    mutating func advance() {
        if bytes[position] == 0x0A { line += 1 }
        position += 1
    }

    mutating func advance(by count: Int) { for _ in 0..<count { advance() } }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    mutating func skipSpace() { while let byte = peek(), Parser.isSpace(byte) { advance() } }

    mutating func document() throws(XMLError) -> XMLElement {
        guard String(validating: bytes[position...], as: UTF8.self) != nil else {
            throw error("het XML is geen geldige UTF-8", "the XML is not valid UTF-8")
        }
        try misc()
        guard looking(at: "<"), !looking(at: "</") else {
            throw error("hier hoort het eerste element te beginnen", "the first element should start here")
        }
        let root = try element()
        try misc()
        guard atEnd else {
            throw error(
                "na het laatste element staat nog iets anders dan witruimte of commentaar",
                "something other than space or a comment follows the last element")
        }
        return root
    }

    /// Space, comments and processing instructions (the XML declaration among them).
    mutating func misc() throws(XMLError) {
        while true {
            skipSpace()
            if looking(at: "<!--") {
                try comment()
            } else if looking(at: "<?") {
                try processingInstruction()
            } else if looking(at: "<!DOCTYPE") || looking(at: "<!doctype") {
                throw error(
                    "een DOCTYPE (documenttypedefinitie) hoort niet in een .xlsx-bestand en wordt niet gelezen",
                    "a DOCTYPE (document type definition) does not belong in an .xlsx file and is not read")
            } else {
                return
            }
        }
    }

    mutating func comment() throws(XMLError) {
        advance(by: 4)
        while !atEnd {
            if looking(at: "-->") {
                advance(by: 3)
                return
            }
            advance()
        }
        throw error("een commentaar (<!--) wordt niet gesloten", "a comment (<!--) is never closed")
    }

    mutating func processingInstruction() throws(XMLError) {
        advance(by: 2)
        while !atEnd {
            if looking(at: "?>") {
                advance(by: 2)
                return
            }
            advance()
        }
        throw error("een verwerkingsinstructie (<?) wordt niet gesloten", "a processing instruction (<?) is never closed")
    }

    mutating func name() throws(XMLError) -> String {
        let start = position
        while let byte = peek(), !Parser.isSpace(byte), ![UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&")].contains(byte) {
            advance()
        }
        let name = bytes[start..<position]
        guard let first = name.first,
            first >= 0x80 || (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == 0x5F
                || first == 0x3A
        else {
            throw error("hier hoort een naam van een element of attribuut", "a name of an element or attribute belongs here")
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// An element from its `<` to the end of its end tag, without recursion: open elements are
    /// kept on a stack, so the depth limit is the only limit.
    mutating func element() throws(XMLError) -> XMLElement {
        var stack: [Open] = []
        while true {
            if stack.isEmpty || looking(at: "<") && !looking(at: "<!") && !looking(at: "<?") && !looking(at: "</") {
                // A start tag.
                advance()
                let qualified = try name()
                var attributes: [(name: String, value: String)] = []
                while true {
                    let hadSpace = peek().map(Parser.isSpace) ?? false
                    skipSpace()
                    guard let byte = peek() else {
                        throw error("het bestand houdt op in de tag <\(qualified)>", "the file ends inside the tag <\(qualified)>")
                    }
                    if byte == UInt8(ascii: ">") || looking(at: "/>") { break }
                    guard hadSpace else {
                        throw error("in <\(qualified)> hoort witruimte vóór een attribuut", "in <\(qualified)> an attribute needs a space before it")
                    }
                    let attribute = try name()
                    skipSpace()
                    guard peek() == UInt8(ascii: "=") else {
                        throw error("het attribuut \(attribute) in <\(qualified)> heeft geen =waarde", "the attribute \(attribute) in <\(qualified)> has no =value")
                    }
                    advance()
                    skipSpace()
                    let value = try attributeValue()
                    guard !attributes.contains(where: { $0.name == attribute }) else {
                        throw error("het attribuut \(attribute) staat twee keer in <\(qualified)>", "the attribute \(attribute) occurs twice in <\(qualified)>")
                    }
                    attributes.append((attribute, value))
                }
                let open = Open(name: XMLElement.localName(qualified), qualifiedName: qualified, attributes: attributes)
                if looking(at: "/>") {
                    advance(by: 2)
                    let element = XMLElement(name: open.name, attributes: open.attributes)
                    if stack.isEmpty { return element }
                    stack[stack.count - 1].flushText()
                    stack[stack.count - 1].children.append(.element(element))
                } else {
                    advance()
                    guard stack.count < XMLReader.maximumDepth else {
                        throw error(
                            "de elementen zijn dieper genest dan \(XMLReader.maximumDepth) niveaus",
                            "the elements are nested deeper than \(XMLReader.maximumDepth) levels")
                    }
                    stack.append(open)
                }
                continue
            }
            // Content of the innermost open element.
            guard let byte = peek() else {
                throw error(
                    "het bestand houdt op voordat <\(stack[stack.count - 1].qualifiedName)> is gesloten",
                    "the file ends before <\(stack[stack.count - 1].qualifiedName)> is closed")
            }
            if looking(at: "</") {
                advance(by: 2)
                let closing = try name()
                skipSpace()
                guard peek() == UInt8(ascii: ">") else {
                    throw error("de sluittag </\(closing) wordt niet met > afgesloten", "the end tag </\(closing) is not ended by >")
                }
                advance()
                var open = stack.removeLast()
                guard closing == open.qualifiedName else {
                    throw error(
                        "</\(closing)> sluit <\(open.qualifiedName)> niet", "</\(closing)> does not close <\(open.qualifiedName)>")
                }
                open.flushText()
                let element = XMLElement(name: open.name, attributes: open.attributes, children: open.children)
                if stack.isEmpty { return element }
                stack[stack.count - 1].flushText()
                stack[stack.count - 1].children.append(.element(element))
            } else if looking(at: "<![CDATA[") {
                advance(by: 9)
                var closed = false
                while !atEnd {
                    if looking(at: "]]>") {
                        advance(by: 3)
                        closed = true
                        break
                    }
                    appendNormalisingLineEnds(to: &stack[stack.count - 1].text)
                }
                guard closed else { throw error("een CDATA-blok wordt niet gesloten", "a CDATA section is never closed") }
            } else if looking(at: "<!--") {
                try comment()
            } else if looking(at: "<?") {
                try processingInstruction()
            } else if byte == UInt8(ascii: "<") {
                throw error("hier staat een < die geen tag begint", "a < here starts no tag")
            } else if byte == UInt8(ascii: "&") {
                stack[stack.count - 1].text += try reference()
            } else {
                appendNormalisingLineEnds(to: &stack[stack.count - 1].text)
            }
        }
    }

    /// Appends the byte at the position, a CR LF or lone CR as one LF (XML 1.0, 2.11).
    mutating func appendNormalisingLineEnds(to text: inout [UInt8]) {
        let byte = bytes[position]
        if byte == 0x0D {
            text.append(0x0A)
            position += 1
            line += 1
            if peek() == 0x0A { position += 1 }
        } else {
            text.append(byte)
            advance()
        }
    }

    mutating func attributeValue() throws(XMLError) -> String {
        guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw error("een attribuutwaarde hoort tussen aanhalingstekens", "an attribute value belongs in quotes")
        }
        advance()
        var value: [UInt8] = []
        while let byte = peek() {
            if byte == quote {
                advance()
                return String(decoding: value, as: UTF8.self)
            }
            if byte == UInt8(ascii: "<") {
                throw error("een < in een attribuutwaarde", "a < in an attribute value")
            }
            if byte == UInt8(ascii: "&") {
                value += try reference()
            } else if Parser.isSpace(byte) {
                // Attribute-value normalisation (XML 1.0, 3.3.3): each white-space character,
                // a CR LF pair as one, becomes a space.
                value.append(0x20)
                if byte == 0x0D && peek(1) == 0x0A { position += 1 }
                advance()
            } else {
                value.append(byte)
                advance()
            }
        }
        throw error("een attribuutwaarde wordt niet gesloten", "an attribute value is never closed")
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, `&#123;` and `&#x7B;`, as UTF-8 bytes.
    mutating func reference() throws(XMLError) -> [UInt8] {
        let start = position
        advance()
        var body: [UInt8] = []
        while let byte = peek(), byte != UInt8(ascii: ";") {
            guard body.count < 12, !Parser.isSpace(byte), byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&") else {
                throw error("een & hoort een entiteit te beginnen (&amp; voor het teken zelf)", "an & should start an entity (&amp; for the character itself)")
            }
            body.append(byte)
            advance()
        }
        guard peek() == UInt8(ascii: ";") else {
            position = start
            throw error("een & hoort een entiteit te beginnen (&amp; voor het teken zelf)", "an & should start an entity (&amp; for the character itself)")
        }
        advance()
        let name = String(decoding: body, as: UTF8.self)
        switch name {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default: break
        }
        var value: UInt32?
        if name.hasPrefix("#x"), name.count > 2, name.dropFirst(2).allSatisfy(\.isHexDigit) {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#"), name.count > 1, name.dropFirst().allSatisfy(\.isASCII), name.dropFirst().allSatisfy(\.isNumber) {
            value = UInt32(name.dropFirst())
        } else {
            throw error("de entiteit &\(name); is onbekend (alleen &lt; &gt; &amp; &quot; &apos; en &#…; worden gelezen)", "the entity &\(name); is unknown (only &lt; &gt; &amp; &quot; &apos; and &#…; are read)")
        }
        guard let value, Parser.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
            throw error("&\(name); is geen toegestaan teken in XML", "&\(name); is not a character XML allows")
        }
        return Array(String(Character(scalar)).utf8)
    }

    static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
}

extension Parser.Open {
    mutating func flushText() {
        guard !text.isEmpty else { return }
        children.append(.text(String(decoding: text, as: UTF8.self)))
        text = []
    }
}
