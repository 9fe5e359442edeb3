#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wall-clock time of a check's phases, printed to standard error when `TAAKBOEK_PHASES` is set:
/// for finding where the time goes on a large repository. Costs nothing otherwise.
public enum PhaseClock {
    public static let isEnabled = getenv("TAAKBOEK_PHASES") != nil
    private static let start = ContinuousClock.now

    public static func mark(_ phase: String) {
        guard isEnabled else { return }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
        let line = "taakboek phase: \(phase) at \(Int(milliseconds)) ms wall, \(Int(cpu)) ms CPU\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }
}
