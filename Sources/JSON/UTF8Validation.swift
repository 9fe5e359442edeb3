/// Locates invalid UTF-8 precisely, for error messages. Only used after a fast validation
/// has already failed, so clarity matters more than speed here.
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let length = sequenceLength(at: index, in: bytes, limit: range.upperBound) else {
                return index
            }
            index += length
        }
        return nil
    }

    /// The scalar encoded at `offset`, if the bytes there form a valid sequence.
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let length = sequenceLength(at: offset, in: bytes, limit: bytes.count) else {
            return nil
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])
        return String(validating: slice, as: UTF8.self)?.unicodeScalars.first
    }

    /// Length of the well-formed sequence at `offset` (RFC 3629 table), or nil.
    private static func sequenceLength(
        at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int
    ) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= limit else { return nil }
        guard secondRange.contains(bytes[offset + 1]) else { return nil }
        for next in (offset + 2)..<(offset + length) where bytes[next] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }
}
