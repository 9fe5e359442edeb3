import Foundation
import TaakboekCore
import TaakboekHistory

/// Today in Dutch time, the calendar the records are kept in.
public enum DraftDate {
    public static func today() -> PartialDate {
        PartialDate(HistoryPoint.dateText(Int64(Date().timeIntervalSince1970)))
            ?? PartialDate(year: 1970, month: 1, day: 1)
    }
}
