import Foundation
import TaakboekCore
import TaakboekRules
import Testing

@testable import TaakboekScaffold

/// `taakboek new`: each draft lands where the layout wants it, and one written with enough
/// options passes the checker as it is; one without them fails exactly on the empty fields.
@Suite("taakboek new: the records it drafts")
struct DraftTests {
    let folder: TemporaryFolder
    let today = PartialDate(year: 2025, month: 3, day: 14)

    init() throws {
        folder = try TemporaryFolder()
        let municipality = try MunicipalityInput(name: "Aa en Hunze", cbsCode: "GM1680", province: "Drenthe")
        _ = try RepositoryScaffold.run(in: folder.path, municipality: municipality, binary: "/usr/bin/taakboek")
    }

    func target(placements: Bool = false) throws -> DraftTarget {
        try DraftTarget.load(root: folder.path, municipality: nil, placements: placements)
    }

    /// Writes the draft and returns the checker's findings on the whole tree.
    func writeAndCheck(_ draft: RecordDraft) throws -> [Finding] {
        try draft.write(in: folder.path)
        let tree = try RecordLoader.load(from: FileSystemSource(root: folder.path), analysis: Checker().fileAnalysis)
        return Checker().check(tree).filter { $0.severity != .note }
    }

    @Test func aPeriodWithItsFiguresPassesTheCheck() throws {
        let draft = try PeriodDraft(period: PeriodID("2025-I"), achterstandBegin: .known(12), taakstelling: 30)
            .draft(for: target(), today: today)
        #expect(draft.path == "records/aa-en-hunze/perioden/2025-I.yaml")
        #expect(draft.missing.isEmpty)
        #expect(draft.text.hasPrefix("# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"))
        #expect(draft.text.contains("\ntotaal: 42\n"))
        #expect(try writeAndCheck(draft).isEmpty)
    }

    @Test func theNextPeriodCarriesTheBacklogOver() throws {
        try folder.write(
            "records/aa-en-hunze/perioden/2024-II.yaml",
            "# yaml-language-server: $schema=../../../schemas/periode.schema.json\nperiode: 2024-II\nstatus: afgesloten\nachterstand_begin: 38\ntaakstelling: 33\ngehuisvest: 41\nachterstand_eind: 30\n"
        )
        let draft = try PeriodDraft(taakstelling: 34).draft(for: target(), today: today)
        #expect(draft.path == "records/aa-en-hunze/perioden/2025-I.yaml")
        #expect(draft.text.contains("\nachterstand_begin: 30\n"))
        #expect(draft.text.contains("# Overgenomen van achterstand_eind van 2024-II."))
        #expect(try writeAndCheck(draft).isEmpty)
    }

    @Test func aPeriodWithoutFiguresFailsOnExactlyTheEmptyFields() throws {
        let draft = try PeriodDraft().draft(for: target(), today: today)
        #expect(draft.path == "records/aa-en-hunze/perioden/2025-I.yaml")
        #expect(draft.missing == ["achterstand_begin", "taakstelling"])
        let findings = try writeAndCheck(draft)
        #expect(findings.map(\.ruleID) == ["TB104", "TB104"])
        #expect(findings.allSatisfy { $0.message.nl.hasSuffix("maar is leeg") })
    }

    @Test func anExistingPeriodIsNeverOverwritten() throws {
        try folder.write("records/aa-en-hunze/perioden/2025-I.yaml", "van iemand\n")
        #expect(throws: SourceError.self) {
            try PeriodDraft(period: PeriodID("2025-I")).draft(for: target(), today: today)
        }
        #expect(try folder.read("records/aa-en-hunze/perioden/2025-I.yaml") == "van iemand\n")
    }

    @Test func aPlacementLandsInItsHalfYearAndPassesTheCheck() throws {
        try PeriodDraft(period: PeriodID("2025-I"), achterstandBegin: .known(12), taakstelling: 30)
            .draft(for: target(), today: today).write(in: folder.path)
        let draft = try PlacementDraft(
            date: PartialDate("2025-09"), kind: "nareiziger", persons: 2, location: "Locatie: De Brink"
        )
        .draft(for: target(placements: true), today: today)
        #expect(draft.path == "records/aa-en-hunze/plaatsingen/2025-II/locatie-de-brink.yaml")
        #expect(draft.text.contains("\nlocatie: \"Locatie: De Brink\"\n"))
        #expect(draft.notes.map(\.nl) == ["er is nog geen periode 2025-II; maak die met taakboek new periode 2025-II"])
        #expect(try writeAndCheck(draft).isEmpty)
    }

    @Test func aTakenNameGetsANumberUnlessItWasChosen() throws {
        let first = try PlacementDraft(kind: "regulier", persons: 1).draft(for: target(), today: today)
        try first.write(in: folder.path)
        let second = try PlacementDraft(kind: "regulier", persons: 1).draft(for: target(), today: today)
        #expect(first.path == "records/aa-en-hunze/plaatsingen/2025-I/2025-03-14-regulier.yaml")
        #expect(second.path == "records/aa-en-hunze/plaatsingen/2025-I/2025-03-14-regulier-2.yaml")
        #expect(throws: SourceError.self) {
            try PlacementDraft(kind: "regulier", persons: 1, name: "2025-03-14-regulier").draft(
                for: target(), today: today)
        }
    }

    @Test func aDoorstroomAsksForThePlacementItLeaves() throws {
        let draft = try PlacementDraft(date: PartialDate("2025-02-01"), kind: "doorstroom", persons: 2)
            .draft(for: target(), today: today)
        #expect(draft.missing == ["uit"])
        #expect(draft.text.contains("\nuit:  # IN TE VULLEN\n"))
        let named = try PlacementDraft(
            date: PartialDate("2025-02-01"), kind: "doorstroom", persons: 2, origin: "2024-II/weg"
        )
        .draft(for: target(placements: true), today: today)
        #expect(named.missing.isEmpty)
        #expect(
            named.notes.first?.nl
                == "er is geen plaatsing 2024-II/weg in records/aa-en-hunze/plaatsingen/; de controle meldt dat (TB402)"
        )
    }

    @Test func aNidosPlacementAsksForTheAgeGroupAndCountsOnceItIsFilledIn() throws {
        let draft = try PlacementDraft(date: PartialDate("2025-02-01"), kind: "amv_kso", persons: 1)
            .draft(for: target(), today: today)
        #expect(draft.missing == ["leeftijd_15_plus"])
        #expect(draft.text.contains("\nleeftijd_15_plus:  # IN TE VULLEN\n"), "\(draft.text)")
        #expect(draft.text.contains("amv_18_zelfstandig"))
        let filled = RecordDraft(
            path: draft.path,
            text: draft.text.replacingOccurrences(
                of: "leeftijd_15_plus:  # IN TE VULLEN", with: "leeftijd_15_plus: true"),
            missing: [], notes: draft.notes, followUp: draft.followUp)
        #expect(try writeAndCheck(filled).filter { $0.ruleID == "TB406" || $0.ruleID.hasPrefix("TB1") }.isEmpty)
        let other = try PlacementDraft(date: PartialDate("2025-02-01"), kind: "regulier", persons: 1)
            .draft(for: target(), today: today)
        #expect(!other.text.contains("leeftijd_15_plus"))
    }

    @Test func badPlacementOptionsAreRefusedWithWhatToDo() throws {
        let year = #expect(throws: SourceError.self) {
            try PlacementDraft(date: PartialDate("2025")).draft(for: target(), today: today)
        }
        #expect(year?.message.nl.contains("geef ten minste de maand") == true)
        let kind = #expect(throws: SourceError.self) {
            try PlacementDraft(kind: "hotel").draft(for: target(), today: today)
        }
        #expect(kind?.message.nl.contains("kies een van: amv_18_zelfstandig, amv_coa_kleinschalig") == true)
        #expect(throws: SourceError.self) { try PlacementDraft(persons: 0).draft(for: target(), today: today) }
        #expect(throws: SourceError.self) {
            try PlacementDraft(origin: "vredestein").draft(for: target(), today: today)
        }
        #expect(throws: SourceError.self) { try PlacementDraft(name: "../weg").draft(for: target(), today: today) }
    }

    /// The correction fails until the period carries the new value, then passes.
    @Test func aCorrectionPassesOnceThePeriodIsChangedToo() throws {
        try folder.write(
            "records/aa-en-hunze/perioden/2024-II.yaml",
            "# yaml-language-server: $schema=../../../schemas/periode.schema.json\nperiode: 2024-II\nstatus: afgesloten\nachterstand_begin: 38\ntaakstelling: 33\ngehuisvest: 41\nachterstand_eind: 30\n"
        )
        let draft = try CorrectionDraft(
            period: PeriodID("2024-II") ?? PeriodID(year: 2024, half: 2), field: .taakstelling, to: .known(31),
            reason: "Herberekening van het landelijke aantal.", source: "Bericht van het COA"
        ).draft(for: target(), today: today)
        #expect(draft.path == "records/aa-en-hunze/correcties/2025-03-taakstelling-2024-II.yaml")
        #expect(draft.text.contains("\n  taakstelling:\n    van: 33\n    naar: 31\n"))
        #expect(
            draft.followUp.first?.nl.hasPrefix(
                "Pas daarna taakstelling in records/aa-en-hunze/perioden/2024-II.yaml aan naar 31") == true)
        #expect(try writeAndCheck(draft).map(\.ruleID) == ["TB501"])
        try folder.write(
            "records/aa-en-hunze/perioden/2024-II.yaml",
            "# yaml-language-server: $schema=../../../schemas/periode.schema.json\nperiode: 2024-II\nstatus: afgesloten\nachterstand_begin: 38\ntaakstelling: 31\ngehuisvest: 41\nachterstand_eind: 28\n"
        )
        let tree = try RecordLoader.load(from: FileSystemSource(root: folder.path), analysis: Checker().fileAnalysis)
        #expect(Checker().check(tree).filter { $0.severity != .note }.isEmpty)
    }

    @Test func aCorrectionNeedsAnExistingPeriodAndAChange() throws {
        #expect(throws: SourceError.self) {
            try CorrectionDraft(period: PeriodID(year: 2020, half: 1)).draft(for: target(), today: today)
        }
        try PeriodDraft(period: PeriodID("2025-I"), achterstandBegin: .known(12), taakstelling: 30)
            .draft(for: target(), today: today).write(in: folder.path)
        #expect(throws: SourceError.self) {
            try CorrectionDraft(period: PeriodID(year: 2025, half: 1), field: .taakstelling, to: .known(30))
                .draft(for: target(), today: today)
        }
    }

    @Test func severalMunicipalitiesNeedAChoice() throws {
        try folder.write("records/tynaarlo/gemeente.yaml", "naam: Tynaarlo\n")
        let error = #expect(throws: SourceError.self) { try DraftTarget.load(root: folder.path, municipality: nil) }
        #expect(error?.message.nl.contains("kies er een met --gemeente: aa-en-hunze, tynaarlo") == true)
        #expect(try DraftTarget.load(root: folder.path, municipality: "tynaarlo").folder == "tynaarlo")
        #expect(throws: SourceError.self) { try DraftTarget.load(root: folder.path, municipality: "assen") }
    }
}
