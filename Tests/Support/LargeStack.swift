import Foundation

/// Runs `work` on a thread with a generous stack, so results that depend on nesting depth do
/// not depend on the test runner's thread (512 KB on macOS, and debug builds use several
/// times the stack of release builds).
public func onLargeStack<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
    await withCheckedContinuation { (continuation: CheckedContinuation<Result, Never>) in
        let thread = Thread { continuation.resume(returning: work()) }
        thread.stackSize = 16 * 1024 * 1024
        thread.start()
    }
}
