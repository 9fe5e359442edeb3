import Foundation

/// Text for a man page in mdoc, escaped so any help text comes out as written: backslashes as
/// `\e`, a dot or apostrophe that would start a request guarded by `\&`, and every non-ASCII
/// character as `\[uXXXX]`, which groff and mandoc both render (Dutch needs é, ë, ï, – and →;
/// swift-argument-parser's own generate-manual drops every non-ASCII character instead).
enum Roff {
    /// One or more text lines (paragraph breaks become `.Pp`).
    static func textLines(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if let last = lines.last, last != ".Pp" { lines.append(".Pp") }
                continue
            }
            // A line break in a help text is meant (the Dutch and English lines of the root's
            // discussion); roff would otherwise fill the lines into one.
            if let last = lines.last, last != ".Pp" { lines.append(".br") }
            lines += inputLines(escape(line))
        }
        while lines.last == ".Pp" { lines.removeLast() }
        return lines
    }

    /// The longest input line written (mandoc's style check asks for at most 80 bytes).
    static let maximumLineLength = 80

    /// One escaped line of help text as roff input lines: each sentence on a line of its own
    /// (roff puts the space of a sentence end only where a line ends in one; mandoc -T lint warns
    /// "new sentence, new line" otherwise), long ones wrapped at a blank; roff fills them again.
    static func inputLines(_ escaped: String) -> [String] {
        var lines: [String] = []
        for sentence in sentences(escaped) {
            var rest = Substring(sentence)
            while rest.utf8.count > maximumLineLength,
                let blank = rest.utf8.prefix(maximumLineLength + 1).lastIndex(of: UInt8(ascii: " "))
            {
                let cut = String.Index(blank, within: rest) ?? rest.endIndex
                lines.append(guarded(String(rest[..<cut])))
                rest = rest[rest.index(after: cut)...].drop { $0 == " " }
            }
            if !rest.isEmpty { lines.append(guarded(String(rest))) }
        }
        return lines
    }

    /// A line split after every `.`, `?` or `!` (and closing quotes or brackets) followed by a
    /// blank and more text.
    static func sentences(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            current.append(characters[index])
            if ".?!".contains(characters[index]) {
                var end = index + 1
                while end < characters.count, "\"')]".contains(characters[end]) {
                    current.append(characters[end])
                    end += 1
                }
                if end < characters.count, characters[end] == " " {
                    var next = end
                    while next < characters.count, characters[next] == " " { next += 1 }
                    if next < characters.count {
                        result.append(current)
                        current = ""
                        index = next
                        continue
                    }
                }
                index = end
                continue
            }
            index += 1
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A text line that would start with a request character (`.` or `'`) guarded by `\&`.
    static func guarded(_ line: String) -> String {
        line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
    }

    /// A macro argument: quoted when it holds a blank, with `"` as `\(dq`.
    static func argument(_ text: String) -> String {
        let escaped = escape(text.replacingOccurrences(of: "\n", with: " ")).replacingOccurrences(
            of: "\"", with: "\\(dq")
        return escaped.contains(" ") || escaped.isEmpty ? "\"\(escaped)\"" : escaped
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "\t": result += " "
            // A plain hyphen-minus, as in `git log -- <pad>` (mandoc reads a verbatim "--" as a
            // dash written the wrong way).
            case "-": result += "\\-"
            default:
                if scalar.isASCII {
                    result.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
                }
            }
        }
        return result
    }
}
