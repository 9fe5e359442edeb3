/// Reads the small part of YAML that records use, straight from the UTF-8 bytes, without Yams.
///
/// It gives up (returns nil) on anything outside that subset or anything that could be an error;
/// `YAMLLoader` then parses the text with Yams, which explains what is wrong. Whenever it returns a
/// node, that node is exactly what the Yams path builds for the same text, marks included, and
/// the Yams path would report no problems.
///
/// The subset:
/// - the whole text is a block mapping starting at column 1; spaces indent, `\n` ends lines;
/// - keys are plain: ASCII letters, digits, `_` and `-`, starting with a letter, digit or `_`;
/// - a value is on the key's line, or is a block mapping or block sequence (`- `) indented
///   deeper on the next lines; a sequence item is a value or a block mapping (`- key: value`);
/// - single-line scalars: plain, single-quoted (`''`), double-quoted (escapes `\"`, `\\`, `\n`,
///   `\t` only);
/// - single-line flow mappings of plain keys and simple plain values: `{van: 3, naar: 4}`;
/// - block scalars `>`, `>-`, `|`, `|-` whose lines are all equally indented, non-empty and
///   without trailing spaces, each ended by `\n`;
/// - comment lines anywhere and trailing comments after ` #` (not inside block scalars).
///
/// Refused, among others: tabs, CR, control characters, a BOM, NEL and the Unicode line
/// separators, anchors, aliases, tags, directives, document markers, flow sequences, empty values,
/// multi-line plain or quoted scalars, duplicate keys, and nesting deeper than `maximumDepth`.
public enum FastYAMLReader {
    /// Deeper block nesting than this is left to the Yams path (and its limits).
    static let maximumDepth = 16

    public static func read(_ text: String) -> YAMLNode? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ read(bytes: $0) }) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { read(bytes: $0) } ?? nil
    }

    static func read(bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var cursor = Cursor(bytes)
        return cursor.document()
    }
}

extension FastYAMLReader {
    /// The reading state: one line at a time, each line's bytes checked once when it is entered.
    /// Every place a node or key starts has only ASCII before it on its line, but columns are
    /// counted in characters all the same, as Yams counts them.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The current line: its 1-based number, first byte, end (its `\n`, or the text's end) and
        /// number of leading spaces. `atEnd` once there is no line left.
        var line = 1
        var start = 0
        var end = 0
        var indent = 0
        var atEnd = false
        var depth = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        // MARK: Lines

        /// Finds the end of the line starting at `start`, refusing characters Yams rejects or
        /// treats specially (tabs, CR, controls, NEL, U+2028/2029, BOM, U+FFFE/FFFF).
        mutating func enterLine() -> Bool {
            var index = start
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A { break }
                if byte < 0x20 || byte == 0x7F { return false }
                if byte >= 0x80 {
                    switch byte {
                    case 0xC2:
                        if bytes[index + 1] < 0xA0 { return false }
                    case 0xE2:
                        if bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) {
                            return false
                        }
                    case 0xEF:
                        if bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF { return false }
                        if bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE { return false }
                    default: break
                    }
                }
                index += 1
            }
            end = index
            var first = start
            while first < end && bytes[first] == 0x20 { first += 1 }
            indent = first - start
            return true
        }

        /// Moves to the next line.
        mutating func nextLine() -> Bool {
            if end >= bytes.count {
                atEnd = true
                return true
            }
            start = end + 1
            line += 1
            if start >= bytes.count {
                atEnd = true
                return true
            }
            return enterLine()
        }

        /// Skips blank lines and comment lines (at any indentation).
        mutating func skipIgnorable() -> Bool {
            while !atEnd {
                let first = start + indent
                if first < end && bytes[first] != UInt8(ascii: "#") { return true }
                guard nextLine() else { return false }
            }
            return true
        }

        /// Moves to the next line that holds content.
        mutating func nextContentLine() -> Bool {
            nextLine() && skipIgnorable()
        }

        /// The 1-based column of `index` on the current line, in characters.
        func column(_ index: Int) -> Int {
            1 + column(index, from: start)
        }

        /// How many characters lie from `from` up to `index`.
        func column(_ index: Int, from: Int) -> Int {
            var characters = 0
            var position = from
            while position < index {
                if bytes[position] & 0xC0 != 0x80 { characters += 1 }
                position += 1
            }
            return characters
        }

        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        /// Whether only spaces, or spaces and then a comment, follow `index` on the line.
        func restIsEmpty(_ index: Int) -> Bool {
            var position = index
            while position < end && bytes[position] == 0x20 { position += 1 }
            if position == end { return true }
            return position > index && bytes[position] == UInt8(ascii: "#")
        }

        // MARK: Structure

        mutating func document() -> YAMLNode? {
            guard bytes.count > 0, enterLine(), skipIgnorable(), !atEnd, indent == 0 else { return nil }
            guard let root = mapping(indent: 0, keyStart: start), atEnd else { return nil }
            return root
        }

        static func isKeyByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default: false
            }
        }

        /// The end of a plain key starting at `index` (before its `:`), or nil when there is none.
        /// A key is followed by `:` and then a space or the line's end.
        func keyEnd(_ index: Int) -> Int? {
            guard index < end, Self.isKeyByte(bytes[index]), bytes[index] != UInt8(ascii: "-") else { return nil }
            var position = index + 1
            while position < end && Self.isKeyByte(bytes[position]) { position += 1 }
            guard position - index <= 128, position < end, bytes[position] == UInt8(ascii: ":") else { return nil }
            guard position + 1 == end || bytes[position + 1] == 0x20 else { return nil }
            return position
        }

        /// A block mapping whose keys are at `indent`; its first key starts at `keyStart` on the
        /// current line. Ends on the first content line indented less (or at the end).
        mutating func mapping(indent mappingIndent: Int, keyStart: Int) -> YAMLNode? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= FastYAMLReader.maximumDepth else { return nil }
            let mappingLine = line
            let mappingColumn = column(keyStart)
            var pairs: [YAMLPair] = []
            var keys = DistinctKeys()
            var keyStart = keyStart
            while true {
                guard let keyEnd = keyEnd(keyStart) else { return nil }
                let key = text(keyStart, keyEnd)
                guard keys.insert(key, among: pairs) else { return nil }
                let keyLine = self.line
                let keyColumn = column(keyStart)
                var valueStart = keyEnd + 1
                while valueStart < end && bytes[valueStart] == 0x20 { valueStart += 1 }
                let value: YAMLNode
                if valueStart == end || bytes[valueStart] == UInt8(ascii: "#") {
                    // The value is a block collection on the next lines.
                    guard nextContentLine(), !atEnd, indent > mappingIndent,
                        let nested = collection(indent: indent)
                    else { return nil }
                    value = nested
                } else {
                    guard let inline = inlineValue(at: valueStart, parentIndent: mappingIndent) else { return nil }
                    value = inline
                }
                pairs.append(YAMLPair(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
                if atEnd || indent < mappingIndent { break }
                guard indent == mappingIndent else { return nil }
                keyStart = start + indent
            }
            return YAMLNode(.mapping(pairs), line: mappingLine, column: mappingColumn)
        }

        /// A block mapping or sequence starting at `indent` on the current line.
        mutating func collection(indent: Int) -> YAMLNode? {
            let first = start + indent
            if bytes[first] == UInt8(ascii: "-") && first + 1 < end && bytes[first + 1] == 0x20 {
                return sequence(indent: indent)
            }
            return mapping(indent: indent, keyStart: first)
        }

        /// A block sequence whose `-` are at `indent`, starting on the current line.
        mutating func sequence(indent sequenceIndent: Int) -> YAMLNode? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= FastYAMLReader.maximumDepth else { return nil }
            let sequenceLine = line
            let sequenceColumn = column(start + sequenceIndent)
            var items: [YAMLNode] = []
            while true {
                let dash = start + sequenceIndent
                guard bytes[dash] == UInt8(ascii: "-"), dash + 1 < end, bytes[dash + 1] == 0x20 else { return nil }
                var itemStart = dash + 2
                while itemStart < end && bytes[itemStart] == 0x20 { itemStart += 1 }
                guard itemStart < end, bytes[itemStart] != UInt8(ascii: "#") else { return nil }
                let item: YAMLNode?
                if keyEnd(itemStart) != nil {
                    item = mapping(indent: itemStart - start, keyStart: itemStart)
                } else {
                    item = inlineValue(at: itemStart, parentIndent: sequenceIndent)
                }
                guard let item else { return nil }
                items.append(item)
                if atEnd || indent < sequenceIndent { break }
                guard indent == sequenceIndent else { return nil }
            }
            return YAMLNode(.sequence(items), line: sequenceLine, column: sequenceColumn)
        }

        // MARK: Values on a line

        /// A value starting at `index` on the current line; afterwards the cursor is on the next
        /// content line. `parentIndent` is the indentation of the collection holding the value.
        mutating func inlineValue(at index: Int, parentIndent: Int) -> YAMLNode? {
            let valueLine = line
            let valueColumn = column(index)
            let scalar: YAMLScalar
            switch bytes[index] {
            case UInt8(ascii: "'"):
                guard let quoted = singleQuoted(index) else { return nil }
                scalar = quoted
            case UInt8(ascii: "\""):
                guard let quoted = doubleQuoted(index) else { return nil }
                scalar = quoted
            case UInt8(ascii: "{"):
                guard let flow = flowMapping(index) else { return nil }
                guard nextContentLine() else { return nil }
                return flow
            case UInt8(ascii: ">"), UInt8(ascii: "|"):
                guard let block = blockScalar(index, parentIndent: parentIndent) else { return nil }
                return YAMLNode(.scalar(block), line: valueLine, column: valueColumn)
            case UInt8(ascii: "-"):
                guard index + 1 < end, bytes[index + 1] != 0x20, let plain = plain(index) else { return nil }
                scalar = plain
            case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                return nil
            default:
                guard let plain = plain(index) else { return nil }
                scalar = plain
            }
            guard nextContentLine() else { return nil }
            return YAMLNode(.scalar(scalar), line: valueLine, column: valueColumn)
        }

        /// A plain scalar up to the line's end or a ` #` comment; refused when it holds `: ` or
        /// ends in `:` (Yams would read a key there).
        func plain(_ index: Int) -> YAMLScalar? {
            var position = index
            var last = index
            while position < end {
                let byte = bytes[position]
                if byte == UInt8(ascii: "#") && bytes[position - 1] == 0x20 { break }
                if byte == UInt8(ascii: ":") && (position + 1 == end || bytes[position + 1] == 0x20) { return nil }
                if byte != 0x20 { last = position + 1 }
                position += 1
            }
            return YAMLScalar(text: text(index, last), isPlain: true)
        }

        /// A single-quoted scalar closed on the same line (`''` is a quote).
        func singleQuoted(_ index: Int) -> YAMLScalar? {
            var position = index + 1
            var buffer: [UInt8] = []
            var segment = position
            while true {
                guard position < end else { return nil }
                if bytes[position] == UInt8(ascii: "'") {
                    if position + 1 < end && bytes[position + 1] == UInt8(ascii: "'") {
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...position]))
                        position += 2
                        segment = position
                        continue
                    }
                    break
                }
                position += 1
            }
            guard restIsEmpty(position + 1) else { return nil }
            if buffer.isEmpty { return YAMLScalar(text: text(segment, position), isPlain: false) }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
            return YAMLScalar(text: String(decoding: buffer, as: UTF8.self), isPlain: false)
        }

        /// A double-quoted scalar closed on the same line, with the escapes `\"`, `\\`, `\n`, `\t`.
        func doubleQuoted(_ index: Int) -> YAMLScalar? {
            var position = index + 1
            var buffer: [UInt8] = []
            var escaped = false
            var segment = position
            while true {
                guard position < end else { return nil }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") {
                    guard position + 1 < end else { return nil }
                    let replacement: UInt8
                    switch bytes[position + 1] {
                    case UInt8(ascii: "\""): replacement = UInt8(ascii: "\"")
                    case UInt8(ascii: "\\"): replacement = UInt8(ascii: "\\")
                    case UInt8(ascii: "n"): replacement = 0x0A
                    case UInt8(ascii: "t"): replacement = 0x09
                    default: return nil
                    }
                    escaped = true
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
                    buffer.append(replacement)
                    position += 2
                    segment = position
                    continue
                }
                position += 1
            }
            guard restIsEmpty(position + 1) else { return nil }
            if !escaped { return YAMLScalar(text: text(segment, position), isPlain: false) }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
            return YAMLScalar(text: String(decoding: buffer, as: UTF8.self), isPlain: false)
        }

        static func isFlowValueByte(_ byte: UInt8) -> Bool {
            isKeyByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
        }

        /// A flow mapping on one line of plain keys and simple plain values: `{van: 3, naar: 4}`.
        func flowMapping(_ index: Int) -> YAMLNode? {
            var pairs: [YAMLPair] = []
            var keys = DistinctKeys()
            // Columns counted on from the last one: counting each from the line's start made a
            // mapping of 80,000 pairs on one line take minutes.
            var counted = (index: start, column: 1)
            func columnOf(_ target: Int) -> Int {
                counted = (target, counted.column + column(target, from: counted.index))
                return counted.column
            }
            var position = index + 1
            while true {
                while position < end && bytes[position] == 0x20 { position += 1 }
                let keyStart = position
                guard position < end, Self.isKeyByte(bytes[position]), bytes[position] != UInt8(ascii: "-")
                else { return nil }
                while position < end && Self.isKeyByte(bytes[position]) { position += 1 }
                guard position - keyStart <= 128, position + 1 < end, bytes[position] == UInt8(ascii: ":"),
                    bytes[position + 1] == 0x20
                else { return nil }
                let key = text(keyStart, position)
                guard keys.insert(key, among: pairs) else { return nil }
                let keyColumn = columnOf(keyStart)
                position += 2
                while position < end && bytes[position] == 0x20 { position += 1 }
                let valueStart = position
                guard position < end else { return nil }
                let first = bytes[position]
                if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") {
                    guard position + 1 < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position + 1])
                    else { return nil }
                } else {
                    guard Self.isKeyByte(first) else { return nil }
                }
                while position < end && Self.isFlowValueByte(bytes[position]) { position += 1 }
                let value = YAMLNode(
                    .scalar(YAMLScalar(text: text(valueStart, position), isPlain: true)), line: line,
                    column: columnOf(valueStart))
                pairs.append(YAMLPair(key: key, keyLine: line, keyColumn: keyColumn, value: value))
                while position < end && bytes[position] == 0x20 { position += 1 }
                guard position < end else { return nil }
                if bytes[position] == UInt8(ascii: "}") { break }
                guard bytes[position] == UInt8(ascii: ",") else { return nil }
                position += 1
            }
            guard restIsEmpty(position + 1) else { return nil }
            return YAMLNode(.mapping(pairs), line: line, column: column(index))
        }

        /// A block scalar (`>`, `>-`, `|`, `|-`) whose lines are all indented alike, non-empty,
        /// without trailing spaces and each ended by `\n`. Afterwards the cursor is on the next
        /// content line.
        mutating func blockScalar(_ index: Int, parentIndent: Int) -> YAMLScalar? {
            let folded = bytes[index] == UInt8(ascii: ">")
            var headerEnd = index + 1
            let strip = headerEnd < end && bytes[headerEnd] == UInt8(ascii: "-")
            if strip { headerEnd += 1 }
            guard headerEnd == end, nextLine(), !atEnd else { return nil }
            let contentIndent = indent
            guard contentIndent > parentIndent else { return nil }
            var buffer: [UInt8] = []
            while !atEnd && indent >= contentIndent {
                guard indent == contentIndent, start + indent < end, bytes[end - 1] != 0x20, end < bytes.count
                else { return nil }
                if !buffer.isEmpty { buffer.append(folded ? 0x20 : 0x0A) }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(start + indent)..<end]))
                guard nextLine() else { return nil }
            }
            // A blank line could still belong to the scalar: leave that to Yams.
            guard atEnd || start + indent < end else { return nil }
            guard skipIgnorable() else { return nil }
            if !strip { buffer.append(0x0A) }
            return YAMLScalar(text: String(decoding: buffer, as: UTF8.self), isPlain: false)
        }
    }
}
