import TaakboekCore
import TaakboekState

extension PeriodReport {
    /// The report a user asked for: `2024-II` (with `municipality` when there are several) or
    /// `tynaarlo/2024-II`, with the figures as they stood on `date` (see `PeriodReport.init`).
    /// Every mistake is a `SourceError` saying what to write instead.
    public static func load(
        _ spec: String, municipality: String?, from state: RecordState, on date: PartialDate? = nil
    ) throws(SourceError) -> PeriodReport {
        let (folder, period) = try parse(spec, municipality: municipality)
        let all = try state.periodRecords(municipality: folder)
        guard all.count == 1, let records = all.first else {
            let folders = all.map(\.folder).joined(separator: ", ")
            throw SourceError(
                LocalizedText(
                    nl:
                        "records/ heeft meer dan één gemeente; kies er een met --gemeente <map> of schrijf <map>/\(period) (mappen: \(folders))",
                    en:
                        "records/ holds more than one municipality; choose one with --gemeente <folder> or write <folder>/\(period) (folders: \(folders))"
                ))
        }
        guard let report = PeriodReport(records, period: period, on: date) else {
            let periods = records.periods.compactMap { $0.id?.description }
            let known = periods.isEmpty ? "geen" : periods.joined(separator: ", ")
            let knownEN = periods.isEmpty ? "none" : periods.joined(separator: ", ")
            throw SourceError(
                LocalizedText(
                    nl:
                        "periode \(period) staat niet in records/\(records.folder)/perioden/ van \(state.name.nl); kies een periode die er wel is: \(known)",
                    en:
                        "period \(period) is not in records/\(records.folder)/perioden/ of \(state.name.en); choose a period that is there: \(knownEN)"
                ))
        }
        return report
    }

    /// Splits `tynaarlo/2024-II` into folder and period; a folder given both ways must agree.
    static func parse(_ spec: String, municipality: String?) throws(SourceError) -> (String?, PeriodID) {
        var folder = municipality
        var periodText = spec
        if let slash = spec.lastIndex(of: "/") {
            let named = String(spec[..<slash])
            periodText = String(spec[spec.index(after: slash)...])
            if let municipality, municipality != named {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "'\(spec)' noemt gemeente '\(named)', maar --gemeente zegt '\(municipality)'; geef de gemeente één keer op",
                        en:
                            "'\(spec)' names municipality '\(named)', but --gemeente says '\(municipality)'; give the municipality once"
                    ))
            }
            folder = named
        }
        guard let period = PeriodID(periodText) else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "'\(periodText)' is geen periode; schrijf JJJJ-I of JJJJ-II, bijvoorbeeld 2024-II (of tynaarlo/2024-II)",
                    en:
                        "'\(periodText)' is not a period; write YYYY-I or YYYY-II, for example 2024-II (or tynaarlo/2024-II)"
                ))
        }
        return (folder, period)
    }
}
