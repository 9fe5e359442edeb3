extension JSONReader {
    /// Parses a number per the RFC 8259 grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = position
        if bytes[position] == UInt8(ascii: "-") {
            position += 1
        }
        guard position < bytes.count, Self.isDigit(bytes[position]) else {
            throw error("invalid number, expected a digit after '-'")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) {
                throw error("invalid number, leading zeros are not allowed", at: start)
            }
        } else {
            skipDigits()
        }
        var isIntegral = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isIntegral = false
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw error("invalid number, expected a digit after '.'")
            }
            skipDigits()
        }
        if position < bytes.count,
            bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")
        {
            isIntegral = false
            position += 1
            if position < bytes.count,
                bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
            {
                position += 1
            }
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw error("invalid number, expected a digit in the exponent")
            }
            skipDigits()
        }
        if position < bytes.count,
            Self.isIdentifierByte(bytes[position]) || bytes[position] == UInt8(ascii: ".")
        {
            throw error("invalid number, unexpected \(describeCurrent())")
        }
        if isIntegral, let integer = integerValue(start..<position) {
            return .integer(integer)
        }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else {
            throw error("number \(text) is outside the supported range", at: start)
        }
        return .number(double)
    }

    private mutating func skipDigits() {
        while position < bytes.count, Self.isDigit(bytes[position]) {
            position += 1
        }
    }

    /// The integer value of an already validated integer literal, or nil when it overflows.
    private func integerValue(_ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        while index < range.upperBound {
            let digit = Int(bytes[index] - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            // Accumulate negatively so that Int.min is representable.
            let (next, overflow2) = shifted.subtractingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = next
            index += 1
        }
        if negative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
