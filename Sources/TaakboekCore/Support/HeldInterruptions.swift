import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signal that arrived while interruptions were held off (0: none).
private let heldSignal = Atomic<Int32>(0)

/// Holds off Ctrl-C (SIGINT), SIGTERM and SIGHUP while a step that cannot be made atomic runs,
/// such as libgit2 creating a repository (it writes `.git/config` through a lock file, which a
/// stop halfway would leave behind). A signal that arrives meanwhile is noted and acts when the
/// step is done, with its usual effect. A signal that was ignored stays ignored. SIGKILL cannot
/// be held off; what it leaves is reported with what to do when the command runs again.
public enum HeldInterruptions {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    public static func during<Result, Failure: Error>(_ step: () throws(Failure) -> Result) throws(Failure) -> Result {
        try during(holding: signals, step, release: { raise($0) })
    }

    /// `during`, with the signals to hold and what to do with one that arrived (tests).
    static func during<Result, Failure: Error>(
        holding held: [Int32], _ step: () throws(Failure) -> Result, release: (Int32) -> Void
    ) throws(Failure) -> Result {
        var previous: [(Int32, sighandler_t?)] = []
        for number in held {
            let old = signal(number) { heldSignal.store($0, ordering: .relaxed) }
            if isIgnore(old) {
                signal(number, old)
            } else {
                previous.append((number, old))
            }
        }
        defer {
            for (number, old) in previous { signal(number, old) }
            let arrived = heldSignal.exchange(0, ordering: .relaxed)
            if arrived != 0 { release(arrived) }
        }
        return try step()
    }

    private static func isIgnore(_ handler: sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
