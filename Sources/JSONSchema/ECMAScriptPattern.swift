/// Rewrites an ECMA-262 regular expression (JSON Schema's dialect) into ICU syntax, the
/// dialect of `NSRegularExpression`, where the two disagree in ways schemas meet in practice:
///
/// - `$` matches only at the very end (ICU also matches before a final line break);
/// - `\d`, `\w` and their negations are ASCII-only (ICU's are Unicode-aware);
/// - `\s` is ECMA's fixed whitespace set;
/// - `\cX` is a control character;
/// - `[` inside a class is a literal (ICU would start a nested set), as are `&&` pairs;
/// - `[]` never matches and `[^]` matches anything.
///
/// Everything else passes through unchanged, so ICU reports genuinely invalid patterns.
enum ECMAScriptPattern {
    static func icuPattern(for pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var output = ""
        var inClass = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\\":
                guard index < scalars.count else {
                    output += "\\"
                    continue
                }
                let escaped = scalars[index]
                index += 1
                if escaped == "c", index < scalars.count, isASCIILetter(scalars[index]) {
                    output += "\\x{\(String(scalars[index].value % 32, radix: 16))}"
                    index += 1
                } else if let replacement = classEscape(escaped, inClass: inClass) {
                    output += replacement
                } else {
                    output += "\\"
                    output.unicodeScalars.append(escaped)
                }
            case "[" where !inClass:
                if index < scalars.count, scalars[index] == "]" {
                    output += "(?!)"
                    index += 1
                } else if index + 1 < scalars.count, scalars[index] == "^",
                    scalars[index + 1] == "]"
                {
                    output += "[\\x{0}-\\x{10FFFF}]"
                    index += 2
                } else {
                    inClass = true
                    output += "["
                    if index < scalars.count, scalars[index] == "^" {
                        output += "^"
                        index += 1
                    }
                    // A "]" right after "[" or "[^" ends the class in ECMA; it does not in
                    // ICU, so no special case is needed beyond the empty classes above.
                }
            case "[":
                output += "\\["
            case "]" where inClass:
                inClass = false
                output += "]"
            case "&" where inClass:
                output += "\\&"
            case "$" where !inClass:
                output += "\\z"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static let whitespace =
        #"\t\n\x{B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}"#
        + #"\x{202F}\x{205F}\x{3000}\x{FEFF}"#
    private static let notWhitespace =
        #"\x{0}-\x{8}\x{E}-\x{1F}\x{21}-\x{9F}\x{A1}-\x{167F}\x{1681}-\x{1FFF}"#
        + #"\x{200B}-\x{2027}\x{202A}-\x{202E}\x{2030}-\x{205E}\x{2060}-\x{2FFF}"#
        + #"\x{3001}-\x{FEFE}\x{FF00}-\x{10FFFF}"#
    private static let notDigit = "\\x{0}-\\x{2F}\\x{3A}-\\x{10FFFF}"
    private static let notWord =
        "\\x{0}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{5E}\\x{60}\\x{7B}-\\x{10FFFF}"

    /// The ICU spelling of an ECMA class escape, bracketed when outside a class.
    private static func classEscape(_ escaped: Unicode.Scalar, inClass: Bool) -> String? {
        let members: String
        switch escaped {
        case "d": members = "0-9"
        case "D": members = notDigit
        case "w": members = "a-zA-Z0-9_"
        case "W": members = notWord
        case "s": members = whitespace
        case "S": members = notWhitespace
        default: return nil
        }
        return inClass ? members : "[" + members + "]"
    }
}
