#if canImport(Glibc)
    import Glibc
#endif

/// Runs a `LanguageServer` over two file descriptors (stdin and stdout): reads what arrives,
/// frames it, answers, and writes the answers whole. Ends on `exit`, or when the client goes away
/// (end of input, or a write that fails): then it logs why and returns 1, as LSP wants for an
/// exit without `shutdown`.
public enum ServerLoop {
    public static func run(_ server: LanguageServer, input: Int32 = 0, output: Int32 = 1, log: (String) -> Void)
        -> Int32
    {
        // A client that closed the pipe must not kill the server mid-write: the write fails instead.
        signal(SIGPIPE, SIG_IGN)
        var reader = FrameReader()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                log("reading the input failed: \(String(cString: strerror(errno))); stopping")
                return 1
            }
            if count == 0 {
                log(
                    reader.pendingByteCount > 0
                        ? "the client went away in the middle of a message (\(reader.pendingByteCount) bytes); stopping"
                        : "the client closed the input without exit; stopping")
                return 1
            }
            for frame in reader.feed(buffer[0..<count]) {
                for message in server.handle(frame: frame) {
                    guard write(FrameWriter.frame(message), to: output) else {
                        log("writing to the client failed: \(String(cString: strerror(errno))); stopping")
                        return 1
                    }
                }
                if let code = server.exitCode { return code }
            }
        }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }
}
