import Foundation

/// A synthetic municipality, Proefdorp (invented name, invented figures), whose 2025-I
/// taakstelling is corrected during the period itself, as the real 2025-I national number was
/// lowered from 17,700 to 15,000: 20 until 15 March 2025, 17 from then on (totaal 23 → 20).
///
/// Three commits at known dates (Dutch time): the records on 6 January 2025, the correction on
/// 15 March 2025 (the day it is dated), and a second placement on 3 April 2025.
public enum MidPeriodCorrection {
    public static let folder = "proefdorp"
    public static let period = "records/proefdorp/perioden/2025-I.yaml"
    public static let correction = "records/proefdorp/correcties/2025-03-taakstelling-2025-I.yaml"

    public static let gemeente = """
        # yaml-language-server: $schema=../../schemas/gemeente.schema.json
        naam: Proefdorp
        cbs_code: GM9999
        provincie: Drenthe

        """

    public static let closedPeriod = """
        # yaml-language-server: $schema=../../../schemas/periode.schema.json
        periode: 2024-II
        status: afgesloten
        achterstand_begin: 4
        taakstelling: 18
        totaal: 22
        gehuisvest: 19
        achterstand_eind: 3
        bron: Proefgegevens

        """

    public static let openPeriodBefore = """
        # yaml-language-server: $schema=../../../schemas/periode.schema.json
        periode: 2025-I
        status: open
        achterstand_begin: 3
        taakstelling: 20
        totaal: 23
        bron: Proefgegevens

        """

    public static let openPeriodAfter = openPeriodBefore.replacingOccurrences(
        of: "taakstelling: 20\ntotaal: 23", with: "taakstelling: 17\ntotaal: 20")

    public static let correctionText = """
        # yaml-language-server: $schema=../../../schemas/correctie.schema.json
        datum: 2025-03-15
        periode: 2025-I
        wijzigingen:
          taakstelling: {van: 20, naar: 17}
          totaal: {van: 23, naar: 20}
        reden: Landelijk aantal verlaagd van 17.700 naar 15.000.
        bron: Proefgegevens

        """

    public static let firstPlacement = """
        # yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json
        datum: 2025-02-10
        soort: regulier
        personen: 4

        """

    public static let secondPlacement = """
        # yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json
        datum: 2025-04-02
        soort: regulier
        personen: 3

        """

    /// The commits: their date (ISO 8601, Dutch time) and the files each writes.
    public static let commits: [(date: String, message: String, files: [(String, String)])] = [
        (
            "2025-01-06T10:00:00+01:00", "Records van Proefdorp",
            [
                ("records/proefdorp/gemeente.yaml", gemeente),
                ("records/proefdorp/perioden/2024-II.yaml", closedPeriod),
                (period, openPeriodBefore),
                ("records/proefdorp/plaatsingen/2025-I/2025-02-10-regulier.yaml", firstPlacement),
            ]
        ),
        (
            "2025-03-15T14:00:00+01:00", "Taakstelling 2025-I verlaagd",
            [(period, openPeriodAfter), (correction, correctionText)]
        ),
        (
            "2025-04-03T09:00:00+02:00", "Plaatsing 2025-04-02",
            [("records/proefdorp/plaatsingen/2025-I/2025-04-02-regulier.yaml", secondPlacement)]
        ),
    ]

    /// Writes the three commits into a new repository `relative` of `scratch` (with a copy of
    /// this repository's schemas/) and returns its path.
    @discardableResult
    public static func repository(in scratch: Scratch, _ relative: String = "proefdorp") throws -> String {
        let path = try scratch.initRepository(relative)
        try FileManager.default.copyItem(
            at: RepositoryFiles.root.appendingPathComponent("schemas"),
            to: URL(fileURLWithPath: path + "/schemas"))
        for commit in commits {
            for (file, text) in commit.files { try scratch.write(relative + "/" + file, text) }
            try scratch.commitAll(
                commit.message, in: path,
                environment: ["GIT_AUTHOR_DATE": commit.date, "GIT_COMMITTER_DATE": commit.date])
        }
        return path
    }
}
