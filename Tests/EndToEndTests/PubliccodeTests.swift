import Foundation
import Testing
import Yams

/// publiccode.yml (standard 0.4) parses and has what the standard requires, within its limits,
/// and names the version the binary reports.
@Suite("publiccode.yml")
struct PubliccodeTests {
    static func load() throws -> [String: Any] {
        let text = try String(
            contentsOf: RecordFolder.repositoryRoot.appendingPathComponent("publiccode.yml"), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    @Test func requiredKeysAndValues() throws {
        let code = try Self.load()
        #expect(code["publiccodeYmlVersion"] as? String == "0.4")
        #expect((code["name"] as? String)?.isEmpty == false)
        #expect((code["url"] as? String)?.hasPrefix("https://") == true)
        #expect((code["platforms"] as? [String])?.isEmpty == false)
        let categories = try #require(code["categories"] as? [String])
        #expect(!categories.isEmpty)
        #expect(categories.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(
            ["concept", "development", "beta", "stable", "obsolete"].contains(
                code["developmentStatus"] as? String ?? ""))
        #expect(
            [
                "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web", "standalone/backend",
                "standalone/other", "addon", "library", "configurationFiles",
            ].contains(code["softwareType"] as? String ?? ""))
        let releaseDate = try #require(code["releaseDate"] as? String)
        #expect(releaseDate.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        #expect((code["legal"] as? [String: Any])?["license"] as? String == "EUPL-1.2")
        let maintenance = try #require(code["maintenance"] as? [String: Any])
        let type = try #require(maintenance["type"] as? String)
        #expect(["internal", "contract", "community", "none"].contains(type))
        if type == "internal" || type == "community" {
            let contacts = try #require(maintenance["contacts"] as? [[String: Any]])
            #expect(contacts.allSatisfy { ($0["name"] as? String)?.isEmpty == false })
        }
        let localisation = try #require(code["localisation"] as? [String: Any])
        #expect(localisation["localisationReady"] as? Bool == true)
        #expect(localisation["availableLanguages"] as? [String] == ["nl", "en"])
    }

    @Test(arguments: ["nl", "en"])
    func descriptionIn(language: String) throws {
        let description = try #require((try Self.load())["description"] as? [String: Any])
        let text = try #require(description[language] as? [String: Any])
        let short = try #require(text["shortDescription"] as? String)
        #expect(!short.isEmpty && short.count <= 150 && !short.contains("\n"))
        let long = try #require(text["longDescription"] as? String)
        #expect((150...10_000).contains(long.count))
        let features = try #require(text["features"] as? [String])
        #expect(!features.isEmpty)
    }

    @Test func softwareVersionIsTheBinarysVersion() throws {
        let run = try Taakboek.run(["--version"])
        #expect(run.status == 0)
        let version = try #require((try Self.load())["softwareVersion"] as? String)
        #expect(run.stdout.split(separator: "\n").first.map(String.init) == "taakboek \(version)")
    }
}
