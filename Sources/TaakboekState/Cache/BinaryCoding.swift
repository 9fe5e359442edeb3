/// A compact binary encoding for the analysis cache: unsigned LEB128 integers (zig-zag for signed
/// ones) and length-prefixed UTF-8 strings. Decoding never traps: running out of bytes or meeting
/// nonsense makes the reader fail, and the cache entry is treated as a miss.
package struct BinaryWriter {
    package init() {}
    package private(set) var bytes: [UInt8] = []

    package mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    package mutating func int(_ value: Int) {
        let signed = Int64(value)
        unsigned(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
    }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func string(_ value: String) {
        let utf8 = value.utf8
        unsigned(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    package mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }
}

package struct BinaryReader {
    package struct Failure: Error {
        package init() {}
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    package init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    package var isAtEnd: Bool { offset >= bytes.count }

    package mutating func unsigned() throws(Failure) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Failure() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    package mutating func int() throws(Failure) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        guard let result = Int(exactly: value) else { throw Failure() }
        return result
    }

    /// A count of items that follow, bounded by the bytes left (each item takes at least one).
    package mutating func count() throws(Failure) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - offset) else { throw Failure() }
        return Int(value)
    }

    package mutating func bool() throws(Failure) -> Bool {
        guard offset < bytes.count else { throw Failure() }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw Failure()
        }
    }

    package mutating func string() throws(Failure) -> String {
        let length = try count()
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        offset += length
        return String(decoding: slice, as: UTF8.self)
    }

    /// The next `count` bytes as they are stored, without copying.
    package mutating func raw(_ count: Int) throws(Failure) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw Failure() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    /// A length-prefixed string's bytes, without making a `String` of them.
    package mutating func stringBytes() throws(Failure) -> UnsafeRawBufferPointer { try raw(try count()) }

    package mutating func byte() throws(Failure) -> UInt8 {
        guard offset < bytes.count else { throw Failure() }
        defer { offset += 1 }
        return bytes[offset]
    }
}
