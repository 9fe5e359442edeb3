/// libyaml's problems (English, for programmers) as a clerk can act on them, in Dutch and
/// English: what is wrong in words about the record, and what to write instead, with the
/// corrected line where it can be given. Every problem libyaml's scanner and parser can report
/// is listed (`libyamlProblems`, from its scanner.c and parser.c); one that is not, should a new
/// libyaml add it, gets a general text that still names the place and no English of libyaml's.
public enum YAMLProblemText {
    /// A translated problem, with the corrected source line when one follows from it.
    public struct Text: Sendable, Hashable {
        public let message: LocalizedText
        /// The line as it should read (`opmerking: "… De Hoeve: 3 personen"`), for a fix.
        public let correctedLine: String?
        /// Where the problem really is, when libyaml's mark is elsewhere (a tab's own column).
        public let column: Int?
    }

    /// The text for libyaml's `problem` (and its `context`, "while scanning …") at `line`
    /// (1-based) and `column`, with `source` the line's text when known.
    public static func text(problem: String, context: String?, line: Int, column: Int, source: Substring?) -> Text {
        let source = source.map(String.init)
        switch problem {
        case "mapping values are not allowed in this context":
            if let source, let fixed = quotingValue(source) {
                return Text(
                    message: LocalizedText(
                        nl:
                            "een dubbele punt met een spatie erna in een tekst beëindigt in YAML de sleutel, zodat de rest een tweede sleutel lijkt; zet de tekst tussen aanhalingstekens: \(fixed)",
                        en:
                            "a colon followed by a space inside a text ends the key in YAML, so the rest looks like a second key; put the text in quotes: \(fixed)"),
                    correctedLine: fixed, column: nil)
            }
            return Text(
                message: LocalizedText(
                    nl:
                        "hier staat een sleutel (een dubbele punt met een spatie erna) waar geen sleutel kan beginnen: na een waarde op dezelfde regel, of verkeerd ingesprongen; zet tekst met ': ' tussen aanhalingstekens, of zet de sleutel op een eigen regel",
                    en:
                        "a key (a colon followed by a space) stands where no key can start: after a value on the same line, or wrongly indented; put text with ': ' in quotes, or put the key on a line of its own"),
                correctedLine: nil, column: nil)
        case "mapping keys are not allowed in this context":
            if let source, let (key, value) = keyAndValue(source), value.hasPrefix("?") {
                let fixed = value == "?" ? "\(indentation(source))\(key): onbekend" : "\(indentation(source))\(key): \(quoted(value))"
                return Text(
                    message: LocalizedText(
                        nl:
                            "een ? aan het begin van een waarde begint in YAML een sleutel; is het cijfer niet bekend, schrijf dan `onbekend`, anders de tekst tussen aanhalingstekens: \(fixed)",
                        en:
                            "a ? at the start of a value starts a key in YAML; if the figure is not known, write `onbekend`, otherwise the text in quotes: \(fixed)"),
                    correctedLine: fixed, column: nil)
            }
            return Text(
                message: LocalizedText(
                    nl:
                        "een ? aan het begin van een waarde begint in YAML een sleutel, en die kan hier niet; zet de tekst tussen aanhalingstekens, of schrijf `onbekend` voor een cijfer dat niet bekend is",
                    en:
                        "a ? at the start of a value starts a key in YAML, which cannot be here; put the text in quotes, or write `onbekend` for a figure that is not known"),
                correctedLine: nil, column: nil)
        case "found character that cannot start any token":
            if let source, let tab = tabColumn(source, near: column) { return tabText(source, column: tab) }
            let character = source.flatMap { characterAt($0, column) }
            if let character, let fixed = source.flatMap(quotingValue) {
                return Text(
                    message: LocalizedText(
                        nl:
                            "een waarde mag in YAML niet met `\(character)` beginnen; zet de tekst tussen aanhalingstekens: \(fixed)",
                        en: "a value cannot start with `\(character)` in YAML; put the text in quotes: \(fixed)"),
                    correctedLine: fixed, column: nil)
            }
            return Text(
                message: LocalizedText(
                    nl:
                        "hier staat een teken dat in YAML niets kan beginnen (zoals ` of @ aan het begin van een waarde); zet de tekst tussen aanhalingstekens",
                    en:
                        "a character here cannot start anything in YAML (such as ` or @ at the start of a value); put the text in quotes"),
                correctedLine: nil, column: nil)
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            if let source, let tab = tabColumn(source, near: column) { return tabText(source, column: tab) }
            return tabText(source ?? "", column: column)
        case "could not find expected ':'":
            return plain(
                nl:
                    "na deze sleutel ontbreekt de dubbele punt, of een tekst loopt zonder aanhalingstekens door op de volgende regel; schrijf `sleutel: waarde`, en voor tekst over meer regels `sleutel: >-` met de tekst ingesprongen eronder",
                en:
                    "the colon after this key is missing, or a text without quotes runs on to the next line; write `key: value`, and for text over several lines `key: >-` with the text indented below it")
        case "did not find expected key":
            return plain(
                nl:
                    "hier verwacht YAML een volgende sleutel (`naam: waarde`) op dezelfde inspringing als de sleutels erboven; controleer de spaties vooraan deze regel en of een aanhalingsteken op de regel erboven wordt gesloten",
                en:
                    "YAML expects the next key (`name: value`) here, indented like the keys above; check the spaces at the start of this line and whether a quote on the line above is closed")
        case "did not find expected '-' indicator":
            return plain(
                nl: "in een lijst begint elk element met `- ` op dezelfde inspringing; zet `- ` voor deze regel of laat hem inspringen als de regel erboven",
                en: "in a list every item starts with `- ` at the same indentation; put `- ` before this line or indent it like the line above")
        case "did not find expected node content":
            return plain(
                nl: "hier ontbreekt een waarde (bijvoorbeeld na `-`, na een komma of na een `!`); vul een waarde in of haal het teken weg",
                en: "a value is missing here (for instance after `-`, a comma or a `!`); fill in a value or remove the character")
        case "did not find expected ',' or ']'":
            return plain(
                nl: "een lijst tussen [ ] is niet goed geschreven of niet gesloten; zet komma's tussen de waarden en sluit af met ]",
                en: "a list in [ ] is not written correctly or not closed; put commas between the values and close it with ]")
        case "did not find expected ',' or '}'":
            return plain(
                nl: "velden tussen { } zijn niet goed geschreven of niet gesloten; zet komma's tussen de paren sleutel: waarde en sluit af met }",
                en: "a mapping in { } is not written correctly or not closed; put commas between the pairs and close it with }")
        case "found unexpected end of stream":
            if context == "while scanning a quoted scalar" {
                return plain(
                    nl: "een aanhalingsteken wordt niet gesloten; sluit de tekst af met hetzelfde teken (\" of ') als waarmee hij begint",
                    en: "a quote is not closed; end the text with the same character (\" or ') it starts with")
            }
            return plain(
                nl: "het bestand houdt op midden in een waarde (een niet gesloten aanhalingsteken, [ of {); maak de waarde af",
                en: "the file ends in the middle of a value (an unclosed quote, [ or {); finish the value")
        case "found unknown escape character", "found invalid Unicode character escape code",
            "did not find expected hexdecimal number":
            return plain(
                nl:
                    "in tekst tussen dubbele aanhalingstekens begint \\ een speciaal teken; schrijf \\\\ voor een backslash, of zet de tekst tussen enkele aanhalingstekens ('…')",
                en:
                    "in text between double quotes \\ starts a special character; write \\\\ for a backslash, or put the text between single quotes ('…')")
        case "block sequence entries are not allowed in this context":
            return plain(
                nl: "`- ` (een lijst) staat hier op een plek waar geen lijst kan beginnen; zet de lijst op nieuwe regels onder de sleutel, ingesprongen, of de tekst tussen aanhalingstekens",
                en: "`- ` (a list) stands where no list can start; put the list on new lines below the key, indented, or the text in quotes")
        case "found unexpected ':'":
            return plain(
                nl: "een dubbele punt in een waarde tussen [ ] of { }; zet die waarde tussen aanhalingstekens",
                en: "a colon in a value inside [ ] or { }; put that value in quotes")
        case "did not find expected comment or line break", "did not find expected whitespace or line break",
            "did not find expected whitespace":
            return plain(
                nl:
                    "na de waarde staat nog iets op de regel (bijvoorbeeld na het sluitende aanhalingsteken, of na `>` of `|`); haal het weg, of zet er een spatie en # voor als het commentaar is",
                en:
                    "something follows the value on the line (after the closing quote, or after `>` or `|`); remove it, or put a space and # before it if it is a comment")
        case "found unexpected document indicator":
            return plain(
                nl: "een regel `---` of `...` staat midden in tekst tussen aanhalingstekens; sluit de tekst eerst af, of spring de regel in",
                en: "a `---` or `...` line stands inside quoted text; close the text first, or indent the line")
        case "did not find expected <document start>", "found incompatible YAML document", "found duplicate %YAML directive",
            "found duplicate %TAG directive", "found unknown directive name", "could not find expected directive name",
            "did not find expected version number", "did not find expected digit or '.' character",
            "found extremely long version number":
            return plain(
                nl:
                    "een record is één YAML-document zonder directieven: hier staat een tweede document (na `---` of `...`) of een regel die met % begint; haal die regel weg of zet de tekst tussen aanhalingstekens",
                en:
                    "a record is one YAML document without directives: a second document (after `---` or `...`) or a line starting with % is here; remove that line or put the text in quotes")
        case "did not find expected alphabetic or numeric character":
            return plain(
                nl:
                    "een `&` of `*` aan het begin van een waarde is in YAML een anker of alias, en na het teken ontbreekt de naam; zet de tekst tussen aanhalingstekens",
                en:
                    "a `&` or `*` at the start of a value is an anchor or alias in YAML, and the name after it is missing; put the text in quotes")
        case "did not find expected tag URI", "did not find the expected '>'", "did not find expected '!'",
            "found undefined tag handle", "did not find URI escaped octet", "found an incorrect leading UTF-8 octet",
            "found an incorrect trailing UTF-8 octet":
            return plain(
                nl: "een `!` aan het begin van een waarde is in YAML een tag, en deze is niet te lezen; zet de tekst tussen aanhalingstekens",
                en: "a `!` at the start of a value is a tag in YAML, and this one cannot be read; put the text in quotes")
        case "found an indentation indicator equal to 0", "found unexpected non-alphabetical character":
            return plain(
                nl: "na `>` of `|` (een tekstblok) mag alleen `-`, `+` of een cijfer 1–9 staan; schrijf `>-` en zet de tekst ingesprongen op de regels eronder",
                en: "after `>` or `|` (a text block) only `-`, `+` or a digit 1–9 may follow; write `>-` and put the text indented on the lines below")
        default:
            return plain(
                nl:
                    "deze regel is geen geldige YAML; controleer de dubbele punten (zet tekst met ': ' tussen aanhalingstekens), de aanhalingstekens (gesloten?) en de inspringing (spaties, geen tabs)",
                en:
                    "this line is not valid YAML; check the colons (put text with ': ' in quotes), the quotes (closed?) and the indentation (spaces, no tabs)")
        }
    }

    /// Every problem text libyaml 0.2.5's scanner and parser report (from their sources), each
    /// handled above (a test holds every one of them to a Dutch text).
    public static let libyamlProblems: [String] = [
        "mapping values are not allowed in this context", "mapping keys are not allowed in this context",
        "found character that cannot start any token", "found a tab character that violates indentation",
        "found a tab character where an indentation space is expected", "could not find expected ':'",
        "did not find expected key", "did not find expected '-' indicator", "did not find expected node content",
        "did not find expected ',' or ']'", "did not find expected ',' or '}'", "found unexpected end of stream",
        "found unknown escape character", "found invalid Unicode character escape code",
        "did not find expected hexdecimal number", "block sequence entries are not allowed in this context",
        "found unexpected ':'", "did not find expected comment or line break",
        "did not find expected whitespace or line break", "did not find expected whitespace",
        "found unexpected document indicator", "did not find expected <document start>",
        "found incompatible YAML document", "found duplicate %YAML directive", "found duplicate %TAG directive",
        "found unknown directive name", "could not find expected directive name", "did not find expected version number",
        "did not find expected digit or '.' character", "found extremely long version number",
        "did not find expected alphabetic or numeric character", "did not find expected tag URI",
        "did not find the expected '>'", "did not find expected '!'", "found undefined tag handle",
        "did not find URI escaped octet", "found an incorrect leading UTF-8 octet",
        "found an incorrect trailing UTF-8 octet", "found an indentation indicator equal to 0",
        "found unexpected non-alphabetical character",
    ]

    private static func plain(nl: String, en: String) -> Text {
        Text(message: LocalizedText(nl: nl, en: en), correctedLine: nil, column: nil)
    }

    private static func tabText(_ source: String, column: Int) -> Text {
        let fixed = source.contains("\t") ? source.replacingOccurrences(of: "\t", with: "  ") : nil
        return Text(
            message: LocalizedText(
                nl:
                    "een tab mag in YAML niet voor inspringen (kolom \(column)); gebruik spaties, twee per niveau, en stel de editor in op spaties in plaats van tabs",
                en:
                    "a tab may not be used for indentation in YAML (column \(column)); use spaces, two per level, and set the editor to insert spaces instead of tabs"),
            correctedLine: fixed, column: column)
    }

    /// The column of the tab nearest before (or at) `column` in the line's leading white space.
    private static func tabColumn(_ source: String, near column: Int) -> Int? {
        let characters = Array(source)
        var index = 0
        var tab: Int?
        while index < characters.count, characters[index] == " " || characters[index] == "\t" {
            if characters[index] == "\t" { tab = index + 1 }
            index += 1
        }
        if tab == nil, column - 1 < characters.count, column >= 1, characters[column - 1] == "\t" { tab = column }
        return tab
    }

    private static func characterAt(_ source: String, _ column: Int) -> Character? {
        let characters = Array(source)
        guard column >= 1, column <= characters.count else { return nil }
        let character = characters[column - 1]
        return character == " " ? nil : character
    }

    private static func indentation(_ source: String) -> String { String(source.prefix { $0 == " " }) }

    /// `key: rest of the line` split at the first `: `.
    private static func keyAndValue(_ source: String) -> (String, String)? {
        let trimmed = source.drop { $0 == " " }
        guard let separator = trimmed.range(of: ": ") else { return nil }
        let key = String(trimmed[..<separator.lowerBound])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        var value = String(trimmed[separator.upperBound...])
        while value.last == " " { value.removeLast() }
        while value.first == " " { value.removeFirst() }
        return value.isEmpty ? nil : (key, value)
    }

    /// The line with its value in double quotes, when it is `key: text` and the text is not quoted yet.
    static func quotingValue(_ source: String) -> String? {
        guard let (key, value) = keyAndValue(source), !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        return "\(indentation(source))\(key): \(quoted(value))"
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
