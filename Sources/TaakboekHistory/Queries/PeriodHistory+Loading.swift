import TaakboekCore
import TaakboekState

extension PeriodHistory {
    /// The histories of a state's municipalities (only `municipality`'s folder when given),
    /// reading only the period records and `gemeente.yaml` files, not the placements.
    public static func load(from state: RecordState, municipality: String? = nil) throws(SourceError)
        -> [PeriodHistory]
    {
        try state.periodRecords(municipality: municipality).map(PeriodHistory.init)
    }
}
