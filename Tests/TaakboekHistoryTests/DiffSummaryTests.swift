import TaakboekCore
import Testing

@testable import TaakboekHistory

/// The pull-request summary of `taakboek diff --format markdown`, from changes and findings made
/// by hand, compared whole.
@Suite("diff: the pull-request summary in Markdown")
struct DiffSummaryTests {
    static let period = "records/tynaarlo/perioden/2024-II.yaml"

    static let changes = [
        SemanticChange(
            kind: .changed, record: .period, municipality: "tynaarlo", path: period, period: "2024-II",
            field: "gehuisvest", old: .init(text: "41", number: 41), new: .init(text: "43", number: 43)),
        SemanticChange(
            kind: .consequence, record: .period, municipality: "tynaarlo",
            path: "records/tynaarlo/perioden/2025-I.yaml",
            period: "2025-I", field: "achterstand_begin", old: .init(text: "30", number: 30),
            new: .init(text: "30", number: 30),
            note: LocalizedText(
                nl: "achterstand_begin van 2025-I sluit niet aan", en: "achterstand_begin of 2025-I does not match"),
            cause: period),
        SemanticChange(
            kind: .added, record: .placement, municipality: "tynaarlo",
            path: "records/tynaarlo/plaatsingen/2024-II/de-brink.yaml", period: "2024-II",
            note: LocalizedText("datum 2024-11, soort regulier, personen 2")),
        SemanticChange(
            kind: .changed, record: .placement, municipality: "tynaarlo",
            path: "records/tynaarlo/plaatsingen/2024-II/vredestein.yaml", period: "2024-II", field: "personen",
            old: .init(text: "23", number: 23), new: .init(text: "24", number: 24)),
        SemanticChange(
            kind: .added, record: .correction, municipality: "tynaarlo",
            path: "records/tynaarlo/correcties/2025-01-gehuisvest-2024-II.yaml", period: "2024-II",
            note: LocalizedText("datum 2025-01-15, periode 2024-II, gehuisvest.van 41, gehuisvest.naar 43")),
    ]

    static func finding(_ severity: Severity, line: Int, _ message: String) -> Finding {
        Finding(
            ruleID: "TB201", severity: severity, location: SourceLocation(path: period, line: line, column: 1),
            message: LocalizedText(nl: message, en: message))
    }

    @Test func aReviewerSeesTheCheckFirstThenPeriodsThenRecords() {
        let check = DiffSummary.HeadCheck(findings: [
            Self.finding(.error, line: 8, "achterstand_eind klopt niet: zie perioden/<JJJJ>-<I|II>.yaml"),
            Self.finding(.note, line: 4, "niet gecontroleerd"),
        ])
        let text = DiffSummary.markdown(
            Self.changes, check: check, language: .nl, from: LocalizedText("main (a1b2c3d)"),
            to: LocalizedText("HEAD (d4e5f6a)"))
        #expect(
            text == """
                ## Records: van main (a1b2c3d) naar HEAD (d4e5f6a)

                **Controle van HEAD (d4e5f6a): 1 fout, 0 waarschuwingen.** (1 opmerking: wat niet kon worden gecontroleerd)

                - `records/tynaarlo/perioden/2024-II.yaml:8` fout [TB201] achterstand_eind klopt niet: zie perioden/&lt;JJJJ&gt;-&lt;I|II&gt;.yaml

                ### Gewijzigde perioden

                | Gemeente | Periode | Veld | Oud | Nieuw |
                | --- | --- | --- | ---: | ---: |
                | tynaarlo | 2024-II | gehuisvest | 41 | 43 |

                - Gevolg: achterstand_begin van 2025-I sluit niet aan

                ### Plaatsingen

                - Toegevoegd: `records/tynaarlo/plaatsingen/2024-II/de-brink.yaml` (2024-II): datum 2024-11, soort regulier, personen 2
                - Gewijzigd: `records/tynaarlo/plaatsingen/2024-II/vredestein.yaml` (2024-II)
                  - personen: 23 → 24

                ### Correcties

                - Toegevoegd: `records/tynaarlo/correcties/2025-01-gehuisvest-2024-II.yaml` (2024-II): datum 2025-01-15, periode 2024-II, gehuisvest.van 41, gehuisvest.naar 43

                """)
    }

    @Test func aCleanHeadSaysNoFindingsInEitherLanguage() {
        let clean = DiffSummary.HeadCheck(findings: [])
        let dutch = DiffSummary.markdown(
            [], check: clean, language: .nl, from: LocalizedText("main"), to: LocalizedText("HEAD"))
        #expect(
            dutch
                == "## Records: van main naar HEAD\n\n**Controle van HEAD: geen bevindingen.**\n\nGeen inhoudelijke verschillen in de records.\n"
        )
        let english = DiffSummary.markdown(
            Array(Self.changes.prefix(1)), check: clean, language: .en, from: LocalizedText("main"),
            to: LocalizedText("HEAD"))
        #expect(
            english.hasPrefix(
                "## Records: from main to HEAD\n\n**Check of HEAD: no findings.**\n\n### Periods changed\n"))
    }

    @Test func manyFindingsAreCutWithACount() {
        let findings = (1...25).map { Self.finding(.warning, line: $0, "waarschuwing \($0)") }
        let text = DiffSummary.markdown(
            [], check: DiffSummary.HeadCheck(findings: findings), language: .nl, from: LocalizedText("a"),
            to: LocalizedText("b"))
        #expect(text.contains("**Controle van b: 0 fouten, 25 waarschuwingen.**"))
        #expect(text.contains("waarschuwing 20\n- … en 5 meer; `taakboek check` toont ze allemaal\n"))
        #expect(!text.contains("waarschuwing 21"))
    }
}
