/// Decides the placements of each half-year in turn: dates, kinds, persons and, for a
/// doorstroom, the HAR placement it leaves (within 150 days, so TB405 never warns, and never more
/// persons than remain there).
struct PlacementPlanner {
    private struct HarStay {
        let id: String
        let date: CivilDay
        var remaining: Int
    }

    let perPeriod: Int
    private var nextNumber = 1
    private var stays: [HarStay] = []
    /// Placements are recorded in date order, so a doorstroom never precedes its HAR placement.
    private var lastRecorded = CommitTime(localSeconds: Int.min / 2)

    init(perPeriod: Int) {
        self.perPeriod = perPeriod
    }

    static let regularLocations = [
        "Woning van de woningcorporatie in de wijk Noord", "Eengezinswoning in het centrum",
        "Appartement aan de rand van het dorp", "Woning in de wijk De Esch", "Flexwoning bij het station",
        "Woning in de nieuwbouwwijk Oost", "Boven- en benedenwoning in het oude centrum",
    ]
    static let harLocations = [
        "HAR-locatie in een voormalig kantoorgebouw", "HAR-locatie in een vakantiepark",
        "HAR-locatie in een leegstaand verzorgingshuis", "HAR-locatie in een hotel aan de rondweg",
    ]
    static let minorLocations = [
        "Kleinschalige woonvoorziening van Nidos in het centrum", "Kleinschalige woonvoorziening van Nidos in Noord",
    ]

    mutating func plan(period: PeriodID, isOpen: Bool, random: inout SeededRandom) -> [MunicipalityPlan.Placement] {
        let count = isOpen ? (perPeriod + 1) / 2 : perPeriod
        let first = period.firstDay.adding(days: 14).number
        let last = period.lastDay.adding(days: -10).number
        // Keys are handed over on workdays.
        var days = (0..<count).map { _ in CivilDay(number: random.between(first, last)).nextWorkday.number }
        days.sort()
        stays.removeAll { $0.remaining == 0 || period.firstDay.number - $0.date.number > 150 }
        var result: [MunicipalityPlan.Placement] = []
        for dayNumber in days {
            let day = CivilDay(number: dayNumber)
            let record = makeRecord(period: period, day: day, random: &random)
            let recordDay = day.adding(workdays: random.between(0, 3))
            var recordedAt = CommitTime.officeHours(on: recordDay, random: &random)
            if recordedAt <= lastRecorded { recordedAt = lastRecorded.adding(seconds: random.between(60, 1800)) }
            lastRecorded = recordedAt
            result.append(MunicipalityPlan.Placement(record: record, recordedAt: recordedAt))
        }
        return result
    }

    private mutating func makeRecord(period: PeriodID, day: CivilDay, random: inout SeededRandom) -> PlacementRecord {
        let name = "p\(Text.padded(nextNumber, 4))"
        nextNumber += 1
        let roll = random.below(100)
        let harAllowed = Soort.har.isValid(on: day)
        let origin = stays.indices.last {
            stays[$0].remaining > 0 && stays[$0].date < day && day.number - stays[$0].date.number <= 150
        }
        var record = PlacementRecord(name: name, period: period, date: day, soort: .regulier, personen: 1)
        if roll < 12, let origin {
            record.soort = .doorstroom
            record.personen = random.between(1, min(6, stays[origin].remaining))
            stays[origin].remaining -= record.personen
            record.uit = stays[origin].id
            record.locatie = random.pick(Self.regularLocations)
        } else if roll < 27 && harAllowed {
            record.soort = .har
            record.personen = random.between(4, 24)
            record.locatie = random.pick(Self.harLocations)
            stays.append(HarStay(id: record.id, date: day, remaining: record.personen))
        } else if roll < 47 {
            record.soort = .nareiziger
            record.personen = random.between(1, 4)
            record.locatie = random.pick(Self.regularLocations)
        } else if roll < 57 && Soort.amvKso.isValid(on: day) {
            record.soort = .amvKso
            record.personen = random.between(1, 3)
            record.locatie = random.pick(Self.minorLocations)
        } else {
            record.personen = random.between(1, 6)
            record.locatie = random.pick(Self.regularLocations)
        }
        record.huishoudens = max(1, (record.personen + random.between(0, 2)) / 3)
        if record.soort == .amvKso { record.huishoudens = record.personen }
        return record
    }
}
