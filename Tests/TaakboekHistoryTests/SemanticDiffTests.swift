import TaakboekCore
import TaakboekGit
import TaakboekState
import Testing

@testable import TaakboekHistory

@Suite("diff: semantic differences between two states of the records")
struct SemanticDiffTests {
    static let closedPeriod = "records/tynaarlo/perioden/2024-II.yaml"
    static let openPeriod = "records/tynaarlo/perioden/2025-I.yaml"
    static let vredestein = "records/tynaarlo/plaatsingen/2024-II/vredestein.yaml"

    /// A repository with the shipped records committed, and the diff of HEAD against the working tree.
    func committed() throws -> (QueryRepository, RecordState) {
        let repository = try QueryRepository()
        let head = try repository.commitAll("Records van Tynaarlo")
        return (repository, .commit(head, named: "HEAD", in: try repository.location))
    }

    func diff(_ repository: QueryRepository, from old: RecordState) throws -> [SemanticChange] {
        try SemanticDiff.between(old, .workingTree(repository.path))
    }

    @Test func noChangeNoDifferences() throws {
        let (repository, head) = try committed()
        #expect(try diff(repository, from: head).isEmpty)
    }

    @Test func aChangedFigureIsOneFieldChange() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.closedPeriod, "taakstelling: 33", with: "taakstelling: 34")
        try repository.replace(Self.closedPeriod, "totaal: 71", with: "totaal: 72")
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 42")
        let changes = try diff(repository, from: head)
        #expect(changes.map(\.field) == ["taakstelling", "totaal", "gehuisvest"])
        #expect(changes.allSatisfy { $0.kind == .changed && $0.record == .period && $0.period == "2024-II" })
        #expect(changes[0].old == SemanticChange.Value(text: "33", number: 33))
        #expect(changes[0].new == SemanticChange.Value(text: "34", number: 34))
        let text = DiffReport.render(
            changes, format: .text, language: .nl, from: LocalizedText("HEAD"), to: LocalizedText("de werkmap"))
        #expect(
            text.contains(
                "records/tynaarlo/perioden/2024-II.yaml: periode 2024-II gewijzigd\n  taakstelling: 33 → 34\n"))
    }

    @Test func aFigureBecomingUnknownIsAChange() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: onbekend")
        let changes = try diff(repository, from: head)
        #expect(changes.count == 1)
        #expect(changes.first?.old?.number == 41 && changes.first?.new == SemanticChange.Value(text: "onbekend"))
    }

    @Test func reformattingIsNoChange() throws {
        let (repository, head) = try committed()
        // Keys in another order, a comment, quotes, and the remark folded differently.
        try repository.write(
            Self.closedPeriod,
            """
            # yaml-language-server: $schema=../../../schemas/periode.schema.json
            # Cijfers uit de raadsinformatiebrief.
            status: "afgesloten"
            periode: 2024-II
            achterstand_eind: 30
            gehuisvest:   41
            totaal: 71
            taakstelling: 33
            achterstand_begin: 38
            bron: 'Raadsinformatiebrief over 2024-II'
            plaatsingen_onvolledig: >-
              Alleen de HAR-plaatsing Vredestein (23 personen) is als los record vastgelegd; de overige plaatsingen
              van dit halfjaar staan niet afzonderlijk in de bron.

            """)
        #expect(try repository.read(Self.closedPeriod) != (try repository.git("show", "HEAD:" + Self.closedPeriod)))
        #expect(try diff(repository, from: head).isEmpty)
    }

    @Test func anAddedPlacement() throws {
        let (repository, head) = try committed()
        try repository.write(
            "records/tynaarlo/plaatsingen/2024-II/de-brink.yaml",
            "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\ndatum: 2024-11-04\nsoort: regulier\npersonen: 3\n"
        )
        let changes = try diff(repository, from: head)
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.kind == .added && change.record == .placement && change.period == "2024-II")
        #expect(change.path == "records/tynaarlo/plaatsingen/2024-II/de-brink.yaml")
        #expect(change.note?.nl == "datum 2024-11-04, soort regulier, personen 3")
    }

    @Test func aRemovedPlacement() throws {
        let (repository, head) = try committed()
        try repository.remove(Self.vredestein)
        let changes = try diff(repository, from: head)
        #expect(changes.count == 1)
        #expect(changes.first?.kind == .removed && changes.first?.path == Self.vredestein)
        #expect(changes.first?.note?.nl == "datum 2024-09, soort har, personen 23")
    }

    @Test func aChangedPlacementField() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.vredestein, "personen: 23", with: "personen: 25")
        let changes = try diff(repository, from: head)
        #expect(changes.map(\.field) == ["personen"])
        #expect(changes.first?.record == .placement && changes.first?.old?.number == 23)
    }

    @Test func anEndBacklogThatTheNextPeriodFollows() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 42")
        try repository.replace(Self.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 29")
        try repository.replace(Self.openPeriod, "achterstand_begin: 30", with: "achterstand_begin: 29")
        try repository.replace(Self.openPeriod, "totaal: 64", with: "totaal: 63")
        let changes = try diff(repository, from: head)
        let consequence = try #require(changes.first { $0.kind == .consequence })
        #expect(consequence.path == Self.openPeriod && consequence.cause == Self.closedPeriod)
        #expect(consequence.field == "achterstand_begin" && consequence.period == "2025-I")
        #expect(consequence.old?.number == 30 && consequence.new?.number == 29)
        #expect(
            consequence.note?.nl == "achterstand_begin van 2025-I is mee veranderd (30 → 29) en sluit aan op 2024-II")
        // The consequence follows its cause; the next period's own changes come after.
        #expect(changes.map(\.kind) == [.changed, .changed, .consequence, .changed, .changed])
        #expect(changes.suffix(2).map(\.field) == ["achterstand_begin", "totaal"])
    }

    @Test func anEndBacklogTheNextPeriodNoLongerMatches() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 42")
        try repository.replace(Self.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 29")
        let changes = try diff(repository, from: head)
        let consequence = try #require(changes.last)
        #expect(consequence.kind == .consequence)
        #expect(
            consequence.note?.nl
                == "achterstand_begin van 2025-I is niet mee veranderd en sluit niet aan: achterstand_eind van 2024-II is nu 29, achterstand_begin van 2025-I is 30"
        )
        #expect(consequence.note?.en.contains("does not match") == true)
    }

    @Test func anUnchangedEndBacklogHasNoConsequence() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.closedPeriod, "bron: Raadsinformatiebrief over 2024-II", with: "bron: Brief")
        let changes = try diff(repository, from: head)
        #expect(changes.map(\.kind) == [.changed])
        #expect(changes.first?.field == "bron")
    }

    @Test func stagedAgainstHeadAndTwoCommits() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 42")
        try repository.git("add", Self.closedPeriod)
        // A later, unstaged edit is not part of the index.
        try repository.replace(Self.vredestein, "personen: 23", with: "personen: 24")
        let location = try repository.location
        let staged = try SemanticDiff.between(head, .index(location))
        #expect(staged.map(\.field) == ["gehuisvest"])
        let second = try repository.commitAll("Meer gehuisvest")
        let changes = try SemanticDiff.between(head, .commit(second, named: "HEAD", in: location))
        #expect(changes.map(\.path) == [Self.closedPeriod, Self.vredestein])
        #expect(
            try SemanticDiff.between(.commit(second, named: "HEAD", in: location), head).map(\.new?.number) == [41, 23])
    }

    @Test func lettersAndCorrections() throws {
        let (repository, head) = try committed()
        let letter = "records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md"
        try repository.replace(letter, "gehuisvest: 41", with: "gehuisvest: 40")
        try repository.write(
            "records/tynaarlo/correcties/2025-02-gehuisvest-2024-II.yaml",
            "datum: 2025-02-01\nperiode: 2024-II\nwijzigingen:\n  gehuisvest: {van: 40, naar: 41}\nreden: Telfout.\n")
        let changes = try diff(repository, from: head)
        // In path order: brieven/ before correcties/.
        #expect(changes.count == 2)
        #expect(
            changes[0].record == .letter && changes[0].field == "cijfers.gehuisvest" && changes[0].new?.number == 40)
        #expect(changes[1].kind == .added && changes[1].record == .correction)
        #expect(changes[1].note?.nl == "datum 2025-02-01, periode 2024-II, gehuisvest.van 40, gehuisvest.naar 41")
    }

    @Test func aLettersTextIsAField() throws {
        let (repository, head) = try committed()
        let letter = "records/tynaarlo/brieven/2025-raadsinformatiebrief-2024-II.md"
        try repository.write(letter, try repository.read(letter) + "\nEen extra alinea.\n")
        let changes = try diff(repository, from: head)
        #expect(changes.map(\.field) == ["tekst"])
        #expect(changes.first?.new?.text.hasSuffix("Een extra alinea.") == true)
    }

    @Test func twoCommitsThroughGitsTreeDiff() throws {
        let (repository, head) = try committed()
        // Reformatted only: git sees a changed file, the diff sees no change.
        try repository.replace(Self.vredestein, "personen: 23", with: "personen:   23  # volgens de brief")
        let reformatted = try repository.commitAll("Opmaak")
        let location = try repository.location
        let newer = RecordState.commit(reformatted, named: "HEAD", in: location)
        #expect(try head.changedRecordPaths(to: newer) == [Self.vredestein])
        #expect(try SemanticDiff.between(head, newer).isEmpty)
        try repository.replace(Self.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 31")
        try repository.remove("records/tynaarlo/perioden/2025-I.yaml")
        let last = try repository.commitAll("Eind en 2025-I weg")
        let changes = try SemanticDiff.between(newer, .commit(last, named: "HEAD", in: location))
        #expect(changes.map(\.kind) == [.changed, .removed])
        #expect(changes.map(\.path) == [Self.closedPeriod, Self.openPeriod])
    }

    @Test func compareOnlyReadsChangedRecords() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.vredestein, "personen: 23", with: "personen: 25")
        let old = try head.listing()
        let new = try RecordState.workingTree(repository.path).listing(hashing: true)
        #expect(SemanticDiff.differingRecordPaths(old, new) == [Self.vredestein])
    }

    /// Given the working tree as a check read it, what changed is found from its ids (no file read
    /// a second time), and comparing with the old state's differing records finds the same changes.
    @Test func aCheckedWorkingTreeIsNotHashedAgain() throws {
        let (repository, head) = try committed()
        try repository.replace(Self.vredestein, "personen: 23", with: "personen: 25")
        try repository.remove("records/tynaarlo/perioden/2025-I.yaml")
        let new = RecordState.workingTree(repository.path)
        let tree = try RecordLoader.load(
            from: WorkingTreeSource(root: repository.path, repository: try Repository.open(at: repository.path)))
        let checked = try #require(new.listing(checked: tree))
        #expect(SemanticDiff.differingRecordPaths(try head.listing(), checked) == [Self.vredestein, Self.openPeriod])
        // What `RecordsDiff` does with it: the old state's differing records, compared with the
        // tree the check read.
        let changed = SemanticDiff.differingRecordPaths(try head.listing(), checked)
        let oldTree = try head.load(try head.listing().filter(SemanticDiff.neededFiles(changed)))
        let reused = SemanticDiff.compare(old: oldTree, new: tree, paths: changed)
        #expect(reused == (try SemanticDiff.between(head, new)))
        #expect(reused.map(\.path).contains(Self.vredestein))
        #expect(head.listing(checked: tree) == nil)
    }

    /// A checkout with CRLF line ends (Git for Windows' `core.autocrlf=true`) differs from HEAD
    /// only where its content does: the working tree is hashed as `git add` would store it.
    @Test func aCRLFCheckoutDiffersOnlyWhereItsContentDoes() throws {
        let (repository, head) = try committed()
        _ = try repository.git("config", "core.autocrlf", "true")
        let old = try head.listing()
        for file in old where file.municipality != nil {
            let text = try repository.read(file.path)
            try repository.write(file.path, text.replacingOccurrences(of: "\n", with: "\r\n"))
        }
        try repository.replace(Self.vredestein, "personen: 23", with: "personen: 25")
        let new = try RecordState.workingTree(repository.path).listing(hashing: true)
        #expect(SemanticDiff.differingRecordPaths(old, new) == [Self.vredestein])
        let changes = try diff(repository, from: head)
        #expect(changes.map(\.path) == [Self.vredestein] && changes.map(\.field) == ["personen"])
    }
}
