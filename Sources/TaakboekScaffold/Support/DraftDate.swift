import TaakboekCore

/// Today in Dutch time, the calendar the records are kept in.
public enum DraftDate {
    public static func today() -> PartialDate { DutchTime.today() }
}
