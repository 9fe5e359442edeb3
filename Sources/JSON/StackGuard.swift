#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Keeps recursion off the end of the thread's stack.
///
/// Fixed depth limits alone are not enough: a thread may have 8 MB of stack (Linux main
/// thread) or 512 KB (Swift concurrency threads on macOS), and debug builds use several
/// times the stack of release builds. Shallow recursion, the normal case, costs nothing;
/// from `quietDepth` on, each level compares the current stack position with the lowest
/// usable address.
package struct StackGuard {
    /// Stack kept free for the work done after the last check.
    static let reserve = 96 * 1024

    /// Levels below this never check.
    private let quietDepth: Int
    private var lowestUsable: UInt?
    private var lookedUp = false

    package init(quietDepth: Int = 16) {
        self.quietDepth = quietDepth
    }

    /// Whether recursion at `depth` may go one level deeper.
    package mutating func hasRoom(atDepth depth: Int) -> Bool {
        guard depth >= quietDepth else { return true }
        if !lookedUp {
            lookedUp = true
            lowestUsable = Self.cachedStackBottom().map { $0 + UInt(Self.reserve) }
        }
        guard let lowestUsable else { return true }
        return Self.currentPosition() > lowestUsable
    }

    /// A thread's stack never moves, so its bottom is looked up once per thread (the
    /// lookup reads /proc on Linux's main thread) and kept in thread-specific storage.
    private static let cacheKey: pthread_key_t? = {
        var key = pthread_key_t()
        return pthread_key_create(&key, nil) == 0 ? key : nil
    }()

    private static func cachedStackBottom() -> UInt? {
        guard let key = cacheKey else { return stackBottom() }
        if let stored = pthread_getspecific(key) {
            let value = UInt(bitPattern: stored)
            return value == unknownBottom ? nil : value
        }
        let bottom = stackBottom()
        _ = pthread_setspecific(key, UnsafeRawPointer(bitPattern: bottom ?? unknownBottom))
        return bottom
    }

    /// Stored when the bottom cannot be determined, so the lookup is not repeated.
    private static let unknownBottom: UInt = 1

    @inline(never)
    private static func currentPosition() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// The lowest address of the current thread's stack (stacks grow downwards on every
    /// platform Swift supports), or nil when it cannot be determined.
    private static func stackBottom() -> UInt? {
        #if canImport(Darwin)
            let thread = pthread_self()
            let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
            let size = UInt(pthread_get_stacksize_np(thread))
            return top > size ? top - size : nil
        #elseif canImport(Glibc) || canImport(Musl)
            var attributes = pthread_attr_t()
            guard getThreadAttributes(pthread_self(), &attributes) == 0 else { return nil }
            defer { pthread_attr_destroy(&attributes) }
            var address: UnsafeMutableRawPointer?
            var size = 0
            guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else {
                return nil
            }
            return UInt(bitPattern: address)
        #else
            return nil
        #endif
    }
}

#if !canImport(Darwin) && (canImport(Glibc) || canImport(Musl))
    /// `pthread_getattr_np`, which glibc declares only under `_GNU_SOURCE` and the Swift
    /// importer therefore does not see. Exported by glibc and musl with this C signature.
    @_silgen_name("pthread_getattr_np")
    private func getThreadAttributes(
        _ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>
    ) -> Int32
#endif
