import Testing

@testable import TaakboekCore

#if canImport(Glibc)
    import Glibc
#endif

/// Held-off signals, in this process, with SIGUSR1 and SIGUSR2 standing in for Ctrl-C (whose
/// real effect, on `taakboek init`, `InterruptedWriteTests` checks end to end).
@Suite("Interruptions held off during a step", .serialized)
struct HeldInterruptionsTests {
    /// The test runner's threads block most signals, so one raised here would stay pending:
    /// each test unblocks the two it uses on its own thread while it runs.
    func unblocked(_ body: () -> Void) {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGUSR1)
        sigaddset(&signals, SIGUSR2)
        var previous = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        body()
    }

    /// The current handler of a signal, as a number (read by setting it and putting it back).
    func handler(of number: Int32) -> Int {
        let current = signal(number, SIG_IGN)
        signal(number, current)
        return unsafeBitCast(current, to: Int.self)
    }

    @Test func aSignalDuringTheStepActsWhenTheStepIsDone() {
        unblocked {
            let before = handler(of: SIGUSR1)
            var released: [Int32] = []
            var finished = false
            let result = HeldInterruptions.during(
                holding: [SIGUSR1],
                {
                    raise(SIGUSR1)
                    finished = true
                    return 42
                }, release: { released.append($0) })
            #expect(finished && result == 42)
            #expect(released == [SIGUSR1])
            // Afterwards the earlier disposition is back.
            #expect(handler(of: SIGUSR1) == before)
        }
    }

    @Test func noSignalNothingReleased() {
        unblocked {
            var released: [Int32] = []
            HeldInterruptions.during(holding: [SIGUSR1], {}, release: { released.append($0) })
            #expect(released.isEmpty)
        }
    }

    @Test func anIgnoredSignalStaysIgnored() {
        unblocked {
            let original = signal(SIGUSR2, SIG_IGN)
            defer { signal(SIGUSR2, original) }
            var released: [Int32] = []
            _ = HeldInterruptions.during(holding: [SIGUSR2], { raise(SIGUSR2) }, release: { released.append($0) })
            #expect(released.isEmpty)
            #expect(handler(of: SIGUSR2) == unsafeBitCast(SIG_IGN, to: Int.self))
        }
    }

    @Test func aThrowingStepStillRestoresAndReleases() {
        unblocked {
            struct Failed: Error {}
            var released: [Int32] = []
            #expect(throws: Failed.self) {
                try HeldInterruptions.during(
                    holding: [SIGUSR1],
                    { () throws(Failed) in
                        raise(SIGUSR1)
                        throw Failed()
                    }, release: { released.append($0) })
            }
            #expect(released == [SIGUSR1])
        }
    }
}
