import TaakboekCore
import TaakboekState

/// `taakboek reconcile`: COA's monthly figures set beside the records, with the clerk's list of
/// what to check. One entry per municipality (and period) for the latest COA figures on or before
/// the date asked for.
public struct ReconciliationReport: Sendable {
    public struct Entry: Sendable {
        public let folder: String
        public let name: String
        public let reconciliation: COAReconciliation
    }

    /// The date asked for (nil: the latest figures there are).
    public let date: PartialDate?
    public let entries: [Entry]

    public init(date: PartialDate?, entries: [Entry]) {
        self.date = date
        self.entries = entries
    }

    /// The records of every municipality (or one, by folder) and, with `period`, only that
    /// period's figures; without it, each municipality's newest COA figures.
    public init(_ tree: RecordTree, period: PeriodID?, on date: PartialDate?) {
        self.date = date
        entries = tree.municipalities.flatMap { records -> [Entry] in
            var snapshots = COAReconciliation.latest(in: records, on: date)
            if let period {
                snapshots = snapshots.filter { $0.periode?.value == period }
            } else if let newest = snapshots.max(by: { ($0.day?.earliestDayNumber ?? 0) < ($1.day?.earliestDayNumber ?? 0) }) {
                snapshots = [newest]
            }
            return snapshots.compactMap { snapshot in
                COAReconciliation.of(snapshot, in: records, catalogue: tree.catalogue).map {
                    Entry(folder: records.folder, name: records.name, reconciliation: $0)
                }
            }
        }
    }

    /// The report a user asked for: an optional `2025-I` or `tynaarlo/2025-I`, a municipality, a date.
    public static func load(_ spec: String?, municipality: String?, on date: PartialDate?, from state: RecordState)
        throws(SourceError) -> ReconciliationReport
    {
        var folder = municipality
        var period: PeriodID?
        if let spec {
            let parsed = try PeriodReport.parse(spec, municipality: municipality)
            folder = parsed.0
            period = parsed.1
        }
        let tree = try state.periodTree(municipality: folder, placements: true, also: [.correction, .coa])
        let report = ReconciliationReport(tree, period: period, on: date)
        guard !report.entries.isEmpty else {
            let scope = [folder.map { "records/\($0)/coa/" } ?? "records/<gemeente>/coa/", period?.description]
                .compactMap { $0 }.joined(separator: ", ")
            let when = date.map { LocalizedText(nl: " op of vóór \($0)", en: " on or before \($0)") } ?? LocalizedText("")
            throw SourceError(
                LocalizedText(
                    nl:
                        "geen COA-stand gevonden (\(scope))\(when.nl) in \(state.name.nl); leg de cijfers van het COA vast met taakboek new coa of taakboek import coa <bestand>",
                    en:
                        "no COA figures found (\(scope))\(when.en) in \(state.name.en); record COA's figures with taakboek new coa or taakboek import coa <file>"
                ))
        }
        return report
    }

    /// Whether COA's figures and the records differ anywhere (the command then exits with 1).
    public var hasDifferences: Bool {
        entries.contains { entry in
            ReconciliationLines(entry.reconciliation).figures.contains { ($0.difference ?? 0) != 0 }
        }
    }
}
