/// Splits the bytes of an LSP stream into messages: a header of `Name: value` lines ended by an
/// empty line (each line ended by CR LF), then exactly `Content-Length` bytes of JSON. Fed in
/// pieces as they arrive; never trusts the peer: a header that is too long, a missing or
/// malformed length, or a body larger than the limit is reported, and the reader carries on with
/// the next message where it can tell where that starts.
public struct FrameReader: Sendable {
    public enum Frame: Sendable, Equatable {
        /// The body of one message (not yet parsed as JSON).
        case message([UInt8])
        /// A header that cannot be read; the bytes up to its empty line were skipped.
        case badHeader(String)
        /// A body longer than `maximumBodySize`; its bytes are skipped as they arrive.
        case tooLarge(Int)
    }

    /// Larger headers are not a header: an LSP header is two short lines.
    public static let maximumHeaderSize = 8 * 1024
    /// A records buffer is at most a few MiB (TB100 refuses larger records); 64 MiB leaves room.
    public static let defaultMaximumBodySize = 64 * 1024 * 1024

    public let maximumBodySize: Int
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (consumed bytes are dropped in one go, not one by one).
    private var start = 0
    /// The length of the body being read, once its header is complete.
    private var bodyLength: Int?
    /// Bytes of an oversized body still to skip.
    private var skipping = 0

    public init(maximumBodySize: Int = FrameReader.defaultMaximumBodySize) {
        self.maximumBodySize = maximumBodySize
    }

    /// Adds bytes read from the stream and returns the frames they complete, in order.
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [Frame] {
        var bytes = ArraySlice(bytes)
        if skipping > 0 {
            let skipped = min(skipping, bytes.count)
            skipping -= skipped
            bytes = bytes.dropFirst(skipped)
        }
        buffer.append(contentsOf: bytes)
        var frames: [Frame] = []
        while let frame = next() { frames.append(frame) }
        compact()
        return frames
    }

    /// Bytes received but not yet part of a complete frame (for a client that vanished mid-message).
    public var pendingByteCount: Int { buffer.count - start + skipping }

    private mutating func next() -> Frame? {
        if skipping > 0 {
            let skipped = min(skipping, buffer.count - start)
            skipping -= skipped
            start += skipped
            if skipping > 0 { return nil }
        }
        if let length = bodyLength {
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<start + length])
            start += length
            bodyLength = nil
            return .message(body)
        }
        guard let end = headerEnd() else {
            if buffer.count - start > Self.maximumHeaderSize {
                // No empty line in sight: drop what is there and look for the next header.
                start = buffer.count
                return .badHeader("header longer than \(Self.maximumHeaderSize) bytes")
            }
            return nil
        }
        let header = buffer[start..<end.headerEnd]
        start = end.bodyStart
        switch Self.contentLength(in: header) {
        case .failure(let problem):
            return .badHeader(problem.reason)
        case .success(let length):
            if length > maximumBodySize {
                let available = min(length, buffer.count - start)
                start += available
                skipping = length - available
                return .tooLarge(length)
            }
            bodyLength = length
            return next()
        }
    }

    /// The header's end (before the empty line) and the body's start, when the empty line has come.
    private func headerEnd() -> (headerEnd: Int, bodyStart: Int)? {
        var index = start
        let limit = min(buffer.count, start + Self.maximumHeaderSize + 4)
        while index + 3 < limit {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                return (index, index + 4)
            }
            index += 1
        }
        return nil
    }

    private mutating func compact() {
        if start > 0 && (start == buffer.count || start > 64 * 1024) {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// `Content-Length` from the header lines (names are case-insensitive; other fields such as
    /// `Content-Type` are allowed and ignored).
    static func contentLength(in header: ArraySlice<UInt8>) -> Result<Int, HeaderProblem> {
        guard let text = String(validating: header, as: UTF8.self) else { return .failure(HeaderProblem("header is not UTF-8")) }
        var length: Int?
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem("header line without a colon: \(line.prefix(80))"))
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if name == "content-length" {
                guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), value.utf8.count <= 12,
                    let number = Int(value)
                else { return .failure(HeaderProblem("Content-Length is not a number: \(value.prefix(40))")) }
                if length != nil, length != number { return .failure(HeaderProblem("two different Content-Length fields")) }
                length = number
            }
        }
        guard let length else { return .failure(HeaderProblem("no Content-Length field")) }
        return .success(length)
    }
}

/// Why a header cannot be read.
struct HeaderProblem: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}

/// Frames an outgoing message: the header, then the JSON bytes.
public enum FrameWriter {
    public static func frame(_ body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes
    }
}
