import Testing

@Suite("taakboek rules and explain")
struct CatalogueCommandTests {
    @Test func rulesListsEveryRule() throws {
        let run = try Taakboek.run(["rules"])
        #expect(run.status == 0)
        for id in ["TB100", "TB104", "TB201", "TB302", "TB401", "TB405", "TB501", "TB601", "TB701", "TB702"] {
            #expect(run.stdout.contains("  \(id)  "), "\(id) missing from `taakboek rules`")
        }
        #expect(try Taakboek.run(["--lang", "en", "rules"]).stdout.contains("ARITHMETIC"))
    }

    @Test func explainShowsRationaleAndExamples() throws {
        let run = try Taakboek.run(["explain", "tb201"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("TB201: achterstand aan het eind\n"))
        #expect(run.stdout.contains("achterstand_eind: ↓31"))
        #expect(try Taakboek.run(["--lang", "en", "explain", "TB201"]).stdout.contains("Examples that are reported"))
    }

    @Test func explainUnknownRuleIsAUsageError() throws {
        let run = try Taakboek.run(["explain", "TB999"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("taakboek: onbekende regel TB999; bekende regels: TB100, "))
    }
}
