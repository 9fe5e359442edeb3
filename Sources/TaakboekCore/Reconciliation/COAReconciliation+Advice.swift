extension COAReconciliation {
    /// What to check when COA's `gerealiseerd` differs from the own count by `difference`
    /// (COA minus own): the same words in the rule's warning and in `taakboek reconcile`.
    public static func realisedAdvice(difference: Int) -> LocalizedText {
        if difference > 0 {
            return LocalizedText(
                nl:
                    "het COA telt \(difference) meer: ontbreekt een plaatsing in de records, of heeft het COA tegoed naar de gemeente verschoven?",
                en:
                    "COA counts \(difference) more: is a placement missing from the records, or did COA move credit to the municipality?"
            )
        }
        return LocalizedText(
            nl:
                "het COA telt \(-difference) minder: is elke plaatsing aan het COA gemeld (TVS), met het juiste aantal personen en vóór de peildatum verwerkt?",
            en:
                "COA counts \(-difference) fewer: was every placement reported to COA (TVS), with the right number of persons and processed before the peildatum?"
        )
    }

    /// What to check when COA's taakstelling differs from the records' by `difference` (COA minus records).
    public static func taakstellingAdvice(difference: Int) -> LocalizedText {
        let more = difference > 0
        let count = more ? difference : -difference
        return LocalizedText(
            nl:
                "het COA noemt een taakstelling die \(count) \(more ? "hoger" : "lager") is dan achterstand_begin + taakstelling in de records op de peildatum: is de stand goed overgenomen, of is een cijfer van de periode veranderd? Leg een wijziging van de periode vast met een correctie",
            en:
                "COA gives a taakstelling \(count) \(more ? "higher" : "lower") than achterstand_begin + taakstelling in the records on the peildatum: were the figures copied correctly, or did a figure of the period change? Record a change of the period with a correction"
        )
    }
}
