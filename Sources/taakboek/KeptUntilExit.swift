/// Values the process keeps until it exits instead of freeing them: a national repository's
/// record tree is hundreds of thousands of small objects, and freeing them one by one after the
/// report is printed cost most of a second for nothing — the operating system reclaims the
/// memory at exit anyway.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}
