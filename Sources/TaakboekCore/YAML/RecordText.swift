/// Turns the bytes of a record file into text, or says why it cannot. Records are UTF-8 with LF
/// or CRLF line ends (read alike, as YAML reads them), no byte-order mark, at most 1 MiB; anything else is reported with the place of the
/// first offending byte so the clerk can fix it in any editor.
public enum RecordText {
    public static let maximumSize = 1 << 20

    public struct Decoded: Sendable {
        public let text: String?
        public let problems: [ParseProblem]
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        var problems: [ParseProblem] = []
        if bytes.count > maximumSize {
            return Decoded(text: nil, problems: [sizeProblem(bytes.count)])
        }
        var body = bytes[...]
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            problems.append(
                ParseProblem(
                    .file, line: 1, column: 1,
                    LocalizedText(
                        nl: "bestand is UTF-16 gecodeerd; sla het op als UTF-8 (zonder BOM)",
                        en: "file is UTF-16 encoded; save it as UTF-8 (without BOM)"),
                    fatal: true))
            return Decoded(text: nil, problems: problems)
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            problems.append(
                ParseProblem(
                    .file, line: 1, column: 1,
                    LocalizedText(
                        nl: "bestand begint met een byte-order mark (BOM); sla het op als UTF-8 zonder BOM",
                        en: "file starts with a byte-order mark (BOM); save it as UTF-8 without BOM"),
                    fatal: false))
            body = body.dropFirst(3)
        }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            problems.append(
                ParseProblem(
                    .file, line: line, column: column,
                    LocalizedText(
                        nl: "bestand bevat een NUL-byte; het is geen tekstbestand",
                        en: "file contains a NUL byte; it is not a text file"),
                    fatal: true))
            return Decoded(text: nil, problems: problems)
        }
        if let invalid = firstInvalidUTF8(in: body) {
            let (line, column) = position(of: invalid, in: bytes)
            problems.append(
                ParseProblem(
                    .file, line: line, column: column,
                    LocalizedText(
                        nl: "ongeldige UTF-8 op deze plek; sla het bestand op als UTF-8",
                        en: "invalid UTF-8 at this position; save the file as UTF-8"),
                    fatal: true))
            return Decoded(text: nil, problems: problems)
        }
        if let (index, name) = firstYAMLOnlyLineBreak(in: body) {
            let (line, column) = position(of: index, in: bytes)
            problems.append(
                ParseProblem(
                    .file, line: line, column: column,
                    LocalizedText(
                        nl:
                            "bestand bevat het teken \(name.nl), dat YAML als regeleinde leest maar een editor niet (de regelnummers zouden niet kloppen); vervang het door een gewoon regeleinde of een spatie",
                        en:
                            "file contains the character \(name.en), which YAML reads as a line break but an editor does not (line numbers would be off); replace it with a plain line break or a space"
                    ),
                    fatal: true))
            return Decoded(text: nil, problems: problems)
        }
        var text = String(decoding: body, as: UTF8.self)
        if body.contains(0x0D) {
            // CRLF is how Git for Windows (`core.autocrlf=true`) checks a text file out, and YAML
            // reads it as one line break: it is no finding. A lone CR, or LF and CRLF mixed in one
            // file, is a warning: it reads the same, but diffs and some editors show it oddly.
            if let (index, kind) = lineEndIrregularity(in: body) {
                let (line, column) = position(of: index, in: bytes)
                problems.append(
                    ParseProblem(.file, line: line, column: column, kind.message, fatal: false, warning: true))
            }
            text = text.replacingCRLF()
        }
        // Any visible ASCII byte settles it at once; only otherwise are characters examined.
        let hasVisibleASCII = body.contains { $0 > 0x20 && $0 < 0x7F }
        if !hasVisibleASCII && text.allSatisfy({ $0.isWhitespace }) {
            problems.append(
                ParseProblem(
                    .file, line: 0, column: 0,
                    LocalizedText(
                        nl: "bestand is leeg; vul het in of verwijder het",
                        en: "file is empty; fill it in or delete it"),
                    fatal: true))
            return Decoded(text: nil, problems: problems)
        }
        return Decoded(text: text, problems: problems)
    }

    /// The problem of a file over the size limit (also used for files never read into memory).
    public static func sizeProblem(_ size: Int) -> ParseProblem {
        ParseProblem(
            .file, line: 0, column: 0,
            LocalizedText(
                nl:
                    "bestand is \(size) bytes, meer dan de grens van 1 MiB; een record is een klein tekstbestand: splits het of verwijder wat er niet in hoort",
                en:
                    "file is \(size) bytes, over the 1 MiB limit; a record is a small text file: split it or remove what does not belong"
            ),
            fatal: true)
    }

    /// What is irregular about the line ends of a file that has a CR in it.
    enum LineEndIrregularity {
        case loneCR
        case mixed

        var message: LocalizedText {
            switch self {
            case .loneCR:
                LocalizedText(
                    nl:
                        "los CR-teken (oude Mac-regeleinden); taakboek leest het als regeleinde, maar git en de meeste editors niet: sla het bestand op met LF- of CRLF-regeleinden",
                    en:
                        "lone CR character (old Mac line ends); taakboek reads it as a line break, but git and most editors do not: save the file with LF or CRLF line ends"
                )
            case .mixed:
                LocalizedText(
                    nl:
                        "regeleinden zijn gemengd: LF en CRLF (Windows) in één bestand; het wordt goed gelezen, maar kies in de editor één soort regeleinden voor het hele bestand",
                    en:
                        "line ends are mixed: LF and CRLF (Windows) in one file; it reads correctly, but choose one kind of line end for the whole file in the editor"
                )
            }
        }
    }

    /// The first lone CR, or the first line end that differs from the file's first one (a bare LF
    /// in a CRLF file or a CRLF in an LF file); nil when every line end is CRLF.
    static func lineEndIrregularity(in bytes: ArraySlice<UInt8>) -> (Int, LineEndIrregularity)? {
        var firstIsCRLF: Bool?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0D {
                let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
                guard next == 0x0A else { return (index, .loneCR) }
                if firstIsCRLF == nil { firstIsCRLF = true } else if firstIsCRLF == false { return (index, .mixed) }
                index += 2
                continue
            }
            if byte == 0x0A {
                if firstIsCRLF == nil { firstIsCRLF = false } else if firstIsCRLF == true { return (index, .mixed) }
            }
            index += 1
        }
        return nil
    }

    /// 1-based line and column (in bytes) of the byte at `index`.
    static func position(of index: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for offset in 0..<min(index, bytes.count) where bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        return (line, index - lineStart + 1)
    }

    /// The first character YAML 1.1 (libyaml) counts as a line break besides LF and CR: U+0085
    /// NEL, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR (found by fuzzing: a key after a
    /// NEL was reported a line lower than the editor shows it). The bytes are valid UTF-8.
    static func firstYAMLOnlyLineBreak(in bytes: ArraySlice<UInt8>) -> (Int, LocalizedText)? {
        var index = bytes.startIndex
        while let lead = bytes[index...].firstIndex(where: { $0 == 0xC2 || $0 == 0xE2 }) {
            let next = lead + 1 < bytes.endIndex ? bytes[lead + 1] : 0
            if bytes[lead] == 0xC2 && next == 0x85 {
                return (lead, LocalizedText(nl: "U+0085 (volgende regel, NEL)", en: "U+0085 (next line, NEL)"))
            }
            if bytes[lead] == 0xE2 && next == 0x80 && lead + 2 < bytes.endIndex {
                if bytes[lead + 2] == 0xA8 {
                    return (lead, LocalizedText(nl: "U+2028 (regelscheidingsteken)", en: "U+2028 (line separator)"))
                }
                if bytes[lead + 2] == 0xA9 {
                    return (
                        lead, LocalizedText(nl: "U+2029 (alineascheidingsteken)", en: "U+2029 (paragraph separator)")
                    )
                }
            }
            index = lead + 1
        }
        return nil
    }

    /// The index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            var minimum: UInt32
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return index
            }
            minimum = 0
            index += length
        }
        return nil
    }
}

extension String {
    func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if previousWasCR && scalar != "\n" { result.unicodeScalars.append("\n") }
            if scalar == "\r" {
                previousWasCR = true
                continue
            }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        if previousWasCR { result.unicodeScalars.append("\n") }
        return result
    }
}
