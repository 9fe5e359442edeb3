/// Small comparisons of UTF-8 bytes with ASCII words, for the readers that run on every value of
/// every record.
enum ASCIIBytes {
    /// A C0 control character or DEL (a newline, a tab, ...).
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// Whether `bytes` are exactly the bytes of `word`.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let wordBytes = word.utf8Start
        for index in 0..<bytes.count where bytes[index] != wordBytes[index] { return false }
        return true
    }

    /// Whether `bytes[range]` are exactly the bytes of `word`.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        equal(UnsafeBufferPointer(rebasing: bytes[range]), word)
    }

    /// Whether `bytes[range]` end with the bytes of `suffix`.
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        return equal(bytes, (range.upperBound - count)..<range.upperBound, suffix)
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }

    /// The value of ASCII digits, or nil when a byte is not one.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// `text.count` (Characters), from the byte count when every byte is ASCII and none is "\r"
    /// (the only ASCII pair that forms one Character is "\r\n").
    static func characterCount(_ text: String) -> Int {
        let count = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var any: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: "\r") { return nil }
                any |= byte
            }
            return any < 0x80 ? bytes.count : nil
        }
        if case .some(.some(let count)) = count { return count }
        return text.count
    }
}
