import Foundation
import Testing

/// Bad input gets a diagnostic with its file and line and exit status 1: never a crash or a hang.
@Suite("Hostile and malformed records")
struct HostileInputTests {
    static let periodHeader = "# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        /// What the report must contain.
        let expected: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ expected: String) {
            self.init(name, bytes: Array(text.utf8), expected)
        }

        init(_ name: String, bytes: [UInt8], _ expected: String) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
        }
    }

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
            "2024-II.yaml:2:10: fout [TB102] YAML-tag"),
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
            "CRLF",
            (periodHeader + "periode: 2024-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
                .replacingOccurrences(of: "\n", with: "\r\n"), "2024-II.yaml:1:69: fout [TB100] regeleinden zijn CRLF"),
        Case("empty file", "", "2024-II.yaml: fout [TB100] bestand is leeg"),
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
    ]

    @Test(arguments: cases)
    func reportedWithPlaceAndExitOne(_ hostile: Case) throws {
        let folder = try RecordFolder()
        try folder.write("records/x/perioden/2024-II.yaml", bytes: hostile.bytes)
        let run = try Taakboek.run(["-C", folder.url.path, "check"])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("records/x/perioden/" + hostile.expected), "\(run.stdout)")
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
                "records/x/perioden/2024-II.yaml: fout [TB100] bestand is 104857600 bytes, meer dan de grens van 1 MiB")
        )
        #expect(run.stdout.contains("records/x/gemeente.yaml: fout [TB100] symbolische koppeling"))
    }
}
