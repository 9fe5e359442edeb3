import Foundation
import Testing

/// Records just under the 1 MiB limit shaped to make any step that is quadratic in a file's keys,
/// findings or line length show: each used to take from two minutes to well past ten (and one
/// 16 GB of memory). Every command must finish within 20 s, with findings quoted briefly.
@Suite("Large records in linear time")
struct LargeRecordTests {
    static let path = "records/tynaarlo/perioden/2020-II.yaml"
    static let header =
        "# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"
        + "periode: 2020-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n"
    static let limit = 1_040_000

    /// `header` and then `piece(0)`, `piece(1)`, … while the file stays under `limit`; the count.
    static func record(_ piece: (Int) -> String, closing: String = "") -> (text: String, count: Int) {
        var text = header
        var count = 0
        while true {
            let next = piece(count)
            guard text.utf8.count + next.utf8.count + closing.utf8.count < limit else { break }
            text += next
            count += 1
        }
        return (text + closing, count)
    }

    /// Nine-digit numbers that pass the elfproef (and so may be a BSN), in a row.
    static func elfproefNumbers(_ count: Int) -> [Int] {
        var numbers: [Int] = []
        var candidate = 100_000_000
        while numbers.count < count {
            let digits = String(candidate).compactMap(\.wholeNumberValue)
            let sum = zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1]).map(*).reduce(0, +)
            if sum % 11 == 0 { numbers.append(candidate) }
            candidate += 1
        }
        return numbers
    }

    func timedRun(_ arguments: [String], in folder: URL) throws -> Run {
        let clock = ContinuousClock()
        var run = Run(status: 0, stdout: "", stderr: "")
        let elapsed = try clock.measure { run = try Taakboek.run(["-C", folder.path] + arguments) }
        #expect(elapsed < .seconds(20), "\(arguments): \(elapsed)")
        #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)")
        return run
    }

    func longestLine(_ text: String) -> Int {
        text.split(separator: "\n").map(\.utf8.count).max() ?? 0
    }

    @Test func seventySixThousandUnknownKeys() throws {
        let (text, count) = Self.record { "k\($0): \($0)\n" }
        #expect(count > 70_000)
        let folder = try RecordFolder.shipped()
        try folder.write(Self.path, text)
        let run = try timedRun(["check"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.components(separatedBy: "fout [TB104] onbekend veld").count - 1 == 100)
        #expect(
            run.stdout.contains(
                "2020-II.yaml:106:1: fout [TB104] nog \(count - 100) schemafouten in dit bestand, vanaf hier, worden niet afzonderlijk gemeld"
            ), "\(run.stdout.suffix(2000))")
        for format in ["json", "sarif", "github"] {
            #expect(try timedRun(["check", "--format", format], in: folder.url).status == 1)
        }
    }

    @Test func aFlowMappingOfEightyThousandPairs() throws {
        let (text, count) = Self.record({ ($0 == 0 ? "opmerking: {" : ", ") + "k\($0): \($0)" }, closing: "}\n")
        #expect(count > 70_000)
        let folder = try RecordFolder.shipped()
        try folder.write(Self.path, text)
        let run = try timedRun(["check"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("2020-II.yaml:6:12: fout [TB104] `opmerking` moet tekst zijn"), "\(run.stdout)")
    }

    /// Every number is a finding on the same line of 1 MB; each quotes a window of that line.
    @Test func ninetyThousandFindingsOnOneLine() throws {
        let numbers = Self.elfproefNumbers(110_000)
        let (text, count) = Self.record({ ($0 == 0 ? "opmerking: \"" : " ") + String(numbers[$0]) }, closing: "\"\n")
        #expect(count > 90_000)
        let folder = try RecordFolder.shipped()
        try folder.write(Self.path, text)
        let run = try timedRun(["check"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.components(separatedBy: "fout [TB701]").count - 1 == count)
        #expect(longestLine(run.stdout) < 600, "\(longestLine(run.stdout))")
        #expect(run.stdout.contains("    6 | …"))
    }

    @Test func aLineOfOneMegabyte() throws {
        let folder = try RecordFolder.shipped()
        try folder.write(
            Self.path, Self.header + "opmerking: " + String(repeating: "x", count: Self.limit - 200) + "\n")
        let run = try timedRun(["check"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("2020-II.yaml:6:12: fout [TB104] `opmerking` is te lang"), "\(run.stdout)")
        #expect(longestLine(run.stdout) < 600, "\(longestLine(run.stdout))")
    }

    /// Two versions of a 76,000-key record compared field by field.
    @Test func logBlameAndDiffOfSeventySixThousandKeys() throws {
        let repository = try GitRepository()
        let (text, _) = Self.record { "k\($0): \($0)\n" }
        try repository.write(Self.path, text)
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "Groot", "--no-verify")
        try repository.write(
            Self.path,
            text.replacingOccurrences(of: "\nk7: 7\n", with: "\nk7: 8\n").replacingOccurrences(
                of: "\nk70000: 70000\n", with: "\nk70000: 1\n"))
        try repository.git("commit", "-qam", "Twee velden", "--no-verify")
        let log = try timedRun(["log", "2020-II"], in: repository.url)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(
            log.stdout.contains("k7: 7 → 8") && log.stdout.contains("k70000: 70000 → 1"), "\(log.stdout.prefix(600))")
        let blame = try timedRun(["blame", "2020-II"], in: repository.url)
        #expect(blame.status == 0, "\(blame.stderr)")
        let diff = try timedRun(["diff", "HEAD~1", "HEAD"], in: repository.url)
        #expect(diff.status == 0 && diff.stdout.contains("k70000"), "\(diff.stdout)\(diff.stderr)")
    }
}
