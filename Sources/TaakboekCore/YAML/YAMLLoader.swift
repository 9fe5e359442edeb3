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
            return Loaded(root: nil, problems: [problem(from: error).keptInside(text)])
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
        var converter = Converter(lastContentLine: lastContentLine(of: text))
        let converted = converter.convert(root)
        // Anchors are weak references held by the parser: keep it alive until conversion is done.
        withExtendedLifetime(parser) {}
        return Loaded(root: converter.isFatal ? nil : converted, problems: converter.problems)
    }

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

    static func problem(from error: YamlError) -> ParseProblem {
        func syntax(_ problem: String, _ mark: Mark?) -> ParseProblem {
            ParseProblem(
                .syntax, line: mark?.line ?? 1, column: mark?.column ?? 1,
                LocalizedText(
                    nl: "ongeldige YAML: \(problem)", en: "invalid YAML: \(problem)"),
                fatal: true)
        }
        switch error {
        case let .scanner(context, problem, mark, _):
            return syntax(describe(problem, context), mark)
        case let .parser(context, problem, mark, _):
            return syntax(describe(problem, context), mark)
        case let .composer(context, problem, mark, _):
            if problem.contains("undefined alias") {
                return ParseProblem(
                    .forbiddenFeature, line: mark.line, column: mark.column,
                    LocalizedText(
                        nl: "YAML-aliassen (*naam) zijn in records niet toegestaan; schrijf de waarde uit",
                        en: "YAML aliases (*name) are not allowed in records; write the value out"),
                    fatal: true)
            }
            return syntax(describe(problem, context), mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.joined(separator: ", ")
            return ParseProblem(
                .syntax, line: context.mark.line, column: context.mark.column,
                LocalizedText(
                    nl: "dubbele sleutel \(keys); elk veld mag maar één keer voorkomen",
                    en: "duplicate key \(keys); each field may occur only once"),
                fatal: true)
        case let .reader(problem, _, _, _):
            return syntax(problem, nil)
        default:
            return syntax("\(error)", nil)
        }
    }

    private static func describe(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context, !context.text.isEmpty else { return problem }
        return "\(problem) (\(context.text))"
    }
}
