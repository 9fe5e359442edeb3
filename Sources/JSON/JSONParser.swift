/// A strict RFC 8259 JSON parser.
///
/// Rejects everything the RFC does not allow (comments, trailing commas, leading zeros,
/// single quotes, unescaped control characters, invalid UTF-8, lone surrogates) and, beyond
/// the RFC, duplicate member names and numbers outside the range of `Double`, since a
/// records checker must not silently pick one of two values. A leading UTF-8 byte order
/// mark is ignored, as RFC 8259 section 8.1 permits.
///
/// Integers that fit `Int` become `.integer`; every other number becomes `.number`.
public enum JSONParser {
    /// Nesting deeper than this is an error rather than a risk of stack overflow.
    public static let defaultMaxDepth = 512

    public static func parse(
        _ text: String, maxDepth: Int = defaultMaxDepth
    ) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    public static func parse(
        _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth
    ) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONParseError) {
                return .success(try reader.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// The recursive-descent reader behind `JSONParser`.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0
    var depth = 0
    var stackGuard = StackGuard()

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
        }
        skipWhitespace()
        guard position < bytes.count else {
            throw error("empty document, expected a JSON value")
        }
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else {
            throw error("unexpected \(describeCurrent()) after the JSON value")
        }
        return value
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else {
            throw error("unexpected end of input, expected a value")
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func parseLiteral(
        _ word: StaticString, _ value: JSONValue
    ) throws(JSONParseError) -> JSONValue {
        let start = position
        let length = word.utf8CodeUnitCount
        var index = 0
        while index < length {
            guard position < bytes.count, bytes[position] == word.utf8Start[index] else {
                position = start
                throw error("invalid literal, expected '\(word)'")
            }
            position += 1
            index += 1
        }
        if position < bytes.count, Self.isIdentifierByte(bytes[position]) {
            position = start
            throw error("invalid literal, expected '\(word)'")
        }
        return value
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else {
                throw error("unexpected end of input, expected ',' or ']'")
            }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else {
                position -= 1
                throw error("unexpected \(describeCurrent()), expected ',' or ']'")
            }
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                throw error("trailing comma is not allowed before ']'")
            }
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error(
                    position < bytes.count
                        ? "unexpected \(describeCurrent()), expected a string key"
                        : "unexpected end of input, expected a string key")
            }
            let keyStart = position
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error(
                    position < bytes.count
                        ? "unexpected \(describeCurrent()), expected ':' after key"
                        : "unexpected end of input, expected ':' after key")
            }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            guard object.insertNew(key, value) else {
                position = keyStart
                throw error("duplicate key \(JSONValue.string(key))")
            }
            skipWhitespace()
            guard position < bytes.count else {
                throw error("unexpected end of input, expected ',' or '}'")
            }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else {
                position -= 1
                throw error("unexpected \(describeCurrent()), expected ',' or '}'")
            }
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                throw error("trailing comma is not allowed before '}'")
            }
        }
        depth -= 1
        return .object(object)
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > maxDepth {
            throw error("nesting exceeds the maximum depth of \(maxDepth)")
        }
        if !stackGuard.hasRoom(atDepth: depth) {
            throw error("nesting too deep for the available stack at depth \(depth)")
        }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(message: message, offset: offset ?? position, in: bytes)
    }

    /// A readable name for the byte at the current position, for error messages.
    func describeCurrent() -> String {
        guard position < bytes.count else { return "end of input" }
        let byte = bytes[position]
        if byte >= 0x21, byte < 0x7F {
            return "character '\(Character(Unicode.Scalar(byte)))'"
        }
        switch byte {
        case 0x20: return "space"
        case 0x0A: return "line feed"
        case 0x0D: return "carriage return"
        case 0x09: return "tab"
        default:
            if byte < 0x80 {
                return "control character U+\(hex(UInt32(byte), width: 4))"
            }
            if let scalar = UTF8Validation.scalar(at: position, in: bytes) {
                return "character U+\(hex(scalar.value, width: 4))"
            }
            return "invalid UTF-8 byte 0x\(hex(UInt32(byte), width: 2))"
        }
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_")
    }

    func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
