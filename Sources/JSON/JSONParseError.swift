/// Why and where JSON text could not be parsed.
///
/// `line` and `column` are 1-based; the column counts Unicode scalars, so a caret placed
/// under that column lines up with the offending character. `offset` is the byte offset.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let offset: Int
    public let message: String

    public init(line: Int, column: Int, offset: Int, message: String) {
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    /// Builds an error for a byte offset, deriving line and column from the input.
    init(message: String, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let location = SourceLocation.of(offset: offset, in: bytes)
        self.init(line: location.line, column: location.column, offset: offset, message: message)
    }

    public var description: String {
        "\(line):\(column): \(message)"
    }
}

/// Line and column of a byte offset in UTF-8 text; computed only when an error is reported.
struct SourceLocation {
    let line: Int
    let column: Int

    static func of(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let end = min(max(offset, 0), bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte == UInt8(ascii: "\r") {
                // "\r\n" counts once, at its "\n"; a lone "\r" ends a line by itself.
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if next != UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                }
            } else if byte & 0xC0 != 0x80 {
                // Count scalars, not bytes: UTF-8 continuation bytes do not start a column.
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
