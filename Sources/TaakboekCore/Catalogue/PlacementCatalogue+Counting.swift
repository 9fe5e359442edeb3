extension PlacementCatalogue {
    /// Whether a placement counts for the taakstelling: its `soort` is a kind with `telt: true`
    /// (a HAR placement and nareizigers count, the later doorstroom does not) and it names its
    /// number of persons. Shared by the counting rule and the progress query.
    public func counts(_ placement: Placement) -> Bool {
        placement.soort.flatMap { self[$0.value] }?.counts == true && placement.personen != nil
    }
}
