import TaakboekCore
import TaakboekGit
import TaakboekTestSupport
import Testing

@testable import TaakboekHistory

/// Field-level blame and the record as of a revision or date, on real repositories made with the
/// git CLI (one commit a minute from 2023-11-14 22:14 UTC, see `Scratch`).
@Suite("Blame per field and show as of a date")
struct BlameAndShowTests {
    static let period = "records/x/perioden/2024-II.yaml"
    static let header = "# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"

    static func periodText(taakstelling: Int, gehuisvest: Int) -> String {
        header + "periode: 2024-II\nstatus: open\ntaakstelling: \(taakstelling)\ngehuisvest: \(gehuisvest)\n"
    }

    /// Blame as `(field, commit id)` pairs; the same whether every commit's changes are worked
    /// out in full (as with an index file) or only the path is followed (as without one).
    static func blame(_ path: String, _ repository: Repository) throws -> [String: String] {
        var answers: [[String: String]] = []
        for fillsIn in [true, false] {
            let index = ChangeIndex(repository: repository, gitDir: nil, fillsIn: fillsIn)
            let lines = try FieldBlame.blame(
                path: path, at: try repository.resolve("HEAD"), revision: "HEAD", repository: repository, index: index)
            answers.append(Dictionary(uniqueKeysWithValues: lines.map { ($0.key, $0.commit?.id.hex ?? "none") }))
        }
        #expect(answers[0] == answers[1], "with and without an index")
        return answers[0]
    }

    @Test func reformattingAndReorderingTakeNoBlame() throws {
        try withScratch { scratch in
            let repo = try scratch.initRepository()
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 32, gehuisvest: 10))
            let added = try scratch.commitAll("periode toegevoegd", in: repo)
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 33, gehuisvest: 10))
            let task = try scratch.commitAll("taakstelling 33", in: repo)
            // Same values, other order, quoting and spacing, a comment.
            try scratch.write(
                "repo/" + Self.period,
                Self.header + "# herschikt\ngehuisvest:   10\ntaakstelling: 33\nstatus: 'open'\nperiode: \"2024-II\"\n")
            _ = try scratch.commitAll("opmaak", in: repo)
            try scratch.write(
                "repo/" + Self.period,
                Self.header + "# herschikt\ngehuisvest:   12\ntaakstelling: 33\nstatus: 'open'\nperiode: \"2024-II\"\n")
            let housed = try scratch.commitAll("gehuisvest 12", in: repo)
            let blame = try Self.blame(Self.period, try Repository.open(at: repo))
            #expect(blame == ["periode": added, "status": added, "taakstelling": task, "gehuisvest": housed])
        }
    }

    @Test func aRenameIsFollowedAndMergesTakeTheSideThatSetTheValue() throws {
        try withScratch { scratch in
            let repo = try scratch.initRepository()
            let old = "records/x/plaatsingen/2024-II/a.yaml"
            let new = "records/x/plaatsingen/2024-II/b.yaml"
            let header = "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\n"
            try scratch.write("repo/" + old, header + "datum: 2024-10-02\nsoort: regulier\npersonen: 2\n")
            let added = try scratch.commitAll("plaatsing a", in: repo)
            try scratch.git(["checkout", "-q", "-b", "side"], in: repo)
            try scratch.write("repo/" + old, header + "datum: 2024-10-03\nsoort: regulier\npersonen: 2\n")
            let side = try scratch.commitAll("datum gecorrigeerd", in: repo)
            try scratch.git(["checkout", "-q", "main"], in: repo)
            try scratch.write("repo/" + old, header + "datum: 2024-10-02\nsoort: regulier\npersonen: 3\n")
            let main = try scratch.commitAll("personen 3", in: repo)
            try scratch.git(["merge", "-q", "--no-edit", "side"], in: repo)
            try scratch.git(["mv", old, new], in: repo)
            let renamed = try scratch.commitAll("hernoemd", in: repo)
            let repository = try Repository.open(at: repo)
            let blame = try Self.blame(new, repository)
            #expect(blame == ["datum": side, "soort": added, "personen": main])
            #expect(!blame.values.contains(renamed))
        }
    }

    @Test func showAsOfADateGivesTheVersionOfThatDay() throws {
        try withScratch { scratch in
            let repo = try scratch.initRepository()
            let first = [
                "GIT_COMMITTER_DATE": "2024-06-30T12:00:00+02:00", "GIT_AUTHOR_DATE": "2024-06-30T12:00:00+02:00",
            ]
            let second = [
                "GIT_COMMITTER_DATE": "2024-07-02T09:00:00+02:00", "GIT_AUTHOR_DATE": "2024-07-02T09:00:00+02:00",
            ]
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 32, gehuisvest: 10))
            let older = try scratch.commitAll("eerste", in: repo, environment: first)
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 33, gehuisvest: 10))
            let newer = try scratch.commitAll("tweede", in: repo, environment: second)
            let repository = try Repository.open(at: repo)
            #expect(try HistoryPoint.resolve("2024-07-01", in: repository).hex == older)
            #expect(try HistoryPoint.resolve("2024-07-02", in: repository).hex == newer)
            #expect(try HistoryPoint.resolve("HEAD~1", in: repository).hex == older)
            #expect(throws: HistoryPoint.Failure.self) { try HistoryPoint.resolve("2024-06-29", in: repository) }
            #expect(throws: HistoryPoint.Failure.self) { try HistoryPoint.resolve("geen-revisie", in: repository) }
            let asOf = try RecordAsOf.read(
                path: Self.period, at: try HistoryPoint.resolve("2024-07-01", in: repository), repository: repository)
            #expect(asOf.fields?["taakstelling"]?.text == "32")
            #expect(asOf.text?.contains("taakstelling: 32") == true)
            let before = try RecordAsOf.read(
                path: "records/x/perioden/2025-I.yaml", at: try repository.resolve("HEAD"), repository: repository)
            #expect(before.text == nil)
        }
    }

    @Test func shortNamesFindTheirRecord() throws {
        try withScratch { scratch in
            let repo = try scratch.initRepository()
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 32, gehuisvest: 10))
            try scratch.write("repo/records/y/perioden/2024-II.yaml", Self.periodText(taakstelling: 1, gehuisvest: 1))
            try scratch.write("repo/records/y/perioden/2025-I.yaml", Self.periodText(taakstelling: 1, gehuisvest: 1))
            try scratch.write("repo/records/y/plaatsingen/2025-I/vredestein.yaml", "datum: 2025-02-01\n")
            try scratch.write("repo/records/y/gemeente.yaml", "naam: Y\n")
            _ = try scratch.commitAll("records", in: repo)
            let repository = try Repository.open(at: repo)
            let head = try repository.resolve("HEAD")
            #expect(try RecordName.resolve("2025-I", in: repository, at: head) == "records/y/perioden/2025-I.yaml")
            #expect(try RecordName.resolve("x/2024-II", in: repository, at: head) == Self.period)
            #expect(
                try RecordName.resolve("2025-I/vredestein", in: repository, at: head)
                    == "records/y/plaatsingen/2025-I/vredestein.yaml")
            #expect(try RecordName.resolve("y", in: repository, at: head) == "records/y/gemeente.yaml")
            #expect(try RecordName.resolve("records/z/weg.yaml", in: repository, at: head) == "records/z/weg.yaml")
            #expect(throws: RecordName.Failure.self) { try RecordName.resolve("2024-II", in: repository, at: head) }
            #expect(throws: RecordName.Failure.self) { try RecordName.resolve("2030-I", in: repository, at: head) }
        }
    }

    @Test func inAShallowCloneOlderValuesAreSetAtTheBoundaryOrEarlier() throws {
        try withScratch { scratch in
            let repo = try scratch.initRepository()
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 32, gehuisvest: 10))
            _ = try scratch.commitAll("oud", in: repo)
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 33, gehuisvest: 10))
            _ = try scratch.commitAll("taakstelling 33", in: repo)
            try scratch.write("repo/" + Self.period, Self.periodText(taakstelling: 33, gehuisvest: 12))
            let housed = try scratch.commitAll("gehuisvest 12", in: repo)
            try scratch.git(
                ["clone", "-q", "--depth", "1", "file://" + repo, scratch.path("shallow")], in: scratch.root)
            let repository = try Repository.open(at: scratch.path("shallow"))
            #expect(try repository.isShallow)
            let index = ChangeIndex(repository: repository, gitDir: nil)
            let lines = try FieldBlame.blame(
                path: Self.period, at: try repository.resolve("HEAD"), revision: "HEAD", repository: repository,
                index: index)
            // Everything is at the one commit there is, marked as "there or earlier".
            #expect(lines.allSatisfy { $0.commit?.id.hex == housed && $0.atShallowBoundary })
            let log = try RecordLog(
                repository: repository, index: index, path: Self.period, start: try repository.resolve("HEAD"),
                options: RecordLog.Options())
            let first = try #require(try log.next())
            #expect(first.commit.id.hex == housed && first.isShallowBoundary)
            #expect(try log.next() == nil)
            #expect(log.reachedShallowBoundary)
        }
    }
}
