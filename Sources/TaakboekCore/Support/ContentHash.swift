/// A 64-bit FNV-1a hash: cheap, stable across runs and platforms. For recognising equal content
/// and keying caches, not for security.
public enum ContentHash {
    public static func of(_ text: String) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { of($0) } ?? of(text.utf8)
    }

    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
