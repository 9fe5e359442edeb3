/// Line and column (1-based, the column in characters as editors count them) of a byte offset
/// in a record's UTF-8 text, for the privacy rules that find things by scanning bytes. Only asked
/// for what is found, which is rare, so it scans from the start.
enum TextPlace {
    /// Runs `body` over the text's UTF-8 bytes without copying them where the string is native.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func of(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// Characters (scalars) in a range of bytes.
    static func length(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes[range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }

    /// Whether `word` (lowercase ASCII) stands at `index`, compared without case.
    static func matches(_ word: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for (offset, expected) in word.enumerated() where lowercased(bytes[index + offset]) != expected { return false }
        return true
    }
}
