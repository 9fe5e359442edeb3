import TaakboekCore

/// `taakboek new placement`: `plaatsingen/<periode>/<naam>.yaml` in the folder of the half-year
/// its date falls in, named after `--naam`, else the location, else the date and kind (with
/// `-2`, `-3`, … when that name is taken). With a kind, a number of persons and (for a
/// doorstroom) the placement left, it passes `taakboek check` as written.
public struct PlacementDraft: Sendable {
    public var date: PartialDate?
    public var kind: String?
    public var persons: Int?
    public var name: String?
    public var location: String?
    public var origin: String?
    public var source: String?

    public init(
        date: PartialDate? = nil, kind: String? = nil, persons: Int? = nil, name: String? = nil,
        location: String? = nil, origin: String? = nil, source: String? = nil
    ) {
        self.date = date
        self.kind = kind
        self.persons = persons
        self.name = name
        self.location = location
        self.origin = origin
        self.source = source
    }

    public func draft(for target: DraftTarget, today: PartialDate) throws(SourceError) -> RecordDraft {
        let date = self.date ?? today
        guard date.month != nil else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "--datum \(date) noemt alleen het jaar; geef ten minste de maand (JJJJ-MM), zodat duidelijk is in welk halfjaar de plaatsing telt",
                    en:
                        "--datum \(date) gives only the year; give at least the month (YYYY-MM), so it is clear which half-year the placement counts in"
                ))
        }
        let kinds = target.catalogue.kinds.keys.sorted()
        let placementKind = try kind.map { (name) throws(SourceError) -> PlacementKind in
            guard let found = target.catalogue[name] else {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "--soort '\(name)' staat niet in schemas/soorten.yaml; kies een van: \(kinds.joined(separator: ", "))",
                        en:
                            "--soort '\(name)' is not in schemas/soorten.yaml; choose one of: \(kinds.joined(separator: ", "))"
                    ))
            }
            return found
        }
        if let persons, persons < 1 {
            throw SourceError(
                LocalizedText(
                    nl: "--personen moet 1 of meer zijn, niet \(persons)",
                    en: "--personen must be 1 or more, not \(persons)"))
        }
        if let origin, !Self.isPlacementID(origin) {
            throw SourceError(
                LocalizedText(
                    nl:
                        "--uit '\(origin)' is geen plaatsing; schrijf <periode>/<naam>, bijvoorbeeld 2024-II/vredestein",
                    en: "--uit '\(origin)' is not a placement; write <period>/<name>, e.g. 2024-II/vredestein"))
        }
        if let name, !FolderName.isValid(name) {
            throw SourceError(
                LocalizedText(
                    nl:
                        "--naam '\(name)' is geen geldige bestandsnaam: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld de-brink",
                    en:
                        "--naam '\(name)' is not a valid file name: use lower-case letters, digits and hyphens, e.g. de-brink"
                ))
        }
        let period = PeriodID(containing: date)
        let base =
            name ?? location.map(FolderName.of).flatMap { FolderName.isValid($0) ? $0 : nil }
            ?? "\(date)-\(kind ?? "plaatsing")"
        let path = try target.freeName(base, in: RecordKind.placement.folder(of: target.folder) + "/\(period)", chosen: name != nil)

        var notes: [LocalizedText] = []
        if let placementKind, !placementKind.isValid(on: date) {
            notes.append(
                LocalizedText(
                    nl:
                        "soort \(placementKind.name) geldt volgens schemas/soorten.yaml niet op \(date); de controle meldt dat (TB404)",
                    en:
                        "kind \(placementKind.name) is not valid on \(date) according to schemas/soorten.yaml; the check reports that (TB404)"
                ))
        }
        if let origin, target.records.placement(id: origin) == nil {
            notes.append(
                LocalizedText(
                    nl:
                        "er is geen plaatsing \(origin) in records/\(target.folder)/plaatsingen/; de controle meldt dat (TB402)",
                    en:
                        "there is no placement \(origin) in records/\(target.folder)/plaatsingen/; the check reports that (TB402)"
                ))
        }
        if let record = target.records.period(period) {
            if record.isClosed {
                notes.append(
                    LocalizedText(
                        nl:
                            "periode \(period) is afgesloten: de meetellende plaatsingen moeten optellen tot gehuisvest (TB401); een ander cijfer kan alleen met een correctie",
                        en:
                            "period \(period) is closed: the counting placements must add up to gehuisvest (TB401); another figure needs a correction"
                    ))
            }
        } else {
            notes.append(
                LocalizedText(
                    nl: "er is nog geen periode \(period); maak die met taakboek new periode \(period)",
                    en: "there is no period \(period) yet; make it with taakboek new period \(period)"))
        }

        var text = DraftText(schemaLineFor: path, kind: .placement)
        text.comment("Eén plaatsing: een aantal personen dat op een datum is gehuisvest. Alleen aantallen,")
        text.comment("plaatsen en data: geen namen, BSN, V-nummers of adressen van personen.")
        text.comment("Datum van de huisvesting (sleuteloverdracht of intrek): JJJJ-MM-DD, of JJJJ-MM als de dag")
        text.comment("niet bekend is. De plaatsing staat in de map van het halfjaar van die datum (\(period)).")
        text.field("datum", "\(date)")
        text.comment("Soort, uit schemas/soorten.yaml: \(kinds.joined(separator: ", ")).")
        text.field("soort", kind)
        text.comment("Aantal gehuisveste personen (de taakstelling telt personen, geen huishoudens).")
        text.field("personen", persons.map(String.init))
        if placementKind?.requiresAgeGroup == true {
            text.comment("Is de minderjarige 15 jaar of ouder? true of false (nooit een geboortedatum). Alleen met true")
            text.comment("telt deze plaatsing; jonger dan 15 telt later, bij eigen woonruimte op 18 (\(placementKind?.countsLaterAs ?? "amv_18_zelfstandig")).")
            text.field("leeftijd_15_plus", nil)
        }
        if placementKind?.requiresOrigin == true || origin != nil {
            text.comment("De plaatsing die wordt verlaten, als <periode>/<naam>, bijvoorbeeld 2024-II/vredestein.")
            text.field("uit", origin)
        }
        text.comment("Optioneel (haal het #-teken weg en vul in):")
        text.optional("huishoudens", nil, explanation: "aantal huishoudens, ter informatie")
        text.optional(
            "locatie", location.map(YAMLScalar.text), explanation: "gebouw of gebied, nooit het adres van een persoon")
        if placementKind?.requiresOrigin != true && origin == nil {
            text.optional(
                "uit", nil, explanation: "bij doorstroom: de verlaten plaatsing, bijvoorbeeld 2024-II/vredestein")
        }
        text.optional("bron", source.map(YAMLScalar.text), explanation: "waar dit gegeven vandaan komt")
        text.optional("opmerking", nil, explanation: "toelichting, zonder persoonsgegevens")
        return RecordDraft(path: path, text: text.text, missing: text.missing, notes: notes, followUp: [])
    }

    /// `2024-II/vredestein`: a period, a slash and a file name without `.yaml`.
    static func isPlacementID(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && PeriodID(String(parts[0])) != nil && !parts[1].isEmpty
            && !parts[1].hasSuffix(".yaml")
    }
}
