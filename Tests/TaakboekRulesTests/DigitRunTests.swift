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
}
