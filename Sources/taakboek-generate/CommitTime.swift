/// A moment in local Dutch time (Europe/Amsterdam), as used for commit dates.
///
/// Stored as seconds since 1970-01-01 00:00 *local* time, so times order and add naturally;
/// `gitStamp` converts to the `<unix seconds> <+hhmm>` form fast-import wants, with summer
/// time (CEST, +0200) from the last Sunday of March to the last Sunday of October.
struct CommitTime: Comparable, Hashable, Sendable {
    let localSeconds: Int

    init(localSeconds: Int) {
        self.localSeconds = localSeconds
    }

    init(day: CivilDay, secondsIntoDay: Int) {
        localSeconds = day.number * 86_400 + secondsIntoDay
    }

    /// A random moment within office hours (08:30–17:00) on `day`.
    static func officeHours(on day: CivilDay, random: inout SeededRandom) -> CommitTime {
        CommitTime(day: day, secondsIntoDay: 8 * 3600 + 1800 + random.below(8 * 3600 + 1800))
    }

    var day: CivilDay {
        let d = localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
        return CivilDay(number: d)
    }

    func adding(seconds: Int) -> CommitTime {
        CommitTime(localSeconds: localSeconds + seconds)
    }

    /// The UTC offset in hours on this moment's day in the Netherlands.
    var utcOffsetHours: Int {
        let d = day
        let year = d.year
        let start = Self.lastSunday(year: year, month: 3)
        let end = Self.lastSunday(year: year, month: 10)
        return d >= start && d < end ? 2 : 1
    }

    /// `1700000000 +0100`, the date format of fast-import's `author` and `committer` lines.
    var gitStamp: String {
        let offset = utcOffsetHours
        return "\(localSeconds - offset * 3600) +0\(offset)00"
    }

    private static func lastSunday(year: Int, month: Int) -> CivilDay {
        let last = CivilDay(year: year, month: month + 1, day: 1).adding(days: -1)
        return last.adding(days: -last.weekday)
    }

    static func < (lhs: CommitTime, rhs: CommitTime) -> Bool {
        lhs.localSeconds < rhs.localSeconds
    }
}
