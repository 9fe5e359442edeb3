extension JSONReader {
    /// Parses a string starting at its opening quote.
    mutating func parseString() throws(JSONParseError) -> String {
        let openingQuote = position
        position += 1
        let start = position
        // Fast path: no escapes, so the bytes between the quotes are the string.
        var isASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try decode(start..<position, isASCII: isASCII)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            isASCII = isASCII && byte < 0x80
            position += 1
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(position - start + 16)
        buffer.append(contentsOf: bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                let valid = buffer.withUnsafeBufferPointer { decoded in
                    UTF8Validation.firstInvalidOffset(in: decoded, range: 0..<decoded.count) == nil
                }
                guard valid else { throw invalidUTF8(in: start..<(position - 1)) }
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw error(
                    "unescaped control character U+\(hex(UInt32(byte), width: 4)) in string")
            default:
                buffer.append(byte)
                position += 1
            }
        }
        throw error("unterminated string", at: openingQuote)
    }

    /// The string for already scanned bytes. Validation is explicit because
    /// `String(decoding:)` would silently repair invalid UTF-8.
    private func decode(_ range: Range<Int>, isASCII: Bool) throws(JSONParseError) -> String {
        if !isASCII, UTF8Validation.firstInvalidOffset(in: bytes, range: range) != nil {
            throw invalidUTF8(in: range)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func invalidUTF8(in range: Range<Int>) -> JSONParseError {
        let offset = UTF8Validation.firstInvalidOffset(in: bytes, range: range) ?? range.lowerBound
        return error("invalid UTF-8 in string", at: offset)
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = position
        position += 1
        guard position < bytes.count else {
            throw error("unterminated string", at: escapeStart)
        }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
            UTF8.encode(scalar) { buffer.append($0) }
        default:
            throw error("invalid escape sequence in string", at: escapeStart)
        }
    }

    /// Parses the hex digits after `\u`, combining a surrogate pair into one scalar.
    private mutating func parseUnicodeEscape(
        escapeStart: Int
    ) throws(JSONParseError) -> Unicode.Scalar {
        let first = try parseHexQuad(escapeStart: escapeStart)
        if (0xDC00...0xDFFF).contains(first) {
            throw error("lone low surrogate in \\u escape", at: escapeStart)
        }
        guard (0xD800...0xDBFF).contains(first) else {
            guard let scalar = Unicode.Scalar(first) else {
                throw error("invalid \\u escape", at: escapeStart)
            }
            return scalar
        }
        let secondStart = position
        guard position + 1 < bytes.count,
            bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
        else {
            throw error("high surrogate not followed by a low surrogate", at: escapeStart)
        }
        position += 2
        let second = try parseHexQuad(escapeStart: secondStart)
        guard (0xDC00...0xDFFF).contains(second) else {
            throw error("high surrogate not followed by a low surrogate", at: escapeStart)
        }
        let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        guard let scalar = Unicode.Scalar(combined) else {
            throw error("invalid surrogate pair", at: escapeStart)
        }
        return scalar
    }

    private mutating func parseHexQuad(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
                throw error("invalid \\u escape, expected four hex digits", at: escapeStart)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
