import TaakboekTestSupport
/// Record texts for the fast YAML reader's tests: the shapes the generator and the shipped records
/// write, with varied values, and seeded random mutations of them.
enum FastYAMLCorpus {
    /// SplitMix64: the same seed gives the same texts on every platform.
    typealias Random = SplitMix64

    /// Values as records write them, and some that only YAML's corners accept.
    static let values = [
        "30", "-2", "0", "-17", "2010-I", "2024-II", "2024-09-01", "2025", "afgesloten", "open", "onbekend",
        "Één café", "Raadsinformatiebrief over 2024-II (achterstand op 1 januari 2024); RTV Drenthe",
        "'quoted'", "'it''s'", "''", "\"double\"", "\"say \\\"hi\\\"\"", "\"a\\\\b\"", "\"line\\nbreak\"",
        "\"Één\"", "'Één café'", "http://example.nl/a#b", "a:b", "x #y", "~", "null", "true", "1e3", "0x1F",
        "012", ".5", "+3", "1.5", "Woning in de wijk De Esch", "HAR-locatie, 3 [tijdelijk] {x}", "straße 12",
        "€ 5", "日本", "a'b", "a\"b", "-x", "--", "<<", "=", "x::y", "a,b", "emoji 🙂 ok",
    ]

    static let keys = [
        "periode", "status", "achterstand_begin", "taakstelling", "totaal", "gehuisvest", "achterstand_eind",
        "bron", "opmerking", "datum", "soort", "personen", "huishoudens", "locatie", "uit", "naam", "cbs_code",
        "provincie", "reden", "onderwerp", "x-y", "_z", "2010", "a",
    ]

    static let comments = [
        "# yaml-language-server: $schema=../../../schemas/periode.schema.json",
        "# De bron noemt september 2024 zonder dag; daarom staat alleen de maand er.", "#", "# Één: 'x' \"y\"",
    ]

    /// Varied texts of the record shapes, some outside the fast reader's subset.
    static func texts(count: Int, seed: UInt64) -> [String] {
        var random = Random(seed: seed)
        return (0..<count).map { _ in text(&random) }
    }

    static func text(_ random: inout Random) -> String {
        var out = random.chance(20) ? "\n" : ""
        if random.chance(70) { out += random.pick(comments) + "\n" }
        var used: Set<String> = []
        for _ in 0..<(1 + random.next(9)) {
            var key = random.pick(keys)
            while used.contains(key) { key += "x" }
            used.insert(key)
            out += key + ":" + value(&random, indent: 0, depth: 0)
            if random.chance(5) { out += random.pick(["", "  ", "   "]) + random.pick(comments) + "\n" }
            if random.chance(3) { out += "\n" }
        }
        if random.chance(10) { out.removeLast() }
        return out
    }

    /// A value after `key:` (with its leading space) up to and including its last line's `\n`.
    static func value(_ random: inout Random, indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let trailing = random.chance(10) ? "  # " + random.pick(["c", "Één", "a: b"]) : ""
        switch random.next(depth < 2 ? 10 : 7) {
        case 0:
            let lines = (0..<(1 + random.next(3))).map { _ in
                random.pick(["Uit de achterstanden volgt", "Één café", "a: b # c", "- x", "'q'"])
            }
            return " " + random.pick([">-", ">", "|", "|-"]) + "\n" + lines.map { pad + "  " + $0 + "\n" }.joined()
        case 1:
            let fields = ["van", "naar", "x"].prefix(1 + random.next(3)).map {
                "\($0): \(random.pick(["34", "-3", "0", "1.5", "abc", "x-y"]))"
            }
            return " {" + fields.joined(separator: random.pick([", ", ","])) + "}" + trailing + "\n"
        case 7, 8:
            var out = trailing + "\n"
            var used: Set<String> = []
            for _ in 0..<(1 + random.next(4)) {
                var key = random.pick(keys)
                while used.contains(key) { key += "x" }
                used.insert(key)
                out += pad + "  " + key + ":" + value(&random, indent: indent + 2, depth: depth + 1)
            }
            return out
        case 9:
            var out = trailing + "\n"
            let dashIndent = indent + random.pick([1, 2, 2, 4])
            let dashPad = String(repeating: " ", count: dashIndent)
            for _ in 0..<(1 + random.next(3)) {
                if random.chance(30) {
                    let first = random.pick(keys)
                    out += dashPad + "- " + first + ":" + value(&random, indent: dashIndent + 2, depth: depth + 2)
                    if random.chance(50) {
                        out += dashPad + "  " + first + "2:" + value(&random, indent: dashIndent + 2, depth: depth + 2)
                    }
                } else {
                    out += dashPad + "-" + value(&random, indent: dashIndent, depth: depth + 2)
                }
            }
            return out
        default:
            return " " + random.pick(values) + trailing + "\n"
        }
    }

    /// Texts shaped like the generated and shipped records, all within the fast reader's subset.
    static func recordShapes(seed: UInt64) -> [String] {
        var random = Random(seed: seed)
        var texts: [String] = []
        let schema = "# yaml-language-server: $schema=../../../schemas/"
        for index in 0..<50 {
            let number = random.next(80) - 10
            texts.append(
                schema + "periode.schema.json\nperiode: \(2003 + index / 2)-\(index % 2 == 0 ? "I" : "II")\n"
                    + "status: afgesloten\nachterstand_begin: \(number)\ntaakstelling: \(number + 7)\n"
                    + "totaal: 12\ngehuisvest: onbekend\nachterstand_eind: -\(index)\n"
                    + "bron: \"Brief van \\\"de\\\" provincie\"\nopmerking: Één café, 3 [tijdelijk]\n")
            texts.append(
                "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\n"
                    + "# De bron noemt september 2024 zonder dag; daarom staat alleen de maand er.\n"
                    + "datum: 2024-09\nsoort: har\npersonen: \(index + 1)\nhuishoudens: 2\n"
                    + "locatie: 'Vredestein, ''t gebouw'\nbron: Raadsinformatiebrief over 2024-II\n"
                    + "opmerking: >-\n  Hun latere verhuizing telt niet opnieuw (doorstroom); nareizigers\n"
                    + "  worden gehuisvest: tellen # wel mee.\n")
            texts.append(
                schema + "correctie.schema.json\ndatum: 2011-09-05\nperiode: 2010-II\nwijzigingen:\n"
                    + "  taakstelling: {van: \(number), naar: \(number + 1)}\n  totaal: {van: -3, naar: 21}\n"
                    + "reden: Een koppeling van 1 persoon is alsnog toegerekend (plaatsing 2010-II/nagekomen-02).\n"
                    + "bron: Bericht van het COA van 5 september 2011\n")
            texts.append(
                "\n" + schema + "brief.schema.json\ndatum: 2005-01-18\nsoort: raadsinformatiebrief\n"
                    + "periode: 2004-II\nonderwerp: Huisvesting statushouders, stand op 1 januari 2005\ncijfers:\n"
                    + "  achterstand_begin: \(number)\n  taakstelling: 16\n  totaal: 13\n\n")
            texts.append(
                "# yaml-language-server: $schema=../../schemas/gemeente.schema.json\nnaam: Gemeente \(index)\n"
                    + "cbs_code: GM\(1000 + index)\nprovincie: Drenthe\nlijst:\n  - een\n  - 'twee'\n"
                    + "  - naam: drie\n    code: 3\n")
        }
        return texts
    }

    static let alphabet: [Character] =
        Array(":#-'\" \t\n[]{}&*!|>?%@`\\,.~abcXYZ019é€\r")
        + ["\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{0}", "\u{7F}", "\u{FFFE}", "🙂"]

    /// One random change: insert, delete or replace a character, duplicate a line, or indent or
    /// unindent a line.
    static func mutate(_ text: String, _ random: inout Random) -> String {
        var characters = Array(text)
        switch random.next(6) {
        case 0:
            characters.insert(random.pick(alphabet), at: random.next(characters.count + 1))
        case 1:
            if !characters.isEmpty { characters.remove(at: random.next(characters.count)) }
        case 2:
            if !characters.isEmpty { characters[random.next(characters.count)] = random.pick(alphabet) }
        default:
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let index = random.next(lines.count)
            switch random.next(3) {
            case 0: lines.insert(lines[index], at: index)
            case 1: lines[index] = String(repeating: " ", count: 1 + random.next(3)) + lines[index]
            default: if lines[index].hasPrefix(" ") { lines[index].removeFirst() }
            }
            return lines.joined(separator: "\n")
        }
        return String(characters)
    }
}
