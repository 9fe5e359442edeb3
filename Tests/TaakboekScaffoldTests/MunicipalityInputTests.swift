import Foundation
import TaakboekCore
import Testing
import Yams

@testable import TaakboekScaffold

@Suite("taakboek init: what it is told about the municipality")
struct MunicipalityInputTests {
    @Test func validInputIsNormalised() throws {
        let input = try MunicipalityInput(name: " Aa en Hunze ", cbsCode: "gm1680", province: "noord brabant")
        #expect(input.name == "Aa en Hunze")
        #expect(input.cbsCode == "GM1680")
        #expect(input.province == "Noord-Brabant")
        #expect(input.folder == "aa-en-hunze")
    }

    @Test func frisianNameOfFrieslandIsAccepted() throws {
        #expect(Province.named("Fryslân") == "Friesland")
        #expect(Province.named("FRIESLAND") == "Friesland")
        #expect(Province.named("Holland") == nil)
    }

    @Test func everyProblemIsReportedAtOnceInDutchAndEnglish() throws {
        let error = #expect(throws: SourceError.self) {
            try MunicipalityInput(name: "Tynaarlo", cbsCode: "1730", province: "Holland")
        }
        #expect(error?.message.nl.contains("'1730' is geen CBS-gemeentecode") == true)
        #expect(error?.message.nl.contains("(bedoelt u GM1730?)") == true)
        #expect(error?.message.nl.contains("'Holland' is geen provincie; kies een van: Drenthe, Flevoland") == true)
        #expect(error?.message.en.contains("did you mean GM1730?") == true)
    }

    @Test(arguments: ["GM173", "GM17301", "XX1730", "GM17a0", ""])
    func badCBSCodesAreRefused(code: String) {
        #expect(throws: SourceError.self) {
            try MunicipalityInput(name: "Tynaarlo", cbsCode: code, province: "Drenthe")
        }
    }

    @Test func folderNames() {
        #expect(FolderName.of("Aa en Hunze") == "aa-en-hunze")
        #expect(FolderName.of("'s-Hertogenbosch") == "s-hertogenbosch")
        #expect(FolderName.of("Súdwest-Fryslân") == "sudwest-fryslan")
        #expect(FolderName.of("Bergen (NH.)") == "bergen-nh")
        #expect(FolderName.of("Nuenen, Gerwen en Nederwetten") == "nuenen-gerwen-en-nederwetten")
        #expect(FolderName.isValid("tynaarlo"))
        #expect(!FolderName.isValid("Tynaarlo"))
        #expect(!FolderName.isValid("../x"))
        #expect(!FolderName.isValid("-x"))
        #expect(throws: SourceError.self) {
            try MunicipalityInput(name: "Tynaarlo", cbsCode: "GM1730", province: "Drenthe", folder: "../elders")
        }
        #expect(throws: SourceError.self) { try MunicipalityInput(name: "???", cbsCode: "GM1730", province: "Drenthe") }
    }

    /// The list the messages and the check use is the schema's own.
    @Test func provincesAreTheSchemasEnum() throws {
        let text = try #require(SchemaSet.builtInFiles["gemeente.schema.json"])
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let provincie = try #require(properties["provincie"] as? [String: Any])
        #expect(provincie["enum"] as? [String] == Province.all)
    }

    @Test func gemeenteYAMLQuotesWhatNeedsQuoting() throws {
        let input = try MunicipalityInput(name: "'s-Hertogenbosch", cbsCode: "GM0796", province: "Noord-Brabant")
        #expect(
            input.gemeenteYAML
                == "# yaml-language-server: $schema=../../schemas/gemeente.schema.json\nnaam: \"'s-Hertogenbosch\"\ncbs_code: GM0796\nprovincie: Noord-Brabant\n"
        )
        let parsed = try #require(try Yams.load(yaml: input.gemeenteYAML) as? [String: String])
        #expect(parsed["naam"] == "'s-Hertogenbosch")
    }

    @Test(arguments: [
        "Aa en Hunze", "'s-Hertogenbosch", "Locatie: De Brink", "true", "2024-09", "12", "a # b", "tab\there",
        "regel\nregel", "aan\"haal\\tekens", "scheiding\u{2028}regel", "bel\u{07}", "Súdwest-Fryslân", "- lijst",
        "Bergen (NH.)", "eind ",
    ])
    func scalarsReadBackUnchanged(value: String) throws {
        let parsed = try #require(try Yams.load(yaml: "veld: " + YAMLScalar.text(value)) as? [String: Any])
        #expect(parsed["veld"] as? String == value)
    }
}
