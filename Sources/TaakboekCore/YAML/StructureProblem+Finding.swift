extension YAMLLoader.StructureProblem {
    /// The finding for this problem, with what to write instead; nil for nesting too deep, which
    /// the loader reports with the limit.
    var parseProblem: ParseProblem? {
        switch self {
        case .tooDeep:
            return nil
        case .notUsed(let construct, let line, let column):
            return ParseProblem(.forbiddenFeature, line: line, column: column, construct.message, fatal: true)
        case .commentWithoutSpace(let line, let column):
            return ParseProblem(.syntax, line: line, column: column, Self.commentWithoutSpace, fatal: true)
        case .quotedLineNotIndented(let line, let column):
            return ParseProblem(.syntax, line: line, column: column, Self.quotedLineNotIndented, fatal: true)
        case .questionMarkInFlow(let line, let column):
            return ParseProblem(.forbiddenFeature, line: line, column: column, Self.questionMarkInFlow, fatal: true)
        case .blockScalarEndsInSpaces(let line, let column):
            return ParseProblem(.forbiddenFeature, line: line, column: column, Self.blockScalarEndsInSpaces, fatal: true)
        }
    }

    static let commentWithoutSpace = LocalizedText(
        nl:
            "ongeldige YAML: een # direct na een aanhalingsteken begint geen commentaar; zet er een spatie voor (\"har\" # opmerking)",
        en:
            "invalid YAML: a # right after a closing quote does not start a comment; put a space before it (\"har\" # remark)")

    static let quotedLineNotIndented = LocalizedText(
        nl:
            "ongeldige YAML: deze regel zet tekst tussen aanhalingstekens voort maar springt niet in; laat hem met spaties inspringen, of zet de tekst op één regel",
        en:
            "invalid YAML: this line continues quoted text but is not indented; indent it with spaces, or put the text on one line")

    static let questionMarkInFlow = LocalizedText(
        nl:
            "dit is geldige YAML die records niet toestaan: een ? aan het begin van een waarde of sleutel tussen [ ] of { } (libyaml leest die anders dan de YAML-specificatie); zet de tekst tussen aanhalingstekens (\"?x\")",
        en:
            "this is valid YAML that records do not allow: a ? at the start of a value or key inside [ ] or { } (libyaml reads it otherwise than the YAML spec); put the text in quotes (\"?x\")")

    static let blockScalarEndsInSpaces = LocalizedText(
        nl:
            "dit is geldige YAML die records niet toestaan: het bestand eindigt, zonder regeleinde, in een regel met alleen spaties na een tekstblok (libyaml laat dan het laatste regeleinde van de tekst weg); verwijder de spaties of eindig het bestand met een regeleinde",
        en:
            "this is valid YAML that records do not allow: the file ends, without a line break, in a line of only spaces after a text block (libyaml then drops the text's last line break); remove the spaces or end the file with a line break")
}
