import Testing

/// Usage errors in the user's language: argument-parser's own messages and framing ("Error:",
/// "Usage:", "Unknown option …") and taakboek's checks of its options, in Dutch, and in English
/// with `--lang en` wherever it stands (also after a mistake, since it is read as typed).
@Suite("Usage errors in Dutch and English")
struct UsageErrorLanguageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let dutch: String
        let english: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            arguments: ["log", "2024-II", "--format", "xml"],
            dutch: "Fout: onbekend formaat 'xml'; kies text, json, csv of markdown.",
            english: "Error: unknown format 'xml'; choose text, json, csv or markdown."),
        Case(
            arguments: ["history", "--format", "pdf"],
            dutch: "Fout: onbekend formaat 'pdf'; kies text, json, csv, markdown of html.",
            english: "Error: unknown format 'pdf'; choose text, json, csv, markdown or html."),
        Case(
            arguments: ["log", "2024-II", "--formaat", "json"],
            dutch: "Fout: onbekende optie '--formaat'; bedoelt u '--format'?",
            english: "Error: Unknown option '--formaat'. Did you mean '--format'?"),
        Case(
            arguments: ["log"], dutch: "Fout: argument '<record>' ontbreekt",
            english: "Error: Missing expected argument '<record>'"),
        Case(
            arguments: ["check", "extra"], dutch: "Fout: onverwacht argument 'extra'",
            english: "Error: Unexpected argument 'extra'"),
        Case(
            arguments: ["check", "--format"], dutch: "Fout: waarde ontbreekt bij '--format <formaat>'",
            english: "Error: Missing value for '--format <formaat>'"),
        Case(
            arguments: ["check", "--strict=ja"], dutch: "Fout: de optie '--strict' neemt geen waarde, maar kreeg 'ja'",
            english: "Error: The option '--strict' does not take any value, but 'ja' was specified."),
        Case(
            arguments: ["check", "--staged", "--rev", "HEAD"],
            dutch: "Fout: --staged, --rev en --range sluiten elkaar uit.",
            english: "Error: --staged, --rev and --range exclude each other."),
        Case(
            arguments: ["diff"], dutch: "Fout: geef een of twee revisies (taakboek diff HEAD~1) of --staged.",
            english: "Error: give one or two revisions (taakboek diff HEAD~1) or --staged."),
        Case(
            arguments: ["new", "periode", "2025-III"],
            dutch: "Fout: '2025-III' is geen halfjaar; schrijf JJJJ-I (januari–juni) of JJJJ-II (juli–december).",
            english: "Error: '2025-III' is not a half-year; write YYYY-I (January–June) or YYYY-II (July–December)."),
        Case(
            arguments: ["progress", "--date", "morgen"],
            dutch: "Fout: 'morgen' is geen datum; geef JJJJ-MM-DD, bijvoorbeeld 2025-03-15.",
            english: "Error: 'morgen' is not a date; give YYYY-MM-DD, for example 2025-03-15."),
    ]

    @Test(arguments: cases)
    func inDutchAndInEnglish(_ example: Case) throws {
        let folder = try RecordFolder.shipped()
        let dutch = try Taakboek.run(example.arguments, in: folder.url)
        #expect(dutch.status == 2)
        #expect(dutch.stdout.isEmpty)
        let lines = dutch.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == example.dutch, "\(dutch.stderr)")
        #expect(lines.contains { $0.hasPrefix("Gebruik: taakboek ") }, "\(dutch.stderr)")
        #expect(
            lines.last?.hasPrefix("  Zie 'taakboek ") == true
                && lines.last?.hasSuffix(" --help' voor meer uitleg.") == true)

        for english in [
            try Taakboek.run(["--lang", "en"] + example.arguments, in: folder.url),
            try Taakboek.run(example.arguments + ["--lang=en"], in: folder.url),
        ] {
            #expect(english.status == 2)
            let lines = english.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first == example.english, "\(english.stderr)")
            #expect(lines.contains { $0.hasPrefix("Usage: taakboek ") })
            #expect(lines.last?.hasSuffix(" --help' for more information.") == true)
        }
    }

    /// An invalid `--lang` is itself a usage error, in Dutch (the language asked for is unknown).
    @Test func anUnknownLanguage() throws {
        let run = try Taakboek.run(["--lang", "fy", "check"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Fout: 'fy' is geen geldige waarde voor '--lang <taal>'; kies 'nl' of 'en'\n"))
        // A `--lang` after `--` is an argument, not the option.
        let after = try Taakboek.run(["log", "--", "--lang", "en"])
        #expect(after.status == 2)
        #expect(after.stderr.hasPrefix("Fout: "), "\(after.stderr)")
    }
}
