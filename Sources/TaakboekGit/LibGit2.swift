internal import Clibgit2

/// Process-wide libgit2 setup: initialised once, lazily, never shut down.
public enum LibGit2 {
    /// Swift runs a static initialiser exactly once, thread-safely.
    private static let initResult: Int32 = git_libgit2_init()

    /// Call before the first libgit2 call of any public entry point.
    /// `git_libgit2_init` only fails if its allocator or TLS setup fails.
    static func ensureInitialized() throws(GitError) {
        try check(initResult, "cannot initialise libgit2")
    }
}

/// The single gate for libgit2 return codes.
///
/// Negative codes become a `GitError` built from `git_error_last()`, which is
/// read before anything else can run on this thread. When libgit2 set no
/// error text, a plain message naming the code is used. `context` (what this
/// layer was trying to do) is prefixed to the message.
@inline(__always)
func check(_ code: Int32, _ context: @autoclosure () -> String = "") throws(GitError) {
    guard code < 0 else { return }
    let error = lastError(code)  // first thing after the failing call
    throw error.prefixed(context())
}

/// Copies `git_error_last()` (borrowed, thread-local) into a `GitError`, then clears it: libgit2
/// keeps the last message until another error replaces it, so a later failure that sets none
/// would otherwise be reported with this one's text.
@inline(never)
func lastError(_ code: Int32) -> GitError {
    let swiftCode = GitError.Code(rawValue: code)
    defer { git_error_clear() }
    if let last = git_error_last(), let text = last.pointee.message {
        return GitError(
            code: swiftCode,
            errorClass: GitError.ErrorClass(rawValue: last.pointee.klass),
            message: String(cString: text))
    }
    return GitError(
        code: swiftCode, errorClass: .none,
        message: "libgit2 call failed with code \(code) (\(swiftCode)) and set no error message")
}

extension GitError {
    /// The same error with "context: " in front of the message.
    func prefixed(_ context: String) -> GitError {
        context.isEmpty ? self : GitError(code: code, errorClass: errorClass, message: "\(context): \(message)")
    }

    /// An error raised by this layer itself (not by a libgit2 call).
    static func local(_ code: Code, _ errorClass: ErrorClass, _ message: String) -> GitError {
        GitError(code: code, errorClass: errorClass, message: message)
    }
}

/// Strips the trailing slash libgit2 puts on directory paths ("/a/b/" -> "/a/b").
func trimmingTrailingSlash(_ path: String) -> String {
    var result = Substring(path)
    while result.count > 1, result.hasSuffix("/") { result = result.dropLast() }
    return String(result)
}

/// Normalises a repository-relative path prefix: no leading/trailing slashes,
/// "" for the whole tree.
func normalizedPrefix(_ prefix: String) -> String {
    var result = Substring(prefix)
    while result.hasPrefix("/") { result = result.dropFirst() }
    while result.hasSuffix("/") { result = result.dropLast() }
    if result == "." { return "" }
    return String(result)
}
