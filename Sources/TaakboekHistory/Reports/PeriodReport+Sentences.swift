import TaakboekCore

extension PeriodReport {
    /// The sentences a letter needs around the table: how the backlog moved, which of the
    /// period's figures are not known, the next period's taakstelling and opgave, and each
    /// correction made by the report's date.
    public var sentences: [LocalizedText] {
        [backlogSentence] + [unknownFiguresSentence, tooLargeSentence].compactMap { $0 } + [nextPeriodSentence]
            + correctionSentences
    }

    /// A backlog as a letter says it; a negative backlog is a lead (voorsprong).
    static func amount(_ value: Int) -> LocalizedText {
        guard value < 0 else { return LocalizedText(String(value)) }
        return LocalizedText(
            nl: "\(value) (een voorsprong van \(value.magnitude))", en: "\(value) (a lead of \(value.magnitude))")
    }

    var backlogSentence: LocalizedText {
        let start = ReportDates.long(period.backlogStartDate)
        let end = ReportDates.long(period.backlogEndDate)
        switch (figures.begin?.value, figures.eind?.value) {
        case (let begin?, let eind?):
            let from = Self.amount(begin)
            let to = Self.amount(eind)
            if eind < begin {
                return LocalizedText(
                    nl: "De achterstand daalde van \(from.nl) op \(start.nl) naar \(to.nl) op \(end.nl).",
                    en: "The backlog fell from \(from.en) on \(start.en) to \(to.en) on \(end.en).")
            }
            if eind > begin {
                return LocalizedText(
                    nl: "De achterstand steeg van \(from.nl) op \(start.nl) naar \(to.nl) op \(end.nl).",
                    en: "The backlog rose from \(from.en) on \(start.en) to \(to.en) on \(end.en).")
            }
            return LocalizedText(
                nl: "De achterstand bleef gelijk: \(from.nl) op \(start.nl) en op \(end.nl).",
                en: "The backlog stayed the same: \(from.en) on \(start.en) and on \(end.en).")
        case (let begin?, nil):
            let from = Self.amount(begin)
            return LocalizedText(
                nl: "De achterstand op \(end.nl) is niet bekend; op \(start.nl) was die \(from.nl).",
                en: "The backlog on \(end.en) is not known; on \(start.en) it was \(from.en).")
        case (nil, let eind?):
            let to = Self.amount(eind)
            return LocalizedText(
                nl: "De achterstand op \(start.nl) is niet bekend; op \(end.nl) was die \(to.nl).",
                en: "The backlog on \(start.en) is not known; on \(end.en) it was \(to.en).")
        case (nil, nil):
            return LocalizedText(
                nl: "De achterstand op \(start.nl) en op \(end.nl) is niet bekend.",
                en: "The backlog on \(start.en) and on \(end.en) is not known.")
        }
    }

    /// Which of the period's own figures the records do not give, or nil when all are known.
    var unknownFiguresSentence: LocalizedText? {
        let months = ReportDates.months(period)
        // A total that is too large to compute has a sentence of its own (`tooLargeSentence`).
        let named: [(figure: Figure?, name: LocalizedText, tooLarge: Bool)] = [
            (figures.taakstelling, LocalizedText(nl: "de taakstelling", en: "the target"), false),
            (figures.opgave, Self.totalName, figures.opgaveTooLarge),
            (
                figures.gehuisvest, LocalizedText(nl: "het aantal gehuisveste statushouders", en: "the number housed"),
                false
            ),
        ]
        let missing = named.filter { $0.figure?.value == nil && !$0.tooLarge }.map(\.name)
        guard !missing.isEmpty else { return nil }
        return LocalizedText(
            nl: "Voor \(months.nl) is niet bekend: \(Self.list(missing.map(\.nl), and: "en")).",
            en: "For \(months.en) the records do not give \(Self.list(missing.map(\.en), and: "and")).")
    }

    static let totalName = LocalizedText(nl: "het totaal te huisvesten", en: "the total to house")

    /// Says that the total was not computed because the sum does not fit in 64 bits (the table
    /// shows `te groot`), rather than that it is unknown; nil otherwise.
    var tooLargeSentence: LocalizedText? {
        guard figures.opgaveTooLarge else { return nil }
        return LocalizedText(
            nl:
                "Het totaal te huisvesten is niet berekend: achterstand_begin + taakstelling past niet in een 64-bits getal; `taakboek check` wijst de cijfers aan.",
            en:
                "The total to house was not computed: achterstand_begin + taakstelling does not fit in 64 bits; `taakboek check` points at the figures."
        )
    }

    static func list(_ items: [String], and: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    var nextPeriodSentence: LocalizedText {
        let following = period.next
        let months = ReportDates.months(following)
        guard let next else {
            return LocalizedText(
                nl:
                    "De records hebben nog geen periode \(following) (\(months.nl)); de taakstelling en de opgave daarvan zijn nog niet bekend.",
                en:
                    "The records have no period \(following) (\(months.en)) yet; its target and total to house are not known yet."
            )
        }
        switch (next.taakstelling?.value, next.opgave?.value) {
        case (let target?, let opgave?):
            return LocalizedText(
                nl:
                    "Voor \(months.nl) (\(following)) is de taakstelling \(target); met de achterstand erbij is de opgave \(opgave).",
                en:
                    "For \(months.en) (\(following)) the target is \(target); with the backlog the total to house is \(opgave)."
            )
        case (let target?, nil):
            return LocalizedText(
                nl:
                    "Voor \(months.nl) (\(following)) is de taakstelling \(target); de opgave (met de achterstand erbij) is nog niet bekend.",
                en:
                    "For \(months.en) (\(following)) the target is \(target); the total to house (with the backlog) is not known yet."
            )
        case (nil, let opgave?):
            return LocalizedText(
                nl:
                    "Voor \(months.nl) (\(following)) is de taakstelling niet bekend; de opgave is \(opgave).",
                en: "For \(months.en) (\(following)) the target is not known; the total to house is \(opgave).")
        case (nil, nil):
            return LocalizedText(
                nl: "De taakstelling en de opgave voor \(months.nl) (\(following)) zijn nog niet bekend.",
                en: "The target and the total to house for \(months.en) (\(following)) are not known yet.")
        }
    }
}
