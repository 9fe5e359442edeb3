import Foundation
import Testing

/// Git for Windows checks text files out with CRLF line ends (`core.autocrlf=true`, its default).
/// A clone made so is checked exactly as an LF clone: the same findings, lines quoted without the
/// CR, columns where the editor shows them. Only a file that mixes line ends gets a warning.
@Suite("CRLF line ends")
struct LineEndTests {
    /// A clone of `repository` checked out as Git for Windows does.
    func crlfClone(of repository: GitRepository) throws -> URL {
        let clone = repository.url.appendingPathComponent("windows-clone")
        let cloned = try repository.git("-c", "core.autocrlf=true", "clone", "-q", repository.url.path, clone.path)
        #expect(cloned.status == 0, "\(cloned.output)")
        try repository.git("config", "core.autocrlf", "true", in: clone)
        return clone
    }

    func check(_ directory: URL, _ arguments: String...) throws -> Run {
        try Taakboek.run(["-C", directory.path, "check"] + arguments)
    }

    @Test func aCRLFCloneIsCheckedExactlyAsAnLFOne() throws {
        let repository = try GitRepository()
        let clone = try crlfClone(of: repository)
        let placement = "records/tynaarlo/plaatsingen/2024-II/vredestein.yaml"
        let bytes = try Data(contentsOf: clone.appendingPathComponent(placement))
        #expect(bytes.contains(0x0D), "the clone should have CRLF line ends")
        for arguments in [[], ["--staged"], ["--base", "HEAD"], ["--format", "json"]] {
            let lf = try Taakboek.run(["-C", repository.url.path, "check"] + arguments)
            let crlf = try Taakboek.run(["-C", clone.path, "check"] + arguments)
            #expect(lf.status == 0, "\(arguments): \(lf.stdout)\(lf.stderr)")
            #expect(crlf.status == lf.status && crlf.stdout == lf.stdout, "\(arguments): \(crlf.stdout)\(crlf.stderr)")
        }
    }

    @Test func aFindingInACRLFFileIsQuotedWithoutTheCR() throws {
        let repository = try GitRepository()
        let clone = try crlfClone(of: repository)
        try repository.breakOpenPeriod()
        let period = clone.appendingPathComponent(GitRepository.period)
        let text = try String(contentsOf: period, encoding: .utf8)
        #expect(text.contains("totaal: 64\r\n"))
        try Data(text.replacingOccurrences(of: "totaal: 64", with: "totaal: 65").utf8).write(to: period)
        let lf = try check(repository.url)
        let crlf = try check(clone)
        #expect(lf.status == 1)
        #expect(crlf.status == 1 && crlf.stdout == lf.stdout, "\(crlf.stdout)")
        #expect(!crlf.stdout.contains("\r"))
    }

    @Test func mixedLineEndsAreAWarningWithTheirPlace() throws {
        let folder = try RecordFolder.shipped()
        let path = "records/tynaarlo/plaatsingen/2024-II/vredestein.yaml"
        let text = try folder.read(path)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The first line ends in CRLF, the rest in LF: the second line end is the odd one.
        lines[0] += "\r"
        try folder.write(path, lines.joined(separator: "\n"))
        // A warning: the file reads exactly as meant, so the check still passes.
        let run = try check(folder.url)
        #expect(run.status == 0)
        let column = lines[1].unicodeScalars.count + 1
        #expect(
            run.stdout.contains("\(path):2:\(column): waarschuwing [TB100] regeleinden zijn gemengd"), "\(run.stdout)")
        #expect(!run.stdout.contains("fout ["), "\(run.stdout)")
    }
}
