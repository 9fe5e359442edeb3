/// A small deterministic pseudo-random generator (SplitMix64).
///
/// The standard library's `random(in:using:)` may change its algorithm between Swift versions;
/// this generator and its helpers are pure integer arithmetic, so the same seed gives the same
/// numbers on every platform and toolchain, which keeps the generator's output byte-identical.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one independent stream, e.g. one municipality, derived from a base seed.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next() ^ (stream &+ 0xD1B5_4A32_D192_ED03)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`; 0 when `bound` is not positive.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// A number in the closed range `low...high` (`low` when the range is empty).
    mutating func between(_ low: Int, _ high: Int) -> Int {
        guard high > low else { return low }
        return low + below(high - low + 1)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array, or nil for an empty one.
    mutating func pick<T>(_ items: [T]) -> T? {
        guard !items.isEmpty else { return nil }
        return items[below(items.count)]
    }
}
