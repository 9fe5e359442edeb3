import Foundation
import Testing

/// Bad input gets a diagnostic with its file and line and exit status 1: never a crash or a hang.
@Suite("Hostile and malformed records")
struct HostileInputTests {
    static let periodHeader = "# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"

    static let placementHeader = "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\n"

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Where under records/x/ the file goes.
        let path: String
        let bytes: [UInt8]
        /// What the report must contain, after "records/x/".
        let expected: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ expected: String, path: String = "perioden/2024-II.yaml") {
            self.init(name, bytes: Array(text.utf8), expected, path: path)
        }

        init(_ name: String, bytes: [UInt8], _ expected: String, path: String = "perioden/2024-II.yaml") {
            self.name = name
            self.path = path
            self.bytes = bytes
            self.expected = expected
        }
    }

    /// An open period with `taakstelling` written as given.
    static func taakstelling(_ value: String) -> String {
        periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: \(value)\n"
    }

    /// Ten levels of ten aliases each: 10^10 nodes when expanded.
    static let aliasBomb: String = {
        var text = periodHeader + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return text
    }()

    static let cases: [Case] = [
        Case(
            "malformed YAML", periodHeader + "periode: 2024-II\nstatus: [open\n",
            "2024-II.yaml:4:1: fout [TB101] ongeldige YAML"),
        Case(
            "duplicate key", periodHeader + "periode: 2024-II\nperiode: 2024-II\n",
            "2024-II.yaml:2:1: fout [TB101] dubbele sleutel periode"),
        Case(
            "anchor and alias",
            periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: &a 3\ntaakstelling: *a\n",
            "2024-II.yaml:4:20: fout [TB102]"),
        Case(
            "custom tag", periodHeader + "periode: !!python/object 2024-II\n",
            "2024-II.yaml:2:10: fout [TB102] dit is geldige YAML die records niet toestaan: de tag !!python/object"),
        Case(
            "not UTF-8", bytes: Array((periodHeader + "periode: 2024-II\nopmerking: caf").utf8) + [0xE9, 0x0A],
            "2024-II.yaml:3:15: fout [TB100] ongeldige UTF-8"),
        Case(
            "byte-order mark",
            bytes: [0xEF, 0xBB, 0xBF]
                + Array(
                    (periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n").utf8),
            "2024-II.yaml:1:1: fout [TB100] bestand begint met een byte-order mark"),
        Case(
            "mixed line ends",
            (periodHeader + "periode: 2024-II\r\nstatus: open\nachterstand_begin: 3\r\ntaakstelling: 10\r\n"),
            "2024-II.yaml:2:17: waarschuwing [TB100] regeleinden zijn gemengd"),
        Case("empty file", "", "2024-II.yaml:1:1: fout [TB100] bestand is leeg"),
        Case(
            "number where text is expected",
            periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\nbron: 2024\n",
            "2024-II.yaml:6:7: fout [TB104] `bron` moet tekst zijn, maar is het getal 2024"),
        Case(
            "text where a number is expected",
            periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: drie\ntaakstelling: 10\n",
            "2024-II.yaml:4:20: fout [TB104] `achterstand_begin` moet een geheel getal of `onbekend` zijn, maar is de tekst 'drie'"
        ),
        Case(
            "huge integer",
            periodHeader
                + "periode: 2024-II\nstatus: open\nachterstand_begin: 123456789012345678901234567890\ntaakstelling: 10\n",
            "2024-II.yaml:4:20: fout [TB103] getal 123456789012345678901234567890 is te groot"),
        Case(
            "hexadecimal", periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: 0x1F\ntaakstelling: 10\n",
            "2024-II.yaml:4:20: fout [TB103] getal in hexadecimale notatie (0x1F); schrijf 31"),
        Case(
            "NUL byte", bytes: Array((periodHeader + "periode: 2024-II\nstatus: o").utf8) + [0] + Array("pen\n".utf8),
            "2024-II.yaml:3:10: fout [TB100] bestand bevat een NUL-byte; het is geen tekstbestand"),
        Case(
            "a line break only YAML knows",
            bytes: Array((periodHeader + "periode: 2024-II\nopmerking: a").utf8) + [0xC2, 0x85] + Array("b\n".utf8),
            "2024-II.yaml:3:13: fout [TB100] bestand bevat het teken U+0085 (volgende regel, NEL), dat YAML als regeleinde leest maar een editor niet"
        ),
        Case(
            "deep flow nesting",
            periodHeader + "periode: 2024-II\nopmerking: " + String(repeating: "[", count: 100_000)
                + String(repeating: "]", count: 100_000) + "\n",
            "2024-II.yaml:3:76: fout [TB102] te diep geneste YAML (meer dan 64 niveaus)"),
        Case(
            "deep block nesting",
            periodHeader + (0..<100).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined(),
            "2024-II.yaml:67:66: fout [TB102] te diep geneste YAML"),
        Case(
            "alias bomb", aliasBomb,
            "2024-II.yaml:2:5: fout [TB102] dit is geldige YAML die records niet toestaan: ankers en aliassen (&naam, *naam)"),
        Case(
            "fraction where an integer is expected", taakstelling("3.5"),
            "2024-II.yaml:5:15: fout [TB104] `taakstelling` moet een geheel getal of `onbekend` zijn, maar is het getal 3.5"
        ),
        Case(
            "exponent", taakstelling("1e3"),
            "2024-II.yaml:5:15: fout [TB103] getal als kommagetal of met exponent geschreven (1e3); schrijf 1000"),
        Case(
            "leading zeros", taakstelling("007"),
            "2024-II.yaml:5:15: fout [TB103] getal met voorloopnul (007); schrijf 7, of zet tekst tussen aanhalingstekens"
        ),
        Case(
            "infinity", taakstelling(".inf"),
            "2024-II.yaml:5:15: fout [TB103] '.inf' is geen aantal; schrijf een geheel getal of `onbekend`"),
        Case(
            "null", taakstelling("~"),
            "2024-II.yaml:5:15: fout [TB104] `taakstelling` moet een geheel getal of `onbekend` zijn, maar is leeg"),
        Case(
            "huge negative integer", taakstelling("-9223372036854775809"),
            "2024-II.yaml:5:15: fout [TB103] getal -9223372036854775809 is te klein; een voorsprong past ruim in -9223372036854775808"
        ),
        Case(
            "sum that does not fit in 64 bits",
            periodHeader
                + "periode: 2024-II\nstatus: open\nachterstand_begin: 1\ntaakstelling: 9223372036854775807\ntotaal: 5\n",
            "2024-II.yaml:6:9: fout [TB202] de som van achterstand_begin, taakstelling past niet in een 64-bits getal"),
        Case(
            "difference that does not fit in 64 bits",
            periodHeader
                + "periode: 2024-II\nstatus: afgesloten\nachterstand_begin: -5\ntaakstelling: 0\ntotaal: -5\ngehuisvest: 0\nachterstand_eind: 9223372036854775807\n",
            "2024-II.yaml:8  verschil past niet in 64 bits"),
        Case(
            "negative persons",
            placementHeader + "datum: 2024-09\nsoort: regulier\npersonen: -3\n",
            "plaatsingen/2024-II/a.yaml:4:11: fout [TB104] `personen` moet minstens 1 zijn, maar is -3",
            path: "plaatsingen/2024-II/a.yaml"),
    ]

    @Test(arguments: cases)
    func reportedWithPlaceAndExitOne(_ hostile: Case) throws {
        let folder = try RecordFolder()
        try folder.write("records/x/" + hostile.path, bytes: hostile.bytes)
        let clock = ContinuousClock()
        var run = Run(status: 0, stdout: "", stderr: "")
        let elapsed = try clock.measure { run = try Taakboek.run(["-C", folder.url.path, "check"]) }
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        let directory = hostile.path.hasPrefix("perioden/") ? "records/x/perioden/" : "records/x/"
        #expect(run.stdout.contains(directory + hostile.expected), "\(run.stdout)")
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }

    @Test func oversizedFileAndSymlinkOutsideTheRepository() throws {
        let folder = try RecordFolder()
        let big = folder.url.appendingPathComponent("records/x/perioden/2024-II.yaml")
        try FileManager.default.createDirectory(at: big.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: big.path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("records/x/gemeente.yaml").path,
            withDestinationPath: "/etc/hostname")
        let run = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "records/x/perioden/2024-II.yaml:1:1: fout [TB100] bestand is 104857600 bytes, meer dan de grens van 1 MiB")
        )
        #expect(run.stdout.contains("records/x/gemeente.yaml:1:1: fout [TB100] symbolische koppeling"))
    }
}
