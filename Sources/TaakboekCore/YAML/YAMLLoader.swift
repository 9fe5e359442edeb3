import Foundation
import Yams

/// Parses record text with Yams and converts it to a `YAMLNode` tree, refusing what records do not
/// allow. Anchors and aliases are refused as soon as the first anchored node is met, before any
/// alias is expanded, so an alias bomb costs no more than its text.
public enum YAMLLoader {
    /// Deeper flow nesting than this is refused before Yams sees it (its composer recurses).
    public static let maximumNesting = 64

    public struct Loaded: Sendable {
        public let root: YAMLNode?
        public let problems: [ParseProblem]
    }

    /// Reads `text` with `FastYAMLReader` when it stays within its subset, otherwise with Yams.
    public static func load(_ text: String) -> Loaded {
        if usesFastReader, let root = FastYAMLReader.read(text) { return Loaded(root: root, problems: []) }
        return loadWithYams(text)
    }

    /// `TAAKBOEK_YAML_READER=yams` sends every record through Yams: the benchmark's A/B of what
    /// `FastYAMLReader` saves (`benchmarks/national-rev.sh`). Results are the same either way.
    static let usesFastReader: Bool = {
        guard let value = getenv("TAAKBOEK_YAML_READER") else { return true }
        return String(cString: value) != "yams"
    }()

    /// The full path: refuses deep flow nesting, parses with Yams and converts its tree. Public
    /// for the fuzz harness that holds `FastYAMLReader` to reading what this reads.
    public static func loadWithYams(_ text: String) -> Loaded {
        // What libyaml would read otherwise than the spec, or call invalid where the spec does not.
        if let structure = structureProblem(in: text), var problem = structure.parseProblem {
            problem.correctedLine = correctedLine(for: structure, in: text)
            return Loaded(root: nil, problems: [problem])
        }
        if let (line, column) = excessiveNesting(in: text) {
            return Loaded(
                root: nil,
                problems: [
                    ParseProblem(
                        .forbiddenFeature, line: line, column: column,
                        LocalizedText(
                            nl:
                                "te diep geneste YAML (meer dan \(maximumNesting) niveaus); een record is een platte lijst van velden",
                            en:
                                "YAML nested too deeply (over \(maximumNesting) levels); a record is a flat list of fields"
                        ),
                        fatal: true)
                ])
        }
        let root: Node?
        let parser: Parser
        do {
            // An explicit encoding: Yams' default reads the process environment on every parse.
            parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            // An anchor or alias can make keys equal (`&a bron: x` then `*a : y`) or cause other
            // errors; records refuse anchors anyway, and that is the finding.
            if let (line, column) = firstAnchorOrAlias(in: text) {
                return Loaded(root: nil, problems: [anchorProblem(line, column)])
            }
            // libyaml refuses some tabs the spec allows (in a block scalar's lines, for one);
            // records use none.
            if let tab = text.utf8.firstIndex(of: UInt8(ascii: "\t")) {
                let before = text.utf8[..<tab]
                let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.utf8.startIndex
                let column = text[lineStart..<tab].unicodeScalars.count + 1
                return Loaded(
                    root: nil,
                    problems: [ParseProblem(.forbiddenFeature, line: line, column: column, Construct.tab.message, fatal: true)])
            }
            return Loaded(root: nil, problems: [problem(from: error, text: text).keptInside(text)])
        } catch {
            return Loaded(
                root: nil,
                problems: [
                    ParseProblem(.syntax, line: 1, column: 1, LocalizedText("\(error)"), fatal: true)
                ])
        }
        guard let root else {
            return Loaded(
                root: nil,
                problems: [
                    ParseProblem(
                        .file, line: 0, column: 0,
                        LocalizedText(
                            nl: "bestand bevat alleen commentaar; vul de velden in",
                            en: "file contains only comments; fill in the fields"),
                        fatal: true)
                ])
        }
        var converter = Converter(lastContentLine: lastContentLine(of: text), text: text)
        let converted = converter.convert(root)
        // Anchors are weak references held by the parser: keep it alive until conversion is done.
        withExtendedLifetime(parser) {}
        return Loaded(root: converter.isFatal ? nil : converted, problems: converter.problems)
    }

    static func anchorProblem(_ line: Int, _ column: Int) -> ParseProblem {
        ParseProblem(.forbiddenFeature, line: line, column: column, anchorMessage, fatal: true)
    }

    /// Why anchors and aliases are refused, wherever one is met (as a value or as a key).
    static let anchorMessage = LocalizedText(
        nl:
            "dit is geldige YAML die records niet toestaan: ankers en aliassen (&naam, *naam) laten een waarde naar een andere verwijzen, wat een lezer van het bestand niet ziet; schrijf elke waarde uit",
        en:
            "this is valid YAML that records do not allow: anchors and aliases (&name, *name) make one value refer to another, which a reader of the file does not see; write every value out"
    )

    /// The 1-based number of the last line holding anything but spaces, tabs and line breaks.
    static func lastContentLine(of text: String) -> Int {
        var line = 1
        var last = 1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                last = line
            }
        }
        return last
    }

    /// Yams leaves a node without an explicit tag unresolved (an empty name), or marks it
    /// non-specific (`!`, a quoted scalar); any other tag name was written explicitly.
    static func isExplicit(_ tagName: String) -> Bool { !(tagName.isEmpty || tagName == "!") }

    static func problem(from error: YamlError, text: String = "") -> ParseProblem {
        // libyaml's English problem, said as a clerk can act on it (YAMLProblemText).
        func syntax(_ problem: String, _ context: YamlError.Context?, _ mark: Mark?) -> ParseProblem {
            let line = mark?.line ?? 1
            let column = mark?.column ?? 1
            let translated = YAMLProblemText.text(
                problem: problem, context: context?.text, line: line, column: column, source: sourceLine(line, of: text))
            var parsed = ParseProblem(
                .syntax, line: line, column: translated.column ?? column,
                LocalizedText(nl: "ongeldige YAML: " + translated.message.nl, en: "invalid YAML: " + translated.message.en),
                fatal: true)
            parsed.correctedLine = translated.correctedLine
            return parsed
        }
        switch error {
        case let .scanner(context, problem, mark, _):
            return syntax(problem, context, mark)
        case let .parser(context, problem, mark, _):
            return syntax(problem, context, mark)
        case let .composer(context, problem, mark, _):
            if problem.contains("undefined alias") {
                return ParseProblem(
                    .forbiddenFeature, line: mark.line, column: mark.column,
                    LocalizedText(
                        nl: "YAML-aliassen (*naam) zijn in records niet toegestaan; schrijf de waarde uit",
                        en: "YAML aliases (*name) are not allowed in records; write the value out"),
                    fatal: true)
            }
            return syntax(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            // A key that is a list or mapping has no text to name; records refuse such keys.
            if duplicates.contains(where: { $0.hasPrefix("<") }) {
                return ParseProblem(
                    .forbiddenFeature, line: context.mark.line, column: context.mark.column,
                    LocalizedText(
                        nl:
                            "dit is geldige YAML die records niet toestaan: een sleutel die een lijst of mapping is; een sleutel is een veldnaam (naam: waarde)",
                        en:
                            "this is valid YAML that records do not allow: a key that is a list or mapping; a key is a field name (name: value)"
                    ),
                    fatal: true)
            }
            let keys = duplicates.joined(separator: ", ")
            return ParseProblem(
                .syntax, line: context.mark.line, column: context.mark.column,
                LocalizedText(
                    nl: "dubbele sleutel \(keys); elk veld mag maar één keer voorkomen",
                    en: "duplicate key \(keys); each field may occur only once"),
                fatal: true)
        case let .reader(problem, _, _, _):
            return syntax(problem, nil, nil)
        default:
            return syntax("", nil, nil)
        }
    }

    /// The line as it should read for the constructs a clerk types by mistake: a tab as two
    /// spaces, `gehuisvest: ?` as `gehuisvest: onbekend`.
    static func correctedLine(for problem: StructureProblem, in text: String) -> String? {
        guard case .notUsed(let construct, let line, _) = problem, let source = sourceLine(line, of: text) else {
            return nil
        }
        switch construct {
        case .tab:
            return source.replacingOccurrences(of: "\t", with: "  ")
        case .explicitKey:
            let trimmed = source.drop { $0 == " " }
            guard trimmed.hasSuffix(": ?"), !trimmed.hasPrefix("?") else { return nil }
            return String(source.dropLast(1)) + "onbekend"
        default:
            return nil
        }
    }

    /// Line `number` (1-based) of the text, without its line end.
    static func sourceLine(_ number: Int, of text: String) -> Substring? {
        var line = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                if line == number { return text[start..<index] }
                line += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return line == number ? text[start...] : nil
    }
}
