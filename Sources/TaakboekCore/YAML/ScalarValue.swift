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

    /// Reads the UTF-8 bytes of an ASCII scalar (every scalar of every record comes through here);
    /// a scalar with any other byte, or without contiguous storage, is read by
    /// `interpretReference`, the Character-based reading this one must always agree with.
    static func interpret(text: String, isPlain: Bool) -> Interpretation {
        guard isPlain else { return Interpretation(value: .string(text), notationProblem: nil) }
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Interpretation? in
            ASCIIBytes.isASCII(bytes) ? interpretASCII(text, bytes) : nil
        }
        if case .some(.some(let interpretation)) = fast { return interpretation }
        return interpretReference(text: text, isPlain: true)
    }

    /// `interpret(text:isPlain:)` for a plain scalar whose bytes are all ASCII. On ASCII text a
    /// Character is one byte, except "\r\n", which equals none of the characters looked for here,
    /// just as "\r" does not.
    private static func interpretASCII(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Interpretation {
        if let keyword = keyword(text, bytes) { return keyword }
        if let decimal = decimalInteger(text, bytes) { return decimal }
        if let radix = radixInteger(text, bytes) { return radix }
        if let float = floatingPoint(text, bytes) { return float }
        return Interpretation(value: .string(text), notationProblem: nil)
    }

    private static let nullWords: [StaticString] = ["~", "null", "Null", "NULL"]
    private static let trueWords: [StaticString] = ["true", "True", "TRUE"]
    private static let falseWords: [StaticString] = ["false", "False", "FALSE"]
    private static let infinityWords: [StaticString] = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ]
    private static let nanWords: [StaticString] = [".nan", ".NaN", ".NAN"]

    /// The empty scalar and the core schema's words for null, booleans, infinity and NaN.
    private static func keyword(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Interpretation? {
        // The longest word has five bytes.
        guard bytes.count <= 5 else { return nil }
        func isOne(of words: [StaticString]) -> Bool { words.contains { ASCIIBytes.equal(bytes, $0) } }
        if bytes.isEmpty || isOne(of: nullWords) { return Interpretation(value: .null, notationProblem: nil) }
        if isOne(of: trueWords) { return Interpretation(value: .bool(true), notationProblem: nil) }
        if isOne(of: falseWords) { return Interpretation(value: .bool(false), notationProblem: nil) }
        if isOne(of: nanWords) {
            return Interpretation(value: .number(.nan), notationProblem: specialNumberProblem(text))
        }
        if isOne(of: infinityWords) {
            let value: Double = bytes[0] == UInt8(ascii: "-") ? -.infinity : .infinity
            return Interpretation(value: .number(value), notationProblem: specialNumberProblem(text))
        }
        return nil
    }

    /// An optional sign and ASCII digits.
    private static func decimalInteger(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Interpretation? {
        let sign = bytes.first
        let start = sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") ? 1 : 0
        guard start < bytes.count else { return nil }
        // Accumulated as a negative number, so that Int.min fits.
        var negative = 0
        var overflow = false
        for byte in bytes[start...] {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times10, overflow1) = negative.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.subtractingReportingOverflow(Int(digit))
            overflow = overflow || overflow1 || overflow2
            negative = next
        }
        let value: Int? =
            overflow ? nil : sign == UInt8(ascii: "-") ? negative : (negative == .min ? nil : -negative)
        guard let value else {
            return Interpretation(value: .number(Double(text) ?? .infinity), notationProblem: tooLargeProblem(text))
        }
        if start == 1 && sign == UInt8(ascii: "+") {
            return Interpretation(value: .integer(value), notationProblem: plusSignProblem(text.dropFirst()))
        }
        if bytes.count - start > 1 && bytes[start] == UInt8(ascii: "0") {
            return Interpretation(
                value: .integer(value), notationProblem: leadingZeroProblem(text, plain: String(value)))
        }
        return Interpretation(value: .integer(value), notationProblem: nil)
    }

    /// `0x` or `0o` (either case) and what `Int(_:radix:)` accepts after it.
    private static func radixInteger(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Interpretation? {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "0") else { return nil }
        let radix: Int
        switch bytes[1] | 0x20 {
        case UInt8(ascii: "x"): radix = 16
        case UInt8(ascii: "o"): radix = 8
        default: return nil
        }
        // Int(_:radix:) takes letters in either case, so the digits need not be lowercased.
        let digits = text[text.utf8.index(text.utf8.startIndex, offsetBy: 2)...]
        guard let value = Int(digits, radix: radix) else { return nil }
        return Interpretation(value: .integer(value), notationProblem: radixProblem(text, radix: radix, value: value))
    }

    /// A decimal fraction or a number with an exponent: `[+-]digits[.digits][(e|E)[+-]digits]`.
    private static func floatingPoint(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Interpretation? {
        var index = 0
        func skipDigits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - start
        }
        func skip(_ first: UInt8, or second: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == first || bytes[index] == second else { return false }
            index += 1
            return true
        }
        _ = skip(UInt8(ascii: "-"), or: UInt8(ascii: "+"))
        var mantissaDigits = skipDigits()
        let hasFraction = skip(UInt8(ascii: "."), or: UInt8(ascii: "."))
        if hasFraction { mantissaDigits += skipDigits() }
        guard mantissaDigits > 0 else { return nil }
        let hasExponent = skip(UInt8(ascii: "e"), or: UInt8(ascii: "E"))
        if hasExponent {
            _ = skip(UInt8(ascii: "-"), or: UInt8(ascii: "+"))
            guard skipDigits() > 0 else { return nil }
        }
        guard index == bytes.count, hasFraction || hasExponent, let value = Double(text) else { return nil }
        return fractionOrExponent(text, value)
    }
}

// The notation problems, worded once for both readings.
extension ScalarValue {
    static func specialNumberProblem(_ text: String) -> LocalizedText {
        LocalizedText(
            nl: "'\(text)' is geen aantal; schrijf een geheel getal of `onbekend`",
            en: "'\(text)' is not a count; write a whole number or `onbekend`")
    }

    static func tooLargeProblem(_ text: String) -> LocalizedText {
        guard text.hasPrefix("-") else {
            return LocalizedText(
                nl: "getal \(text) is te groot; een aantal personen past ruim in \(Int.max)",
                en: "number \(text) is too large; a count of persons fits easily in \(Int.max)")
        }
        return LocalizedText(
            nl: "getal \(text) is te klein; een voorsprong past ruim in \(Int.min)",
            en: "number \(text) is too small; a lead fits easily in \(Int.min)")
    }

    static func plusSignProblem(_ digits: Substring) -> LocalizedText {
        LocalizedText(nl: "schrijf \(digits) zonder plusteken", en: "write \(digits) without a plus sign")
    }

    static func leadingZeroProblem(_ text: String, plain: String) -> LocalizedText {
        LocalizedText(
            nl: "getal met voorloopnul (\(text)); schrijf \(plain), of zet tekst tussen aanhalingstekens",
            en: "number with a leading zero (\(text)); write \(plain), or quote it if it is text")
    }

    static func radixProblem(_ text: String, radix: Int, value: Int) -> LocalizedText {
        LocalizedText(
            nl: "getal in \(radix == 16 ? "hexadecimale" : "octale") notatie (\(text)); schrijf \(value)",
            en: "number in \(radix == 16 ? "hexadecimal" : "octal") notation (\(text)); write \(value)")
    }

    /// What a fraction or a number with an exponent means, once its text has parsed as `value`.
    static func fractionOrExponent(_ text: String, _ value: Double) -> Interpretation {
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

// The Character-based reading `interpret(text:isPlain:)` replaced: it still reads scalars with a
// non-ASCII byte, and tests compare the two on every other input.
extension ScalarValue {
    static func interpretReference(text: String, isPlain: Bool) -> Interpretation {
        guard isPlain else { return Interpretation(value: .string(text), notationProblem: nil) }
        switch text {
        case "", "~", "null", "Null", "NULL": return Interpretation(value: .null, notationProblem: nil)
        case "true", "True", "TRUE": return Interpretation(value: .bool(true), notationProblem: nil)
        case "false", "False", "FALSE": return Interpretation(value: .bool(false), notationProblem: nil)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
            let value: Double =
                text.hasSuffix("nan") || text.hasSuffix("NaN") || text.hasSuffix("NAN")
                ? .nan : (text.hasPrefix("-") ? -.infinity : .infinity)
            return Interpretation(value: .number(value), notationProblem: specialNumberProblem(text))
        default: break
        }
        if let decimal = referenceDecimalInteger(text) { return decimal }
        if let radix = referenceRadixInteger(text) { return radix }
        if let float = referenceFloatingPoint(text) { return float }
        return Interpretation(value: .string(text), notationProblem: nil)
    }

    private static func referenceDecimalInteger(_ text: String) -> Interpretation? {
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = String(first)
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let value = Int(sign == "-" ? "-" + digits : String(digits)) else {
            return Interpretation(value: .number(Double(text) ?? .infinity), notationProblem: tooLargeProblem(text))
        }
        if sign == "+" {
            return Interpretation(value: .integer(value), notationProblem: plusSignProblem(digits))
        }
        if digits.count > 1 && digits.first == "0" {
            return Interpretation(
                value: .integer(value), notationProblem: leadingZeroProblem(text, plain: String(value)))
        }
        return Interpretation(value: .integer(value), notationProblem: nil)
    }

    private static func referenceRadixInteger(_ text: String) -> Interpretation? {
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
        return Interpretation(value: .integer(value), notationProblem: radixProblem(text, radix: radix, value: value))
    }

    private static func referenceFloatingPoint(_ text: String) -> Interpretation? {
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
        return fractionOrExponent(text, value)
    }
}
