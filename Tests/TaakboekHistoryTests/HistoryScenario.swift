/// A small records history built with the git CLI, holding every case the history walk must get
/// right: a merge where a record changed on both sides, merges that took one side (a fast side
/// branch and `-s ours`), a rename (`git mv`) before and on a side branch, a record deleted and
/// re-added, a criss-cross merge, two commits with the same time and one whose clock is behind
/// its parent's.
enum HistoryScenario {
    static let period1 = "records/g/perioden/2024-I.yaml"
    static let period2 = "records/g/perioden/2024-II.yaml"
    static let period3 = "records/g/perioden/2025-I.yaml"
    static let municipality = "records/g/gemeente.yaml"
    static let correction = "records/g/correcties/c.yaml"
    static let renamedCorrection = "records/g/correcties/c-hernoemd.yaml"
    static let letter = "records/g/brieven/b.md"
    static let renamedLetter = "records/g/brieven/b-hernoemd.md"

    /// A record of ten lines, so edits on different lines merge without conflict.
    static func lines(_ values: [Int]) -> String {
        values.enumerated().map { "veld\($0.offset): \($0.element)\n" }.joined()
    }

    static func build(in fixture: GitFixture) throws {
        try fixture.git(["init", "-q", fixture.path("repo")], in: ".")
        var p1 = Array(0..<10)
        try fixture.write(municipality, "naam: G\n")
        try fixture.write(period1, lines(p1))
        try fixture.write(period2, lines(Array(repeating: 2, count: 10)))
        try fixture.commit("begin", time: 1)
        p1[0] = 100
        try fixture.write(period1, lines(p1))
        try fixture.commit("p1 regel 0", time: 2)

        // Both sides change period1 on different lines; side alone changes period2.
        try fixture.git(["checkout", "-q", "-b", "side"])
        var side = p1
        side[9] = 109
        try fixture.write(period1, lines(side))
        try fixture.write(period2, lines(Array(repeating: 3, count: 10)))
        try fixture.commit("side: p1 regel 9, p2", time: 3)
        try fixture.git(["checkout", "-q", "main"])
        p1[3] = 103
        try fixture.write(period1, lines(p1))
        try fixture.write(correction, "van: 1\nnaar: 2\n")
        try fixture.write(letter, "---\ndatum: 2025\n---\nbrief\n")
        try fixture.commit("p1 regel 3, correctie, brief", time: 4)
        try fixture.git(["merge", "-q", "--no-ff", "-m", "samenvoegen side", "side"], time: 5)
        p1[9] = 109

        // A side change main throws away: the merge equals its first parent.
        try fixture.git(["checkout", "-q", "-b", "weg"])
        try fixture.write(period2, lines(Array(repeating: 4, count: 10)))
        try fixture.commit("weg: p2", time: 6)
        try fixture.git(["checkout", "-q", "main"])
        try fixture.write(period3, "open\n")
        try fixture.commit("p3", time: 7)
        try fixture.git(["merge", "-q", "-s", "ours", "-m", "samenvoegen weg (ours)", "weg"], time: 8)

        // An exact rename, then an edit under the new name.
        try fixture.git(["mv", correction, renamedCorrection])
        try fixture.commit("correctie hernoemd", time: 9)
        try fixture.write(renamedCorrection, "van: 1\nnaar: 3\n")
        try fixture.commit("correctie gewijzigd", time: 10)

        // Deleted and put back with the same content.
        try fixture.git(["rm", "-q", period3])
        try fixture.commit("p3 weg", time: 11)
        try fixture.write(period3, "open\n")
        try fixture.commit("p3 terug", time: 12)

        // Criss-cross: x and y each merge the other's first commit, then main merges both.
        try fixture.git(["checkout", "-q", "-b", "x"])
        p1[5] = 105
        try fixture.write(period1, lines(p1))
        try fixture.commit("x: p1 regel 5", time: 13)
        let x1 = try fixture.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git(["checkout", "-q", "-b", "y", "main"])
        var y = p1
        y[5] = 5
        y[7] = 107
        try fixture.write(period1, lines(y))
        try fixture.write(period2, lines(Array(repeating: 5, count: 10)))
        // The same time as x's commit: the walk must order equal times as git does.
        try fixture.commit("y: p1 regel 7, p2", time: 13)
        let y1 = try fixture.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git(["checkout", "-q", "x"])
        try fixture.git(["merge", "-q", "--no-ff", "-m", "x neemt y", y1], time: 14)
        try fixture.git(["checkout", "-q", "y"])
        try fixture.git(["merge", "-q", "--no-ff", "-m", "y neemt x", x1], time: 15)
        // A clock behind its parent's.
        try fixture.write(municipality, "naam: G\nopmerking: y\n")
        try fixture.commit("y: gemeente (klok achter)", time: 12)
        try fixture.git(["checkout", "-q", "x"])
        try fixture.write(period2, lines(Array(repeating: 6, count: 10)))
        try fixture.commit("x: p2", time: 16)
        try fixture.git(["checkout", "-q", "main"])
        try fixture.git(["merge", "-q", "--no-ff", "-m", "samenvoegen x", "x"], time: 17)
        // Both x and y changed period2 since the merge base: resolve by hand (a third value).
        do {
            try fixture.git(["merge", "-q", "--no-ff", "-m", "samenvoegen y (kruislings)", "y"], time: 18)
        } catch {
            try fixture.write(period2, lines(Array(repeating: 7, count: 10)))
            try fixture.git(["add", "-A"])
            try fixture.git(["commit", "-q", "--no-edit"], time: 18)
        }

        // A rename on a side branch, joined by a merge that took that side.
        try fixture.git(["checkout", "-q", "-b", "r"])
        try fixture.git(["mv", letter, renamedLetter])
        try fixture.commit("r: brief hernoemd", time: 19)
        try fixture.write(renamedLetter, "---\ndatum: 2025\n---\nbrief, herzien\n")
        try fixture.commit("r: brief herzien", time: 20)
        try fixture.git(["checkout", "-q", "main"])
        try fixture.write(municipality, "naam: G\nopmerking: main\n")
        try fixture.commit("gemeente", time: 21)
        try fixture.git(["merge", "-q", "--no-ff", "-m", "samenvoegen r", "r"], time: 22)
        try fixture.write(period1, lines(p1.map { $0 + 1 }))
        try fixture.commit("p1 alles", time: 23)
    }
}
