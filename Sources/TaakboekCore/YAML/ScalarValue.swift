/// What a YAML scalar means in a record. Records follow YAML 1.2's core schema for plain scalars,
/// but a number must be written as a plain decimal integer: every other notation (`1e3`, `0x1F`,
/// `012`, `+5`, `.inf`) is read as the number it denotes and reported, since two editors may read
/// it differently.
public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)

    public struct Interpretation: Sendable, Hashable {
        public let value: ScalarValue
        /// Why the notation is not allowed, when it is not.
        public let notationProblem: LocalizedText?
    }

    public static func interpret(_ scalar: YAMLScalar) -> Interpretation { scalar.interpretation }

    static func interpret(text: String, isPlain: Bool) -> Interpretation {
        guard isPlain else { return Interpretation(value: .string(text), notationProblem: nil) }
        switch text {
        case "", "~", "null", "Null", "NULL": return Interpretation(value: .null, notationProblem: nil)
        case "true", "True", "TRUE": return Interpretation(value: .bool(true), notationProblem: nil)
        case "false", "False", "FALSE": return Interpretation(value: .bool(false), notationProblem: nil)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
            let value: Double =
                text.hasSuffix("nan") || text.hasSuffix("NaN") || text.hasSuffix("NAN")
                ? .nan : (text.hasPrefix("-") ? -.infinity : .infinity)
            return Interpretation(
                value: .number(value),
                notationProblem: LocalizedText(
                    nl: "'\(text)' is geen aantal; schrijf een geheel getal of `onbekend`",
                    en: "'\(text)' is not a count; write a whole number or `onbekend`"))
        default: break
        }
        if let decimal = decimalInteger(text) { return decimal }
        if let radix = radixInteger(text) { return radix }
        if let float = floatingPoint(text) { return float }
        return Interpretation(value: .string(text), notationProblem: nil)
    }

    private static func decimalInteger(_ text: String) -> Interpretation? {
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = String(first)
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let value = Int(sign == "-" ? "-" + digits : String(digits)) else {
            return Interpretation(
                value: .number(Double(text) ?? .infinity),
                notationProblem: LocalizedText(
                    nl: "getal \(text) is te groot; een aantal personen past ruim in \(Int.max)",
                    en: "number \(text) is too large; a count of persons fits easily in \(Int.max)"))
        }
        if sign == "+" {
            return Interpretation(
                value: .integer(value),
                notationProblem: LocalizedText(
                    nl: "schrijf \(digits) zonder plusteken", en: "write \(digits) without a plus sign"))
        }
        if digits.count > 1 && digits.first == "0" {
            let plain = String(value)
            return Interpretation(
                value: .integer(value),
                notationProblem: LocalizedText(
                    nl: "getal met voorloopnul (\(text)); schrijf \(plain), of zet tekst tussen aanhalingstekens",
                    en: "number with a leading zero (\(text)); write \(plain), or quote it if it is text"))
        }
        return Interpretation(value: .integer(value), notationProblem: nil)
    }

    private static func radixInteger(_ text: String) -> Interpretation? {
        let lower = text.lowercased()
        let radix: Int
        let prefix: String
        if lower.hasPrefix("0x") {
            radix = 16
            prefix = "0x"
        } else if lower.hasPrefix("0o") {
            radix = 8
            prefix = "0o"
        } else {
            return nil
        }
        let digits = lower.dropFirst(prefix.count)
        guard !digits.isEmpty, let value = Int(digits, radix: radix) else { return nil }
        return Interpretation(
            value: .integer(value),
            notationProblem: LocalizedText(
                nl: "getal in \(radix == 16 ? "hexadecimale" : "octale") notatie (\(text)); schrijf \(value)",
                en: "number in \(radix == 16 ? "hexadecimal" : "octal") notation (\(text)); write \(value)"))
    }

    private static func floatingPoint(_ text: String) -> Interpretation? {
        var index = text.startIndex
        func skipDigits() -> Int {
            var count = 0
            while index < text.endIndex, text[index].isASCII, text[index].isNumber {
                index = text.index(after: index)
                count += 1
            }
            return count
        }
        if index < text.endIndex, text[index] == "-" || text[index] == "+" { index = text.index(after: index) }
        var mantissaDigits = skipDigits()
        var hasFraction = false
        if index < text.endIndex, text[index] == "." {
            hasFraction = true
            index = text.index(after: index)
            mantissaDigits += skipDigits()
        }
        guard mantissaDigits > 0 else { return nil }
        var hasExponent = false
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            hasExponent = true
            index = text.index(after: index)
            if index < text.endIndex, text[index] == "-" || text[index] == "+" { index = text.index(after: index) }
            guard skipDigits() > 0 else { return nil }
        }
        guard index == text.endIndex, hasFraction || hasExponent, let value = Double(text) else { return nil }
        let isWhole = value.isFinite && value == value.rounded()
        guard isWhole else {
            // A fraction: the schema says the field wants a whole number.
            return Interpretation(value: .number(value), notationProblem: nil)
        }
        let plain = abs(value) < 1e15 ? String(Int(value)) : text
        return Interpretation(
            value: .number(value),
            notationProblem: LocalizedText(
                nl: "getal als kommagetal of met exponent geschreven (\(text)); schrijf \(plain)",
                en: "number written as a decimal fraction or with an exponent (\(text)); write \(plain)"))
    }
}
