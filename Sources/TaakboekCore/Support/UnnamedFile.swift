#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file made in a folder without a name (Linux's `O_TMPFILE`), which gets its name with
/// linkat(2) once it is whole. Until then no other process can see it, and a process killed
/// halfway leaves nothing behind: the kernel frees a file without a name when its last
/// descriptor closes. `nil` where the platform or the file system has no such files; the caller
/// then uses a temporary name instead.
struct UnnamedFile: ~Copyable {
    let descriptor: Int32

    init?(in folder: String, permissions: Int) {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
            // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import; __O_TMPFILE
            // is 020000000 on both architectures, O_DIRECTORY differs and comes from Glibc.
            let descriptor = open(folder, O_WRONLY | O_DIRECTORY | 0o2000_0000, mode_t(permissions))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
        #else
            return nil
        #endif
    }

    deinit { close(descriptor) }

    enum Naming {
        case named
        /// Something (a file, a folder, a link) already has the name.
        case exists
        /// Giving a name this way does not work here (no /proc); nothing was named.
        case unsupported
        case failed
    }

    /// Gives the file `path` as its name, never replacing what is there.
    func name(_ path: String) -> Naming {
        #if os(Linux)
            let handle = "/proc/self/fd/\(descriptor)"
            if linkat(AT_FDCWD, handle, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return .named }
            if errno == EEXIST { return .exists }
            return access(handle, F_OK) == 0 ? .failed : .unsupported
        #else
            return .unsupported
        #endif
    }
}
