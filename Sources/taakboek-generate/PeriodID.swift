/// A calendar half-year: `2024-I` (1 January – 30 June) or `2024-II` (1 July – 31 December).
struct PeriodID: Comparable, Hashable, Sendable {
    let year: Int
    /// 1 for the first half-year, 2 for the second.
    let half: Int

    init(year: Int, half: Int) {
        self.year = year
        self.half = half
    }

    /// The half-year that contains `day`.
    init(containing day: CivilDay) {
        let c = day.components
        self.init(year: c.year, half: c.month <= 6 ? 1 : 2)
    }

    /// `2024-I` or `2024-II`: the file name of the period and the folder of its placements.
    var name: String {
        "\(year)-\(half == 1 ? "I" : "II")"
    }

    var next: PeriodID {
        half == 1 ? PeriodID(year: year, half: 2) : PeriodID(year: year + 1, half: 1)
    }

    var previous: PeriodID {
        half == 2 ? PeriodID(year: year, half: 1) : PeriodID(year: year - 1, half: 2)
    }

    var firstDay: CivilDay {
        CivilDay(year: year, month: half == 1 ? 1 : 7, day: 1)
    }

    var lastDay: CivilDay {
        half == 1 ? CivilDay(year: year, month: 6, day: 30) : CivilDay(year: year, month: 12, day: 31)
    }

    /// Every half-year from `fromYear`-I through `toYear`-II.
    static func all(fromYear: Int, toYear: Int) -> [PeriodID] {
        var result: [PeriodID] = []
        for year in fromYear...toYear {
            result.append(PeriodID(year: year, half: 1))
            result.append(PeriodID(year: year, half: 2))
        }
        return result
    }

    static func < (lhs: PeriodID, rhs: PeriodID) -> Bool {
        (lhs.year, lhs.half) < (rhs.year, rhs.half)
    }
}
