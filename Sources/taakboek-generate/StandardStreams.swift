#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writing to standard output and standard error through the file descriptors: C's `stdout` and
/// `stderr` are global mutable variables that Swift 6 (rightly) refuses to touch.
enum StandardStreams {
    /// Writes all bytes to file descriptor `fd`; exits with status 2 when that fails (for example
    /// when git fast-import stopped reading).
    static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(fd, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                exit(2)
            }
            pointer += written
            remaining -= written
        }
    }

    static func printError(_ text: String) {
        var copy = text
        copy.withUTF8 { write(UnsafeRawBufferPointer($0), to: 2) }
    }
}
