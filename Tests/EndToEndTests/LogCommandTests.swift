import Foundation
import Testing

/// `taakboek log`, end to end: the built binary on a copy of the shipped records whose 2024-II
/// period was changed twice after the first commit, on known dates.
@Suite("taakboek log, end to end")
struct LogCommandTests {
    static let period = "records/tynaarlo/perioden/2024-II.yaml"

    /// Three commits that change 2024-II: 1 March, 1 June and 1 September 2024 (noon, UTC).
    static func history() throws -> (repository: GitRepository, commits: [String]) {
        let repository = try GitRepository(committed: false)
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "Records van Tynaarlo", environment: at("2024-03-01"))
        try repository.replace(period, "bron: Raadsinformatiebrief over 2024-II", with: "bron: Raadsinformatiebrief")
        try repository.git("commit", "-qam", "Bron ingekort", environment: at("2024-06-01"))
        try repository.replace(period, "gehuisvest: 41", with: "gehuisvest: 41\nopmerking: Nagekeken.")
        try repository.git("commit", "-qam", "Opmerking bij 2024-II", environment: at("2024-09-01"))
        let commits = try repository.git("log", "--format=%H", "--", period).output
            .split(separator: "\n").map(String.init)
        #expect(commits.count == 3)
        return (repository, commits)
    }

    static func at(_ day: String) -> [String: String] {
        ["GIT_AUTHOR_DATE": "\(day)T12:00:00Z", "GIT_COMMITTER_DATE": "\(day)T12:00:00Z"]
    }

    @Test func textInDutchShowsEveryVersionNewestFirst() throws {
        let (repository, commits) = try Self.history()
        let run = try Taakboek.run(["-C", repository.url.path, "log", "2024-II"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(
            run.stdout.hasPrefix(
                """
                commit \(commits[0])
                Auteur: Test
                Datum:  2024-09-01

                    Opmerking bij 2024-II

                    gewijzigd: \(Self.period)
                    opmerking: — → Nagekeken.

                commit \(commits[1])
                Auteur: Test
                Datum:  2024-06-01

                    Bron ingekort

                    gewijzigd: \(Self.period)
                    bron: Raadsinformatiebrief over 2024-II → Raadsinformatiebrief

                commit \(commits[2])
                """), "\(run.stdout)")
        #expect(run.stdout.contains("    toegevoegd: \(Self.period)\n    periode: — → 2024-II\n"))
        let commitLines = run.stdout.split(separator: "\n").filter { $0.hasPrefix("commit ") }
        #expect(commitLines.map { String($0.dropFirst(7)) } == commits)
    }

    @Test func textInEnglish() throws {
        let (repository, commits) = try Self.history()
        let run = try Taakboek.run(["-C", repository.url.path, "--lang", "en", "log", Self.period])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("commit \(commits[0])\nAuthor: Test\nDate:  2024-09-01\n"), "\(run.stdout)")
        #expect(run.stdout.contains("    changed: \(Self.period)\n"))
        #expect(run.stdout.contains("    added: \(Self.period)\n"))
        #expect(!run.stdout.contains("gewijzigd") && !run.stdout.contains("Auteur"))
    }

    @Test func jsonParsesAndHasEveryKey() throws {
        let (repository, commits) = try Self.history()
        let run = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--format", "json"])
        #expect(run.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let entries = try #require(parsed as? [[String: Any]])
        #expect(entries.map { $0["commit"] as? String } == commits)
        for entry in entries {
            for key in ["commit", "auteur", "datum", "bericht", "pad", "soort", "wijzigingen"] {
                #expect(entry[key] != nil, "missing \(key)")
            }
            #expect(entry["pad"] as? String == Self.period)
            #expect(entry["auteur"] as? String == "Test")
        }
        #expect(entries.map { $0["soort"] as? String } == ["gewijzigd", "gewijzigd", "toegevoegd"])
        #expect(entries.map { $0["datum"] as? String } == ["2024-09-01", "2024-06-01", "2024-03-01"])
        #expect(entries[1]["bericht"] as? String == "Bron ingekort")
        let changes = try #require(entries[1]["wijzigingen"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["veld"] as? String == "bron")
        #expect(changes.first?["oud"] as? String == "Raadsinformatiebrief over 2024-II")
        #expect(changes.first?["nieuw"] as? String == "Raadsinformatiebrief")
    }

    @Test func csvHasAHeaderAndOneRowPerChangedField() throws {
        let (repository, commits) = try Self.history()
        let run = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--format", "csv"])
        #expect(run.status == 0)
        let rows = run.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(run.stdout.hasSuffix("\r\n"))
        #expect(rows.first == "commit,datum,auteur,bericht,pad,soort,veld,oud,nieuw")
        #expect(
            rows.dropFirst().first
                == "\(commits[0]),2024-09-01,Test,Opmerking bij 2024-II,\(Self.period),gewijzigd,opmerking,,Nagekeken.")
        #expect(
            rows.dropFirst(2).first
                == "\(commits[1]),2024-06-01,Test,Bron ingekort,\(Self.period),gewijzigd,bron,Raadsinformatiebrief over 2024-II,Raadsinformatiebrief"
        )
        // The first version sets every field: one row each, all of the first commit.
        let added = rows.dropFirst(3)
        #expect(added.count >= 8)
        #expect(added.allSatisfy { $0.hasPrefix("\(commits[2]),2024-03-01,Test,Records van Tynaarlo,") })
        #expect(added.contains { $0.hasSuffix(",toegevoegd,gehuisvest,,41") })
    }

    @Test func markdownIsATable() throws {
        let (repository, commits) = try Self.history()
        let run = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--format", "markdown"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 5, "\(run.stdout)")
        #expect(lines.first == "| Commit | Datum | Auteur | Bericht | Wijzigingen |")
        #expect(lines.dropFirst().first == "| --- | --- | --- | --- | --- |")
        for (line, commit) in zip(lines.dropFirst(2), commits) {
            #expect(line.hasPrefix("| \(commit.prefix(7)) | "), "\(line)")
            #expect(line.hasSuffix(" |"))
        }
        #expect(lines.dropFirst(3).first?.contains("gewijzigd: \(Self.period)<br>bron: ") == true)
    }

    @Test func limitSinceAndUntil() throws {
        let (repository, commits) = try Self.history()
        func ids(_ arguments: [String]) throws -> [String] {
            let run = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--format", "json"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
            return (parsed ?? []).compactMap { $0["commit"] as? String }
        }
        #expect(try ids(["-n", "1"]) == [commits[0]])
        #expect(try ids(["-n", "0"]) == [])
        #expect(try ids(["--since", "2024-06-01"]) == [commits[0], commits[1]])
        #expect(try ids(["--since", "2024-06-02"]) == [commits[0]])
        #expect(try ids(["--until", "2024-06-01"]) == [commits[1], commits[2]])
        #expect(try ids(["--until", "2024-05-31"]) == [commits[2]])
        #expect(try ids(["--since", "2024-04-01", "--until", "2024-08-01"]) == [commits[1]])
        #expect(try ids(["--since", "2024-04-01", "-n", "1"]) == [commits[0]])
        #expect(try ids(["--rev", commits[1]]) == [commits[1], commits[2]])
        let none = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--since", "2030-01-01"])
        #expect(none.status == 0)
        #expect(none.stdout == "geen commits gevonden die \(Self.period) wijzigen\n")
    }

    @Test func ambiguousAndUnknownNamesSayWhatToDo() throws {
        let (repository, _) = try Self.history()
        try repository.write("records/assen/gemeente.yaml", "naam: Assen\n")
        try repository.write(
            "records/assen/perioden/2024-II.yaml", try repository.folder.read(Self.period))
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "Assen", environment: Self.at("2024-10-01"))

        let ambiguous = try Taakboek.run(["-C", repository.url.path, "log", "2024-II"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stdout.isEmpty)
        #expect(
            ambiguous.stderr
                == "taakboek: '2024-II' kan meer records zijn: records/assen/perioden/2024-II.yaml, records/tynaarlo/perioden/2024-II.yaml; noem de gemeente erbij\n"
        )
        #expect(try Taakboek.run(["-C", repository.url.path, "log", "tynaarlo/2024-II"]).status == 0)

        let unknown = try Taakboek.run(["-C", repository.url.path, "log", "2031-I"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(
            unknown.stderr
                == "taakboek: geen record '2031-I' gevonden; geef het pad (records/<gemeente>/perioden/<periode>.yaml) of een korte naam zoals <gemeente>/<periode>\n"
        )
    }

    @Test func badDatesAndUnknownRevisionsAreUsageErrors() throws {
        let (repository, _) = try Self.history()
        for (option, value) in [("--since", "2024-13-01"), ("--until", "1-9-2024"), ("--since", "gisteren")] {
            let run = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", option, value])
            #expect(run.status == 2, "\(option) \(value)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "taakboek: \(option) verwacht een datum JJJJ-MM-DD, niet '\(value)'\n")
        }
        let rev = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--rev", "bestaat-niet"])
        #expect(rev.status == 2)
        #expect(rev.stdout.isEmpty)
        #expect(rev.stderr.hasPrefix("taakboek: 'bestaat-niet' is geen revisie en geen datum (JJJJ-MM-DD): "))
        #expect(rev.stderr.hasSuffix("; geef een commit, tak of datum\n"))
        let negative = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "-n", "-1"])
        #expect(negative.status == 2)
    }

    @Test func aShallowCloneSaysItsHistoryIsCutOff() throws {
        let (repository, commits) = try Self.history()
        let clone = try RecordFolder()
        _ = try GitRepository.git(
            ["clone", "-q", "--depth", "2", "file://" + repository.url.path, clone.url.path + "/kloon"],
            in: clone.url, home: clone.url)
        let run = try Taakboek.run(["-C", clone.url.path + "/kloon", "log", "2024-II"])
        #expect(run.status == 0, "\(run.stderr)")
        let listed = run.stdout.split(separator: "\n").filter { $0.hasPrefix("commit ") }.map { $0.dropFirst(7) }
        #expect(listed.map(String.init) == Array(commits.prefix(2)))
        let note = "(ondiepe kloon: oudere geschiedenis ontbreekt hier; haal die op met git fetch --unshallow)"
        #expect(run.stdout.hasSuffix("\n\n" + note + "\n"), "\(run.stdout)")
        // A full clone has no such note.
        let full = try Taakboek.run(["-C", repository.url.path, "log", "2024-II"])
        #expect(!full.stdout.contains("ondiepe kloon"))
    }

    /// `taakboek log … | head -1`: the reader goes away after one line; taakboek stops writing
    /// and exits normally (SIGPIPE would kill it), and still saves its change index.
    @Test func aReaderThatStopsEarlyDoesNotKillIt() throws {
        let repository = try GitRepository(committed: false)
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "Records van Tynaarlo")
        // 1,500 commits that each change the period, written at once with fast-import.
        var stream = ""
        let head = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let original = try repository.folder.read(Self.period)
        for number in 1...1_500 {
            let text = original.replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 41\nopmerking: \(number)")
            stream += "commit refs/heads/main\ncommitter Test <test@example.invalid> \(1_700_000_000 + number) +0000\n"
            stream += "data 9\nversie \(number % 10)\n"
            if number == 1 { stream += "from \(head)\n" }
            stream += "M 100644 inline \(Self.period)\ndata \(text.utf8.count)\n\(text)\n"
        }
        try repository.folder.write(".stream", stream)
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        importer.arguments = ["git", "fast-import", "--quiet", "--force"]
        importer.currentDirectoryURL = repository.url
        importer.standardInput = try FileHandle(forReadingFrom: repository.url.appendingPathComponent(".stream"))
        try importer.run()
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        try repository.git("reset", "-q", "--hard", "main")

        let whole = try Taakboek.run(["-C", repository.url.path, "log", "2024-II"])
        #expect(whole.stdout.utf8.count > 256 * 1024, "more than a pipe holds")
        let cache = repository.url.appendingPathComponent(".git/taakboek/history-v1.cache")
        #expect(!FileManager.default.fileExists(atPath: cache.path), "a query makes no index")
        // An index there, but of no use (another binary's, say): the query fills it in anew.
        try FileManager.default.createDirectory(
            at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not an index".utf8).write(to: cache)

        let process = Process()
        process.executableURL = Taakboek.binary
        process.arguments = ["-C", repository.url.path, "log", "2024-II"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var first: [UInt8] = []
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.readData(ofLength: 1)
            guard !chunk.isEmpty else { break }
            first += chunk
        }
        try output.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("commit "))
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        let saved = try #require(FileManager.default.contents(atPath: cache.path))
        #expect(saved.starts(with: Array("taakboek history-v1.cache".utf8)), "the index was saved")
    }

    /// `taakboek index` makes the change index, says what it holds, fills it in only with what
    /// is new, and removes it; the answers of `log` are the same with and without it.
    @Test func theIndexCommandMakesFillsAndRemovesTheIndex() throws {
        let (repository, _) = try Self.history()
        let cache = repository.url.appendingPathComponent(".git/taakboek/history-v1.cache").path
        let without = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--format", "json"])
        #expect(without.status == 0 && !FileManager.default.fileExists(atPath: cache))

        let made = try Taakboek.run(["-C", repository.url.path, "index"])
        #expect(made.status == 0 && made.stderr.isEmpty, "\(made.stderr)")
        #expect(made.stdout == "wijzigingsindex: 3 commits, waarvan 3 nieuw (\(cache))\n", "\(made.stdout)")
        let again = try Taakboek.run(["-C", repository.url.path, "--lang", "en", "index"])
        #expect(again.stdout == "change index: 3 commits, 0 of them new (\(cache))\n", "\(again.stdout)")
        let with = try Taakboek.run(["-C", repository.url.path, "log", "2024-II", "--format", "json"])
        #expect(with.stdout == without.stdout)

        let unknown = try Taakboek.run(["-C", repository.url.path, "index", "geen-tak"])
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("'geen-tak' is geen revisie"), "\(unknown.stderr)")

        let removed = try Taakboek.run(["-C", repository.url.path, "index", "--remove"])
        #expect(removed.status == 0 && removed.stdout == "wijzigingsindex verwijderd\n")
        #expect(!FileManager.default.fileExists(atPath: cache))
        let none = try Taakboek.run(["-C", repository.url.path, "index", "--remove"])
        #expect(none.status == 0 && none.stdout == "er is geen wijzigingsindex\n")
    }
}
