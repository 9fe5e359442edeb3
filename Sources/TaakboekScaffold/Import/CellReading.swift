import Foundation
import TaakboekCore
import TaakboekSpreadsheet

/// A cell read as the field it stands in, or why it cannot be: the reason names the value and
/// says what to write instead.
enum CellReading {
    /// A count as people type it: `1.234` (a dot between groups of three), `-1`, `−1` (the minus
    /// sign), spaces; an empty cell or `onbekend` is `onbekend`. A number cell of an .xlsx file
    /// must be whole.
    static func figure(_ cell: Cell) -> Result<Figure, Refusal> {
        switch cell {
        case .empty: return .success(.unknown)
        case .date: return .failure(Refusal(nl: "'\(cell.shown)' is een datum, geen aantal", en: "'\(cell.shown)' is a date, not a count"))
        case .number(let text):
            if let value = Double(text), value.rounded() == value, abs(value) < 1e15 { return .success(.known(Int(value))) }
            return .failure(notWhole(text))
        case .text(let raw):
            var text = String(raw.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }.map(Character.init))
            if text.isEmpty || text.lowercased() == Figure.unknownKeyword { return .success(.unknown) }
            var negative = false
            if let first = text.unicodeScalars.first, ["-", "\u{2212}", "\u{2013}", "+"].contains(first) {
                negative = first != "+"
                text.removeFirst()
            }
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            let digits = groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
            let grouped = groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
            guard digits, grouped, let value = Int(groups.joined()), value < 1_000_000_000_000 else {
                return .failure(notWhole(raw))
            }
            return .success(.known(negative ? -value : value))
        }
    }

    static func notWhole(_ text: String) -> Refusal {
        Refusal(
            nl: "'\(text)' is geen geheel aantal personen (schrijf bijvoorbeeld 41, 1.234 of -3, of laat de cel leeg voor onbekend)",
            en: "'\(text)' is not a whole number of persons (write for example 41, 1.234 or -3, or leave the cell empty for onbekend)")
    }

    /// A half-year as people write it: `2024-II`, `2024-2`, `2024 II`, `2024/II`, `2e halfjaar 2024`,
    /// `tweede halfjaar 2024`, `H2 2024`, `2024 H2`, `2024-I`.
    static func period(_ cell: Cell) -> Result<PeriodID, Refusal> {
        let refusal = Refusal(
            nl: "'\(cell.shown)' is geen halfjaar; schrijf bijvoorbeeld 2024-I, 2024-II, 2e halfjaar 2024 of H2 2024",
            en: "'\(cell.shown)' is not a half-year; write for example 2024-I, 2024-II, 2e halfjaar 2024 or H2 2024")
        guard case .text(let text) = cell else {
            return .failure(cell.isEmpty ? Refusal(nl: "de periode is leeg", en: "the period is empty") : refusal)
        }
        let words = text.lowercased().split { " -/_.,\t".contains($0) }.map(String.init)
            .filter { !["halfjaar", "hj", "helft", "half", "jaar", "e", "ste", "de"].contains($0) }
        var year: Int?
        var half: Int?
        for word in words {
            if word.count == 4, let number = Int(word), (1900...2999).contains(number), year == nil {
                year = number
            } else if half == nil, let value = halves[word] {
                half = value
            } else {
                return .failure(refusal)
            }
        }
        guard let year, let half else { return .failure(refusal) }
        return .success(PeriodID(year: year, half: half))
    }

    static let halves: [String: Int] = [
        "i": 1, "1": 1, "h1": 1, "1e": 1, "1ste": 1, "eerste": 1, "ii": 2, "2": 2, "h2": 2, "2e": 2, "2de": 2,
        "tweede": 2,
    ]

    /// A day: a date cell, or text `2025-03-01`, `1-3-2025`, `01-03-2025`, `1/3/2025`, `1.3.2025`,
    /// `1 maart 2025`, `1 mrt 2025` (day before month, as in Dutch).
    static func day(_ cell: Cell) -> Result<PartialDate, Refusal> {
        let refusal = Refusal(
            nl: "'\(cell.shown)' is geen datum; schrijf bijvoorbeeld 2025-03-01, 1-3-2025 of 1 maart 2025",
            en: "'\(cell.shown)' is not a date; write for example 2025-03-01, 1-3-2025 or 1 maart 2025")
        switch cell {
        case .date(let year, let month, let day): return .success(PartialDate(year: year, month: month, day: day))
        case .empty: return .failure(Refusal(nl: "de peildatum is leeg", en: "the peildatum is empty"))
        case .number:
            return .failure(
                Refusal(
                    nl: "'\(cell.shown)' is een getal, geen datum; geef de kolom in het spreadsheetprogramma een datumnotatie",
                    en: "'\(cell.shown)' is a number, not a date; give the column a date format in the spreadsheet program"))
        case .text(let text):
            // A day, not a month alone: the peildatum is a day.
            guard let date = DutchDateText.parse(text), date.day != nil else { return .failure(refusal) }
            return .success(date)
        }
    }

    /// Free text (bron, opmerking): nil when empty.
    static func text(_ cell: Cell) -> String? {
        let text = cell.shown.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// Why a row is not written, in both languages.
struct Refusal: Error, Sendable {
    let text: LocalizedText

    init(nl: String, en: String) { text = LocalizedText(nl: nl, en: en) }
    init(_ text: LocalizedText) { self.text = text }
}
