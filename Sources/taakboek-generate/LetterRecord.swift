/// One council letter, `brieven/<name>.md`: YAML front matter with the quoted figures, then text.
struct LetterRecord: Sendable {
    /// The seven figures a letter quotes, as the records stood on its date.
    struct Figures: Sendable {
        var begin: Int
        var taakstelling: Int
        var totaal: Int
        var gehuisvest: Int
        var eind: Int
        var taakstellingVolgende: Int
        var opgaveVolgende: Int
    }

    /// File name without `.md`.
    var name: String
    let datum: CivilDay
    let periode: PeriodID
    let gemeente: String
    var figures: Figures

    /// Path below the municipality folder.
    var relativePath: String { "brieven/\(name).md" }

    /// The day after the period: the reference date the letter reports on.
    private var referenceDay: CivilDay { periode.lastDay.adding(days: 1) }

    func render() -> String {
        let f = figures
        var out = "---\n" + YAMLText.schemaLine("brief", depth: 2)
        out += "datum: \(datum.iso)\n"
        out += "soort: raadsinformatiebrief\n"
        out += "periode: \(periode.name)\n"
        out += "onderwerp: \(YAMLText.string("Huisvesting statushouders, stand op \(referenceDay.dutch)"))\n"
        out += "cijfers:\n"
        out += "  achterstand_begin: \(f.begin)\n"
        out += "  taakstelling: \(f.taakstelling)\n"
        out += "  totaal: \(f.totaal)\n"
        out += "  gehuisvest: \(f.gehuisvest)\n"
        out += "  achterstand_eind: \(f.eind)\n"
        out += "  taakstelling_volgende: \(f.taakstellingVolgende)\n"
        out += "  opgave_volgende: \(f.opgaveVolgende)\n"
        out += "---\n"
        out += body()
        return out
    }

    private func body() -> String {
        let f = figures
        let next = periode.next
        var out = "# Huisvesting statushouders: stand op \(referenceDay.dutch)\n\n"
        out += "Aan de gemeenteraad van \(gemeente).\n\n"
        out += "Op \(periode.firstDay.dutch) had de gemeente \(Text.backlog(f.begin)) personen. "
        out += "Met de taakstelling van \(f.taakstelling) voor \(periode.name) moesten \(f.totaal) "
        out += "statushouders worden gehuisvest. Er zijn er \(f.gehuisvest) gehuisvest, zodat de gemeente "
        out += "op \(referenceDay.dutch) \(Text.backlog(f.eind)) personen had.\n\n"
        out += "Voor \(next.name) is de taakstelling \(f.taakstellingVolgende); met de achterstand erbij "
        out += "is de opgave \(f.opgaveVolgende).\n\n"
        out += "Deze brief is gegenereerd testmateriaal: de gemeente en alle cijfers zijn verzonnen.\n"
        return out
    }
}
