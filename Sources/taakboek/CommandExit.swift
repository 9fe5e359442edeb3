import TaakboekCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thrown by a command to end with a status after it has printed what it had to say.
struct CommandExit: Error {
    let status: Int32

    init(_ status: ExitStatus) { self.status = status.rawValue }
}

/// Writes straight to the file descriptors, unbuffered: what is printed before an exit is out.
enum FileHandleOutput {
    static func standardOutput(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// Writes a piece of streamed output; false once the reader has gone (`taakboek log | head`),
    /// so the command can stop walking.
    @discardableResult
    static func streamedOutput(_ text: String) -> Bool { write(text, to: STDOUT_FILENO) }

    static func standardError(_ text: String) { write(text, to: STDERR_FILENO) }

    @discardableResult
    private static func write(_ text: String, to descriptor: Int32) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                #if canImport(Glibc)
                    return Glibc.write(descriptor, base, buffer.count)
                #else
                    return Darwin.write(descriptor, base, buffer.count)
                #endif
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}

/// A failure before any checking could happen (a missing folder, a broken repository): one line
/// on standard error naming the problem, and exit status 2.
func fail(_ message: LocalizedText, language: Language) -> CommandExit {
    FileHandleOutput.standardError("taakboek: \(message.text(in: language))\n")
    return CommandExit(.failure)
}
