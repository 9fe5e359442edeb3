import Testing

@testable import TaakboekRules

@Suite("Digit runs for the privacy rules")
struct DigitRunTests {
    @Test func dottedRunsAreOneRunWithTheirPlace() {
        let runs = DigitRun.runs(in: "a: 1\nbsn: 1234.56.782\n")
        #expect(runs.count == 1)
        #expect(runs.first?.digits == [1, 2, 3, 4, 5, 6, 7, 8, 2])
        #expect(runs.first.map { ($0.line, $0.column, $0.length) } ?? (0, 0, 0) == (2, 6, 11))
    }

    @Test func onlyRunsOfNineOrTenDigitsAreKept() {
        let text = "a: 12345678\nb: 123456789012\nc: 0612345678.\nd: 2024-09-01\n"
        #expect(DigitRun.runs(in: text).map(\.count) == [10])
        #expect(DigitRun.runs(in: text).first?.length == 10, "a trailing dot is not part of the run")
    }

    @Test func columnsCountCharactersNotBytes() {
        let runs = DigitRun.runs(in: "één: 123456789\n")
        #expect(runs.first?.column == 6)
    }

    /// The runs a plain reading finds: maximal stretches of digits with single dots between them.
    static func referenceCounts(_ text: String) -> [Int] {
        var counts: [Int] = []
        var count = 0
        var dot = false
        for character in text.unicodeScalars {
            if ("0"..."9").contains(character) {
                count += 1
                dot = false
            } else if character == "." && count > 0 && !dot {
                dot = true
            } else {
                if count == 9 || count == 10 { counts.append(count) }
                count = 0
                dot = false
            }
        }
        if count == 9 || count == 10 { counts.append(count) }
        return counts
    }

    /// The quick first pass (is there a run of nine digits at all?) never hides a run.
    @Test func randomTextsGiveTheRunsAPlainReadingGives() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["1", "2", "9", "0", ".", "..", "-", " ", "\n", "a", "é", "12345", "1234.5678", "0612345678"]
        for _ in 0..<20_000 {
            let text = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(DigitRun.runs(in: text).map(\.count) == Self.referenceCounts(text), "\(text.debugDescription)")
        }
    }
}
