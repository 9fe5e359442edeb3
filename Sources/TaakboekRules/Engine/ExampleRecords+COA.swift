import TaakboekCore

extension ExampleRecords {
    public static func coaPath(_ peildatum: String) -> String { "records/voorbeeld/coa/\(peildatum).yaml" }

    /// COA's figures on a peildatum; `body` is everything after the schema line.
    public static func coa(_ peildatum: String, _ body: String) -> (String, String) {
        (coaPath(peildatum), header(coaPath(peildatum), .coa) + body)
    }

    /// COA's figures on a peildatum whose own arithmetic adds up.
    public static func coa(_ peildatum: String, periode: String, taakstelling: Int, gerealiseerd: Int) -> (
        String, String
    ) {
        coa(
            peildatum,
            "peildatum: \(peildatum)\nperiode: \(periode)\ntaakstelling: \(taakstelling)\ngerealiseerd: \(gerealiseerd)\n"
                + "nog_te_realiseren: \(taakstelling - gerealiseerd)\nbron: COA, overzicht per gemeente\n")
    }
}
