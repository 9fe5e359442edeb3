#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates a new file with POSIX calls. Foundation's `FileManager.createFile` on Linux writes
/// through a temporary folder in /tmp and leaves that folder behind; taakboek writes its
/// temporary files beside their targets instead, and renames them into place itself.
public enum PlainFile {
    /// Creates `path` (which must not exist) with `bytes`; false when it cannot. With
    /// `synchronise`, the bytes are on disk before it returns (for a file about to be renamed into
    /// place, so a crash cannot leave an empty record under the final name).
    public static func create(_ path: String, bytes: [UInt8], permissions: Int = 0o644, synchronise: Bool = false)
        -> Bool
    {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode_t(permissions))
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return writeAll(bytes, to: descriptor, synchronise: synchronise)
    }

    /// Writes all of `bytes` to an open file (retrying after a signal); with `synchronise`, they
    /// are on disk before it returns.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32, synchronise: Bool) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return !synchronise || fsync(descriptor) == 0
    }
}
