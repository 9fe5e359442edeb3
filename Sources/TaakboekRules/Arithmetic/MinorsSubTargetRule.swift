import TaakboekCore

/// waarvan_amv ≤ taakstelling: the minors' sub-target is part of the total, and exists from 2023-I.
public struct MinorsSubTargetRule: Rule {
    public init() {}

    /// The first half-year with a separate minors' sub-target (COA, "Taakstelling gemeenten").
    public static let firstPeriod = PeriodID(year: 2023, half: 1)

    public static let description = RuleDescription(
        id: "TB204", category: .arithmetic,
        name: LocalizedText(nl: "deel voor alleenstaande minderjarigen", en: "the minors' sub-target"),
        severity: .error,
        summary: LocalizedText(
            nl: "waarvan_amv ≤ taakstelling, en alleen in perioden vanaf 2023-I.",
            en: "waarvan_amv ≤ taakstelling, and only in periods from 2023-I."),
        rationale: LocalizedText(
            nl:
                "Sinds 2023 heeft de taakstelling een apart deel voor alleenstaande minderjarige vergunninghouders (amv). Dat deel telt mee in de taakstelling (COA, Taakstelling gemeenten; Noordenveld, Beuningen): het is een deel van het totaal, dus nooit groter dan de taakstelling, en het komt er niet bij. Vóór 2023 bestond het niet; een waarvan_amv in een eerdere periode is een waarschuwing. De gehuisveste amv worden niet apart tegen waarvan_amv gelegd: het deel is geen eigen achterstand, de achterstand wordt alleen over de hele taakstelling berekend.",
            en:
                "Since 2023 the taakstelling has a separate part for unaccompanied minor permit holders (amv). That part counts inside the taakstelling (COA, Taakstelling gemeenten; Noordenveld, Beuningen): it is part of the total, so never larger than the taakstelling, and it is not added to it. Before 2023 it did not exist; a waarvan_amv in an earlier period is a warning. The minors housed are not compared with waarvan_amv: the part is no backlog of its own, the backlog is computed over the whole taakstelling only."
        ),
        triggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: open\nachterstand_begin: 38\ntaakstelling: 33\nwaarvan_amv: ↓34\n")
            ]),
            RuleExample(
                [
                    ExampleRecords.period(
                        "2022-II",
                        "periode: 2022-II\nstatus: open\nachterstand_begin: 0\ntaakstelling: 20\nwaarvan_amv: ↓2\n")
                ], severity: .warning),
        ],
        nonTriggering: [
            RuleExample([
                ExampleRecords.period(
                    "2024-II",
                    "periode: 2024-II\nstatus: open\nachterstand_begin: 38\ntaakstelling: 33\nwaarvan_amv: 33\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2023-I", "periode: 2023-I\nstatus: open\nachterstand_begin: 12\ntaakstelling: 40\nwaarvan_amv: 0\n")
            ]),
            RuleExample([
                ExampleRecords.period(
                    "2023-I",
                    "periode: 2023-I\nstatus: open\nachterstand_begin: 12\ntaakstelling: 40\nwaarvan_amv: onbekend\n")
            ]),
        ])

    public func check(_ tree: RecordTree) -> [Finding] {
        tree.municipalities.flatMap { records in
            records.periods.compactMap { period -> Finding? in
                guard let part = period.minorsSubTarget, let id = period.id else { return nil }
                if id < Self.firstPeriod {
                    return finding(
                        part.location,
                        LocalizedText(
                            nl:
                                "waarvan_amv in \(id): het aparte deel voor alleenstaande minderjarigen bestaat pas sinds \(Self.firstPeriod); verwijder het veld",
                            en:
                                "waarvan_amv in \(id): the separate part for unaccompanied minors exists only since \(Self.firstPeriod); remove the field"
                        ),
                        severity: .warning)
                }
                guard let partValue = part.value.value else { return nil }
                guard let total = period.known(.taakstelling) else {
                    return unknownFiguresNote(
                        period, [.taakstelling],
                        what: LocalizedText(nl: "waarvan_amv ≤ taakstelling", en: "waarvan_amv ≤ taakstelling"))
                }
                guard partValue > total.value else { return nil }
                return finding(
                    part.location,
                    LocalizedText(
                        nl:
                            "waarvan_amv is \(partValue), meer dan de taakstelling \(total.value): het deel voor alleenstaande minderjarigen telt mee in de taakstelling en kan niet groter zijn; verbeter een van beide",
                        en:
                            "waarvan_amv is \(partValue), more than the taakstelling \(total.value): the minors' part counts inside the taakstelling and cannot be larger; correct one of them"
                    ),
                    related: [
                        RelatedLocation(total.location, LocalizedText(nl: "de taakstelling", en: "the taakstelling"))
                    ])
            }
        }
    }
}
