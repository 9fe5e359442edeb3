import Foundation
import Testing

/// Files and folders that are not what the records layout expects: huge files, links out of the
/// repository, odd names, folders where a record belongs. Each is a finding with the path (exit
/// status 1), or, when nothing can be checked at all, one line with exit status 2.
@Suite("Hostile files and names")
struct HostileFilesTests {
    static let placement =
        "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2024-09\nsoort: regulier\npersonen: 2\n"

    func check(_ folder: RecordFolder, _ arguments: String...) throws -> Run {
        let run = try Taakboek.run(["-C", folder.url.path, "check"] + arguments)
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrace"), "\(run.stderr)")
        return run
    }

    /// The limit is 1 MiB (`RecordText.maximumSize`): a bigger file is reported from its size
    /// alone, never read, in the working tree as in git.
    @Test func aHundredMegabyteRecordIsReportedFromItsSizeQuickly() throws {
        let folder = try RecordFolder.shipped()
        let big = folder.url.appendingPathComponent("records/tynaarlo/perioden/2018-I.yaml")
        let line = Array("opmerking: ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 1 << 20) + [0x0A]
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        for _ in 0..<100 { try handle.write(contentsOf: line) }
        try handle.close()
        let size = try #require(FileManager.default.attributesOfItem(atPath: big.path)[.size] as? Int)
        #expect(size > 100 << 20)
        let clock = ContinuousClock()
        var run = Run(status: 0, stdout: "", stderr: "")
        let elapsed = try clock.measure { run = try check(folder) }
        #expect(run.status == 1)
        #expect(run.stdout.contains("2018-I.yaml:1:1: fout [TB100] bestand is \(size) bytes, meer dan de grens van 1 MiB"))
        #expect(elapsed < .seconds(10), "\(elapsed)")
        // The queries leave it out, and say so.
        for query in [["history"], ["report", "2024-II"], ["overview", "--date", "2025-01-01"]] {
            let answer = try Taakboek.run(["-C", folder.url.path] + query)
            #expect(answer.status == 0, "\(query): \(answer.stderr)")
            #expect(
                answer.stderr.contains(
                    "taakboek: waarschuwing: records/tynaarlo/perioden/2018-I.yaml kan niet worden gelezen (bestand is \(size) bytes"
                ), "\(query): \(answer.stderr)")
        }
        // The same file staged: git's blob is not read either.
        try folder.git("init", "-q")
        try folder.git("add", "-A")
        let staged = try check(folder, "--staged")
        #expect(
            staged.status == 1 && staged.stdout.contains("2018-I.yaml:1:1: fout [TB100] (index) bestand is \(size) bytes"))
    }

    @Test func linksAreNeverFollowedOutOfTheRepository() throws {
        let folder = try RecordFolder.shipped()
        let outside = try RecordFolder()
        try outside.write("geheim.yaml", "periode: 2018-I\nstatus: open\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("records/tynaarlo/perioden/2018-I.yaml").path,
            withDestinationPath: outside.url.appendingPathComponent("geheim.yaml").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("records/tynaarlo/plaatsingen/2018-I").path,
            withDestinationPath: outside.url.path)
        let run = try check(folder)
        #expect(run.status == 1)
        for path in ["records/tynaarlo/perioden/2018-I.yaml", "records/tynaarlo/plaatsingen/2018-I"] {
            #expect(run.stdout.contains(path + ":1:1: fout [TB100] symbolische koppeling: taakboek volgt die niet"))
        }
        #expect(!run.stdout.contains("geheim"))
        // Committed as links, they are links in git too.
        try folder.git("init", "-q")
        try folder.git("add", "-A")
        let staged = try check(folder, "--staged")
        #expect(staged.stdout.contains("2018-I.yaml:1:1: fout [TB100] (index) symbolische koppeling"), "\(staged.stdout)")
    }

    @Test func schemasOrRecordsAsALinkAreNotFollowed() throws {
        let folder = try RecordFolder.shipped()
        let elsewhere = try RecordFolder()
        let schemas = folder.url.appendingPathComponent("schemas")
        try FileManager.default.moveItem(at: schemas, to: elsewhere.url.appendingPathComponent("schemas"))
        try FileManager.default.createSymbolicLink(
            at: schemas, withDestinationURL: elsewhere.url.appendingPathComponent("schemas"))
        let run = try check(folder)
        #expect(run.status == 1 && run.stdout.contains("schemas:1:1: fout [TB100] symbolische koppeling"), "\(run.stdout)")

        let records = folder.url.appendingPathComponent("records")
        try FileManager.default.moveItem(at: records, to: elsewhere.url.appendingPathComponent("records"))
        try FileManager.default.createSymbolicLink(
            at: records, withDestinationURL: elsewhere.url.appendingPathComponent("records"))
        let none = try check(folder)
        #expect(none.status == 2 && none.stderr.split(separator: "\n").count == 1)
        #expect(none.stderr.contains("records is een symbolische koppeling of geen map"), "\(none.stderr)")
    }

    @Test func namesWithSpacesAndAccentsAreRecordsLikeAnyOther() throws {
        let folder = try RecordFolder.shipped()
        try folder.write("records/tynaarlo/plaatsingen/2024-II/de brink.yaml", Self.placement)
        try folder.write("records/tynaarlo/plaatsingen/2024-II/één-straat.yaml", Self.placement)
        let run = try check(folder)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("in 17 records"))
        // They count: 23 + 2 + 2.
        #expect(run.stdout.contains("tellen op tot 27"), "\(run.stdout)")
    }

    @Test func aNewlineOrTabInANameIsAFindingOnOneLine() throws {
        let folder = try RecordFolder.shipped()
        try folder.write("records/tynaarlo/plaatsingen/2024-II/a\nb.yaml", Self.placement)
        try folder.write("records/tynaarlo/plaatsingen/2024-II/c\td.yaml", Self.placement)
        let run = try check(folder)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "records/tynaarlo/plaatsingen/2024-II/a\\nb.yaml:1:1: fout [TB108] de naam bevat een regeleinde, tab of ander stuurteken"
            ), "\(run.stdout)")
        #expect(run.stdout.contains("records/tynaarlo/plaatsingen/2024-II/c\\td.yaml:1:1: fout [TB108]"))
        #expect(!run.stdout.contains("a\nb"), "no raw newline in the report")
        // Not counted as placements.
        #expect(run.stdout.contains("tellen op tot 23"))
    }

    @Test func aFolderWhereARecordBelongs() throws {
        let folder = try RecordFolder.shipped()
        let municipality = folder.url.appendingPathComponent("records/tynaarlo/gemeente.yaml")
        try FileManager.default.removeItem(at: municipality)
        try FileManager.default.createDirectory(at: municipality, withIntermediateDirectories: true)
        try folder.write("records/tynaarlo/perioden/2018-I.yaml/inhoud.yaml", "periode: 2018-I\n")
        let run = try check(folder)
        #expect(run.status == 1)
        for path in ["records/tynaarlo/gemeente.yaml", "records/tynaarlo/perioden/2018-I.yaml"] {
            #expect(
                run.stdout.contains(path + ":1:1: fout [TB100] dit is een map, maar hier hoort een bestand (een record)"),
                "\(run.stdout)")
        }
        #expect(!run.stdout.contains("heeft geen gemeente.yaml"), "the folder is named, not called missing")
        #expect(!run.stdout.contains("inhoud.yaml"))
    }

    /// A repository's own schema is input too: a pattern that takes exponential time on a value
    /// stops at its budget (`ValidationLimits.maxPatternSearch`) instead of hanging the check.
    @Test func aSchemaPatternThatWouldNeverFinishIsStopped() throws {
        let folder = try RecordFolder.shipped()
        try folder.replace(
            "schemas/periode.schema.json", "    \"bron\": {\n",
            with: "    \"bron\": {\n      \"pattern\": \"(a|aa)+$\",\n")
        try folder.replace(
            "records/tynaarlo/perioden/2025-I.yaml", "bron: Raadsinformatiebrief over 2024-II",
            with: "bron: " + String(repeating: "a", count: 80) + "!")
        let clock = ContinuousClock()
        var run = Run(status: 0, stdout: "", stderr: "")
        let elapsed = try clock.measure { run = try check(folder) }
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "records/tynaarlo/perioden/2025-I.yaml:2:1: fout [TB104] het patroon (a|aa)+$ in het schema kost op een waarde van dit record te veel rekenwerk"
            ), "\(run.stdout)")
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test func aNestedRepositoryInTheWorkingTreeIsNotRead() throws {
        let folder = try RecordFolder.shipped()
        try folder.write("records/tynaarlo/kopie/.git/HEAD", "ref: refs/heads/main\n")
        try folder.write("records/tynaarlo/kopie/gemeente.yaml", "naam: Ander\n")
        let run = try check(folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("records/tynaarlo/kopie:1:1: fout [TB100] submodule (een andere git-repository)"))
        #expect(!run.stdout.contains("kopie/gemeente.yaml"))
    }
}
