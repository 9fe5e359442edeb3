/// A CSV file's bytes as text, the way Excel and LibreOffice save them on Windows and elsewhere:
/// UTF-8 with or without a byte-order mark ("CSV UTF-8"), UTF-16 with a byte-order mark
/// ("Unicode-tekst"), and Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)" on a Dutch
/// Windows) when the bytes are not valid UTF-8.
public enum TextDecoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"

    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextDecoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            if let text = utf8(rest) { return (text, .utf8) }
            return (windows1252(rest), .windows1252)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BigEndian) }
        if let text = utf8(bytes) { return (text, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    /// Nil unless every byte sequence is valid UTF-8.
    static func utf8(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    static func utf16<Bytes: Collection<UInt8>>(_ bytes: Bytes, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next() ?? 0
            units.append(littleEndian ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second))
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 but for 0x80–0x9F, where it has the euro sign, curly quotes, dashes
    /// and a few letters. The five bytes it leaves undefined become U+FFFD.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                let value = high[Int(byte - 0x80)]
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
