/// Serialises a `JSONValue` as JSON text: compact (descriptions, messages, one value per line)
/// or pretty (reports people also read and review as golden files). Members keep their order.
public enum JSONWriter {
    public static func compact(_ value: JSONValue) -> String {
        var output = ""
        write(value, to: &output)
        return output
    }

    /// Two spaces per level, one member or element per line, `"key": value`; empty arrays and
    /// objects as `[]` and `{}`. No trailing newline.
    public static func pretty(_ value: JSONValue) -> String {
        var output = ""
        writePretty(value, indent: "", to: &output)
        return output
    }

    private static func writePretty(_ value: JSONValue, indent: String, to output: inout String) {
        let inner = indent + "  "
        switch value {
        case .array(let elements) where !elements.isEmpty:
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                writePretty(element, indent: inner, to: &output)
                output += index + 1 < elements.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let object) where !object.isEmpty:
            output += "{\n"
            for (index, key) in object.keys.enumerated() {
                output += inner
                writeString(key, to: &output)
                output += ": "
                writePretty(object.values[index], indent: inner, to: &output)
                output += index + 1 < object.count ? ",\n" : "\n"
            }
            output += indent + "}"
        default:
            write(value, to: &output)
        }
    }

    private static func write(_ value: JSONValue, to output: inout String) {
        switch value {
        case .null:
            output += "null"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .integer(let number):
            output += String(number)
        case .number(let number):
            output += format(number)
        case .string(let text):
            writeString(text, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                write(element, to: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (index, key) in object.keys.enumerated() {
                if index > 0 { output += "," }
                writeString(key, to: &output)
                output += ":"
                write(object.values[index], to: &output)
            }
            output += "}"
        }
    }

    /// Numbers print without a trailing ".0" when integral and within the exact range.
    package static func format(_ number: Double) -> String {
        if number.isFinite, number.rounded(.towardZero) == number, abs(number) < 1e15 {
            return String(Int(number))
        }
        return String(number)
    }

    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
