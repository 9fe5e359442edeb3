import TaakboekCore
import Testing

@testable import TaakboekRules

/// What a person might paste into an `opmerking`, and which privacy rule must (or must not)
/// report it. All numbers are made up (the BSN-like ones only pass the elfproef), the e-mail
/// domains are reserved example domains, the names and streets are invented.
@Suite("Privacy rules on what people paste")
struct PrivacyPatternTests {
    /// The ids of the privacy rules that report something in a placement with this `opmerking`.
    func reported(_ remark: String) throws -> Set<String> {
        let example = RuleExample([
            ExampleRecords.placement(
                "2024-II", "a", "datum: 2024-09-01\nsoort: regulier\npersonen: 23\nopmerking: \"\(remark)\"\n")
        ])
        let tree = try RecordLoader.load(from: example.source)
        return Set(Checker().check(tree).filter { $0.ruleID.hasPrefix("TB70") }.map(\.ruleID))
    }

    static let mustTrigger: [(String, String)] = [
        ("111222333", "TB701"), ("111.22.2333", "TB701"), ("1112.22.333", "TB701"), ("111-222-333", "TB701"),
        ("111 222 333", "TB701"), ("1112 22 333", "TB701"), ("1112-22-333", "TB701"), ("11 122 2333", "TB701"),
        ("BSN: 111 222 333.", "TB701"), ("1234567890", "TB702"), ("12.34.56.78.90", "TB702"),
        ("1234 567 890", "TB702"), ("1234-567-890", "TB702"), ("V-nummer 12345", "TB702"),
        ("06-12345678", "TB702"), ("06 1234 5678", "TB702"), ("050 123 4567", "TB702"), ("0592-123456", "TB702"),
        ("j.jansen@example.org", "TB703"), ("Mail a.b-c+d@sub.example.nl.", "TB703"), ("+31 6 12345678", "TB703"),
        ("+31(0)50 123 4567", "TB703"), ("0031 6 1234 5678", "TB703"), ("geboren 12-03-2015", "TB704"),
        ("geb. 3 maart 2015", "TB704"), ("Geboortedatum: 2015-03-12", "TB704"), ("born 12/3/2015", "TB704"),
        ("Stationsstraat 12a", "TB705"), ("Hoofdweg 3", "TB705"), ("Kerklaan 104-2", "TB705"),
        ("9471 AB Zuidlaren", "TB705"), ("9471AB", "TB705"),
    ]

    static let mustNotTrigger: [String] = [
        "23 personen", "zaak 1472391", "Zaak Z/24/123456", "111 222 334", "2024-09-01 t/m 2024-12-31", "2024-II",
        "periode 2024 II", "GM1730", "17.811.291 inwoners", "cijfers 38 33 71 41 30", "Vredestein, terrein van Lentis",
        "Onderweg 3 gezinnen", "de straat heeft 12 woningen", "COA @ Zuidlaren", "+3 nareizigers", "een kind geboren",
        "geboren in 2015", "taakstelling 34 van 17.700", "Laan van de toekomst", "1e helft", "0612",
    ]

    @Test(arguments: mustTrigger.indices)
    func isReported(index: Int) throws {
        let (remark, rule) = Self.mustTrigger[index]
        #expect(try reported(remark).contains(rule), "\(remark) should be \(rule)")
    }

    @Test(arguments: mustNotTrigger)
    func isNotReported(remark: String) throws {
        #expect(try reported(remark).isEmpty, "\(remark)")
    }
}
