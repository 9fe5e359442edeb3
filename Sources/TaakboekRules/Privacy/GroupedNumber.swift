import TaakboekCore

/// Numbers written in groups of digits with a separator between them, as people write a BSN,
/// a V-nummer or a phone number: `111 222 333`, `1112-22-333`, `06 1234 5678`. A chain is the
/// longest run of digit groups joined by one and the same separator (a space, a hyphen or a
/// dot, once between two groups); a match is a run of consecutive groups of a chain whose sizes
/// are one of the groupings asked for. Works on UTF-8 bytes, in one pass.
struct GroupedNumber {
    /// The digits of the match, without separators.
    let digits: [Int]
    let groups: [Int]
    let separator: UInt8
    let line: Int
    /// 1-based column in characters (Unicode scalars), as editors count them.
    let column: Int
    /// In characters, separators included.
    let length: Int

    static let separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: ".")]

    /// Every match of one of `groupings` (group sizes, e.g. `[3, 3, 3]`) whose separator is one
    /// of `separators`.
    static func matches(in text: String, groupings: [[Int]], separators: Set<UInt8>) -> [GroupedNumber] {
        TextPlace.withBytes(text) { matches(in: $0, groupings: groupings, separators: separators) }
    }

    static func matches(in bytes: UnsafeBufferPointer<UInt8>, groupings: [[Int]], separators: Set<UInt8>)
        -> [GroupedNumber]
    {
        var result: [GroupedNumber] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard TextPlace.isDigit(byte), index == 0 || !TextPlace.isDigit(bytes[index - 1]) else {
                index += 1
                continue
            }
            // Most numbers are one group: found without building a chain.
            var single = index
            while single < bytes.count, TextPlace.isDigit(bytes[single]) { single += 1 }
            guard single + 1 < bytes.count, Self.separators.contains(bytes[single]),
                separators.contains(bytes[single]), TextPlace.isDigit(bytes[single + 1])
            else {
                index = single
                continue
            }
            // A chain: groups of digits joined by one separator.
            var groups: [Range<Int>] = []
            var separator: UInt8?
            var cursor = index
            while true {
                let start = cursor
                while cursor < bytes.count, TextPlace.isDigit(bytes[cursor]) { cursor += 1 }
                groups.append(start..<cursor)
                guard cursor + 1 < bytes.count, Self.separators.contains(bytes[cursor]),
                    separator == nil || separator == bytes[cursor], TextPlace.isDigit(bytes[cursor + 1])
                else { break }
                separator = bytes[cursor]
                cursor += 1
            }
            if let separator, separators.contains(separator), groups.count > 1 {
                let sizes = groups.map(\.count)
                for grouping in groupings where grouping.count <= sizes.count {
                    for offset in 0...(sizes.count - grouping.count)
                    where sizes[offset..<(offset + grouping.count)].elementsEqual(grouping) {
                        let window = groups[offset..<(offset + grouping.count)]
                        let first = window.first!.lowerBound
                        let end = window.last!.upperBound
                        let digits = window.flatMap { $0.map { Int(bytes[$0] - UInt8(ascii: "0")) } }
                        result.append(
                            GroupedNumber(
                                digits: digits, groups: grouping, separator: separator, line: line,
                                column: TextPlace.length(lineStart..<first, in: bytes) + 1,
                                length: TextPlace.length(first..<end, in: bytes)))
                    }
                }
            }
            index = cursor
        }
        return result
    }



}
