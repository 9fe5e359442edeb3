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
            var escaped = escape(line)
            if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
            // A line break in a help text is meant (the Dutch and English lines of the root's
            // discussion); roff would otherwise fill the lines into one.
            if let last = lines.last, last != ".Pp" { lines.append(".br") }
            lines.append(escaped)
        }
        while lines.last == ".Pp" { lines.removeLast() }
        return lines
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
