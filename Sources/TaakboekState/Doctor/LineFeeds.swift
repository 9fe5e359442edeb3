/// Bytes with Windows line ends (CRLF) read as Unix ones (LF), as a checkout under
/// `core.autocrlf=true` is read back; a lone CR stays.
enum LineFeeds {
    static func of(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
            result.append(byte)
        }
        return result
    }
}
