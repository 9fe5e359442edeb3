internal import Clibgit2

/// A SHA-1 object id: a plain 20-byte value (no libgit2 memory behind it).
///
/// Stored as three big-endian integers so that comparing, hashing and copying
/// are cheap; `Comparable` orders ids like their hex strings.
public struct ObjectID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Number of bytes in a SHA-1 id.
    public static let byteCount = 20

    private let high: UInt64  // bytes 0..<8
    private let middle: UInt64  // bytes 8..<16
    private let low: UInt32  // bytes 16..<20

    /// Creates an id from exactly 20 raw bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self = bytes.withUnsafeBytes { ObjectID(unsafeBytes: $0) }
    }

    /// Parses a full 40-digit hex id (either case). Abbreviated ids are not
    /// accepted here; use `Repository.resolve(_:)` for those.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == Self.byteCount * 2 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Self.byteCount)
        for index in 0..<Self.byteCount {
            guard let hi = Self.nibble(utf8[2 * index]), let lo = Self.nibble(utf8[2 * index + 1]) else {
                return nil
            }
            bytes[index] = hi << 4 | lo
        }
        self.init(bytes: bytes)
    }

    /// Creates an id from exactly 20 raw bytes in memory, without copying them to an array first.
    public init?(rawBytes: UnsafeRawBufferPointer) {
        guard rawBytes.count == Self.byteCount else { return nil }
        self.init(unsafeBytes: rawBytes)
    }

    private init(unsafeBytes raw: UnsafeRawBufferPointer) {
        high = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
        middle = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        low = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    }

    /// The 20 raw bytes.
    public var bytes: [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(Self.byteCount)
        for shift in stride(from: 56, through: 0, by: -8) {
            result.append(UInt8(truncatingIfNeeded: high >> UInt64(shift)))
        }
        for shift in stride(from: 56, through: 0, by: -8) {
            result.append(UInt8(truncatingIfNeeded: middle >> UInt64(shift)))
        }
        for shift in stride(from: 24, through: 0, by: -8) {
            result.append(UInt8(truncatingIfNeeded: low >> UInt32(shift)))
        }
        return result
    }

    /// The full 40-character lowercase hex form.
    public var hex: String {
        String(unsafeUninitializedCapacity: Self.byteCount * 2) { buffer in
            var offset = 0
            func put(_ value: UInt64, bytes: Int) {
                for shift in stride(from: (bytes - 1) * 8, through: 0, by: -8) {
                    let byte = UInt8(truncatingIfNeeded: value >> UInt64(shift))
                    buffer[offset] = Self.hexDigits[Int(byte >> 4)]
                    buffer[offset + 1] = Self.hexDigits[Int(byte & 0x0f)]
                    offset += 2
                }
            }
            put(high, bytes: 8)
            put(middle, bytes: 8)
            put(UInt64(low), bytes: 4)
            return offset
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The first `length` hex digits (clamped to 1...40), like `git log --abbrev=7`.
    /// This is a plain prefix; it does not check uniqueness in any repository.
    public func short(_ length: Int = 7) -> String {
        String(hex.prefix(min(max(length, 1), Self.byteCount * 2)))
    }

    /// True for the all-zero id libgit2 uses for "no object".
    public var isZero: Bool { high == 0 && middle == 0 && low == 0 }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
    }

    private static func nibble(_ char: UInt8) -> UInt8? {
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): char - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): char - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

// MARK: - libgit2 bridging (internal)

extension ObjectID {
    /// Copies a libgit2 oid (the pointer is borrowed and only read here).
    init(_ oid: UnsafePointer<git_oid>) {
        self = withUnsafeBytes(of: oid.pointee.id) { ObjectID(unsafeBytes: $0) }
    }

    init(_ oid: git_oid) {
        self = withUnsafeBytes(of: oid.id) { ObjectID(unsafeBytes: $0) }
    }

    /// The libgit2 representation, for passing into C calls.
    var oid: git_oid {
        var result = git_oid()
        let source = bytes
        withUnsafeMutableBytes(of: &result.id) { target in
            for index in 0..<Self.byteCount { target[index] = source[index] }
        }
        return result
    }
}
