/// A date as Dutch people write it — `10-02-2025`, `10/2/2025`, `10.2.2025`, `10 februari 2025`,
/// `10 feb 2025`, `februari 2025`, `2-2025` — read as the `PartialDate` a record writes
/// `2025-02-10` (or `2025-02`): day before month, Dutch month names. For `taakboek import` and
/// for the "bedoelt u 2025-02-10?" of a date a record writes otherwise.
public enum DutchDateText {
    /// The date the text stands for; nil when it is none (or does not exist: 30 februari).
    public static func parse(_ text: String) -> PartialDate? {
        let parts = text.lowercased().split { " -/.\t,".contains($0) }.map(String.init)
        switch parts.count {
        case 3:
            var year: Int?
            var month: Int?
            var day: Int?
            if parts[0].count == 4 {
                (year, month, day) = (Int(parts[0]), Int(parts[1]), Int(parts[2]))
            } else if parts[2].count == 4 {
                (day, month, year) = (Int(parts[0]), Int(parts[1]) ?? months[parts[1]], Int(parts[2]))
            }
            guard let year, let month, let day, (1...12).contains(month), day >= 1,
                day <= PartialDate.daysIn(month: month, year: year)
            else { return nil }
            return PartialDate(year: year, month: month, day: day)
        case 2:
            // `februari 2025`, `2-2025`: the month only, as a record writes `2025-02`.
            guard parts[1].count == 4, let year = Int(parts[1]), let month = Int(parts[0]) ?? months[parts[0]],
                (1...12).contains(month)
            else { return nil }
            return PartialDate(year: year, month: month)
        default:
            return nil
        }
    }

    /// Dutch month names and their usual abbreviations.
    public static let months: [String: Int] = {
        let names = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ]
        var result: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            result[name] = index + 1
            result[String(name.prefix(3))] = index + 1
        }
        result["mrt"] = 3
        result["sept"] = 9
        return result
    }()
}
