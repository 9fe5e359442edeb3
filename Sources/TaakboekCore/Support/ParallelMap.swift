import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order. For independent work such as parsing
    /// one file per element.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeResultBuffer<Result>(count: count)
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(transform(elements[index]), at: index)
            }
        }
        return results.finish()
    }
}

/// Slots written once each, by distinct iterations of `concurrentPerform`, then read once. Raw
/// memory rather than an array property, so concurrent writes to distinct slots are not
/// overlapping accesses to one variable.
private final class UnsafeResultBuffer<Result>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    func store(_ result: Result, at index: Int) { base[index] = result }

    func finish() -> [Result] { (0..<count).compactMap { base[$0] } }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
