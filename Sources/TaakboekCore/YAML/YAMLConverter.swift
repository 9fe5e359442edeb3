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

        init(lastContentLine: Int = .max) {
            self.lastContentLine = lastContentLine
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
                refuse(
                    line, column,
                    LocalizedText(
                        nl:
                            "YAML-ankers en -aliassen (&naam, *naam) zijn in records niet toegestaan; schrijf elke waarde uit",
                        en: "YAML anchors and aliases (&name, *name) are not allowed in records; write every value out")
                )
                return YAMLNode(.scalar(YAMLScalar(text: "", isPlain: false)), line: line, column: column)
            }
            switch node {
            case .scalar(let scalar):
                let tag = scalar.tag.description
                let isPlain = scalar.style == .plain || scalar.style == .any
                // Quoted and block scalars are strings; Yams marks some of them `str` itself.
                if YAMLLoader.isExplicit(tag) && !(tag == "tag:yaml.org,2002:str" && !isPlain) {
                    refuseTag(tag, line, column)
                }
                return YAMLNode(.scalar(YAMLScalar(text: scalar.string, isPlain: isPlain)), line: line, column: column)
            case .mapping(let mapping):
                let tag = mapping.tag.description
                if YAMLLoader.isExplicit(tag) { refuseTag(tag, line, column) }
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
                if YAMLLoader.isExplicit(tag) { refuseTag(tag, line, column) }
                var items: [YAMLNode] = []
                for item in sequence {
                    items.append(convert(item, depth: depth + 1, fallback: (line, column)))
                    if isFatal { break }
                }
                return YAMLNode(.sequence(items), line: line, column: column)
            case .alias(let alias):
                refuse(
                    line, column,
                    LocalizedText(
                        nl: "YAML-alias *\(alias.anchor.rawValue) is in records niet toegestaan; schrijf de waarde uit",
                        en: "YAML alias *\(alias.anchor.rawValue) is not allowed in records; write the value out"))
                return YAMLNode(.scalar(YAMLScalar(text: "", isPlain: false)), line: line, column: column)
            }
        }

        private mutating func textKey(_ key: Node) -> String? {
            if hasAnchor(key) {
                refuse(
                    key.mark?.line ?? 0, key.mark?.column ?? 0,
                    LocalizedText(
                        nl: "YAML-ankers en -aliassen zijn in records niet toegestaan",
                        en: "YAML anchors and aliases are not allowed in records"))
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

        private mutating func refuseTag(_ tag: String, _ line: Int, _ column: Int) {
            refuse(
                line, column,
                LocalizedText(
                    nl: "YAML-tag \(tag) is in records niet toegestaan; laat de tag weg",
                    en: "YAML tag \(tag) is not allowed in records; remove the tag"))
        }

        private mutating func refuse(_ line: Int, _ column: Int, _ message: LocalizedText) {
            problems.append(ParseProblem(.forbiddenFeature, line: line, column: column, message, fatal: true))
            isFatal = true
        }
    }
}
