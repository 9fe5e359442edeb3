import Yams

extension YAMLLoader {
    /// Walks a Yams node tree once, in document order, building `YAMLNode`s and collecting what
    /// records do not allow.
    struct Converter {
        var problems: [ParseProblem] = []
        var isFatal = false
        /// The last line of the text with something on it. libyaml puts an empty value that has
        /// no text of its own where the next token starts, which may be the end of the stream:
        /// past every line a finding could point at (found by fuzzing).
        let lastContentLine: Int
        /// The text's UTF-8 bytes and where each line starts, to see what a node's mark points at:
        /// Yams reports the non-specific tag `!` as no tag at all (`personen: ! 23` came out as the
        /// number 23, where the spec reads the string "23").
        let bytes: [UInt8]
        let lineStarts: [Int]

        init(lastContentLine: Int = .max, text: String = "") {
            self.lastContentLine = lastContentLine
            bytes = Array(text.utf8)
            var starts = [0]
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
            lineStarts = starts
        }

        /// Whether the node at a 1-based line and column (in characters) starts with `!`: a tag
        /// written there, which Yams may not report.
        func startsWithTag(_ line: Int, _ column: Int) -> Bool {
            guard line >= 1, line <= lineStarts.count, column >= 1 else { return false }
            var index = lineStarts[line - 1]
            var characters = 1
            while index < bytes.count, characters < column, bytes[index] != UInt8(ascii: "\n") {
                index += 1
                if index < bytes.count, bytes[index] & 0xC0 != 0x80 { characters += 1 }
            }
            return index < bytes.count && bytes[index] == UInt8(ascii: "!")
        }

        /// `fallback`: where an empty value placed past the last line belongs instead (its key,
        /// its sequence; the document's start for the root).
        mutating func convert(_ node: Node, depth: Int = 0, fallback: (line: Int, column: Int) = (1, 1))
            -> YAMLNode
        {
            var line = node.mark?.line ?? 0
            var column = node.mark?.column ?? 0
            if case .scalar(let scalar) = node, scalar.string.isEmpty, scalar.style == .plain || scalar.style == .any,
                line > lastContentLine
            {
                (line, column) = fallback
            }
            if depth > YAMLLoader.maximumNesting {
                refuse(
                    line, column,
                    LocalizedText(
                        nl: "te diep geneste YAML; een record is een platte lijst van velden",
                        en: "YAML nested too deeply; a record is a flat list of fields"))
                return YAMLNode(.scalar(YAMLScalar(text: "", isPlain: false)), line: line, column: column)
            }
            if hasAnchor(node) {
                refuse(line, column, YAMLLoader.anchorMessage)
                return YAMLNode(.scalar(YAMLScalar(text: "", isPlain: false)), line: line, column: column)
            }
            switch node {
            case .scalar(let scalar):
                let tag = scalar.tag.description
                let isPlain = scalar.style == .plain || scalar.style == .any
                // Quoted and block scalars are strings; Yams marks some of them `str` itself.
                if YAMLLoader.isExplicit(tag) && !(tag == "tag:yaml.org,2002:str" && !isPlain) {
                    refuseTag(tag, line, column)
                } else if startsWithTag(line, column) {
                    refuseTag("!", line, column)
                }
                return YAMLNode(.scalar(YAMLScalar(text: scalar.string, isPlain: isPlain)), line: line, column: column)
            case .mapping(let mapping):
                let tag = mapping.tag.description
                if YAMLLoader.isExplicit(tag) || startsWithTag(line, column) { refuseTag(tag, line, column) }
                var pairs: [YAMLPair] = []
                for (key, value) in mapping {
                    guard let keyText = textKey(key) else { continue }
                    let keyLine = key.mark?.line ?? line
                    let keyColumn = key.mark?.column ?? column
                    var converted = convert(value, depth: depth + 1, fallback: (keyLine, keyColumn))
                    // An explicit key without a value (`? naam`): libyaml puts the empty value where
                    // the next token starts, lines later (a letter's closing `---`, or past the end
                    // of the file). It belongs to its key (found by fuzzing).
                    if let scalar = converted.scalar, scalar.text.isEmpty, scalar.isPlain, converted.line > keyLine {
                        converted = YAMLNode(converted.content, line: keyLine, column: keyColumn)
                    }
                    pairs.append(YAMLPair(key: keyText, keyLine: keyLine, keyColumn: keyColumn, value: converted))
                    if isFatal { break }
                }
                return YAMLNode(.mapping(pairs), line: line, column: column)
            case .sequence(let sequence):
                let tag = sequence.tag.description
                if YAMLLoader.isExplicit(tag) || startsWithTag(line, column) { refuseTag(tag, line, column) }
                var items: [YAMLNode] = []
                for item in sequence {
                    items.append(convert(item, depth: depth + 1, fallback: (line, column)))
                    if isFatal { break }
                }
                return YAMLNode(.sequence(items), line: line, column: column)
            case .alias:
                refuse(line, column, YAMLLoader.anchorMessage)
                return YAMLNode(.scalar(YAMLScalar(text: "", isPlain: false)), line: line, column: column)
            }
        }

        private mutating func textKey(_ key: Node) -> String? {
            if hasAnchor(key) {
                refuse(key.mark?.line ?? 0, key.mark?.column ?? 0, YAMLLoader.anchorMessage)
                return nil
            }
            guard case .scalar(let scalar) = key else {
                refuse(
                    key.mark?.line ?? 0, key.mark?.column ?? 0,
                    LocalizedText(
                        nl: "een sleutel moet een veldnaam zijn, geen lijst of mapping",
                        en: "a key must be a field name, not a list or mapping"))
                return nil
            }
            return scalar.string
        }

        private func hasAnchor(_ node: Node) -> Bool {
            switch node {
            case .scalar(let scalar): scalar.anchor != nil
            case .mapping(let mapping): mapping.anchor != nil
            case .sequence(let sequence): sequence.anchor != nil
            case .alias: true
            }
        }

        private mutating func refuseTag(_ resolved: String, _ line: Int, _ column: Int) {
            // As written: `!!str`, not the name it resolves to.
            let prefix = "tag:yaml.org,2002:"
            let tag = resolved.isEmpty ? "!" : resolved.hasPrefix(prefix) ? "!!" + resolved.dropFirst(prefix.count) : resolved
            refuse(
                line, column,
                LocalizedText(
                    nl:
                        "dit is geldige YAML die records niet toestaan: de tag \(tag) verandert hoe een waarde gelezen wordt (`! 23` is de tekst \"23\", geen getal); laat de tag weg, en zet tekst tussen aanhalingstekens",
                    en:
                        "this is valid YAML that records do not allow: the tag \(tag) changes how a value is read (`! 23` is the text \"23\", not a number); remove the tag, and put text in quotes"
                ))
        }

        private mutating func refuse(_ line: Int, _ column: Int, _ message: LocalizedText) {
            problems.append(ParseProblem(.forbiddenFeature, line: line, column: column, message, fatal: true))
            isFatal = true
        }
    }
}
