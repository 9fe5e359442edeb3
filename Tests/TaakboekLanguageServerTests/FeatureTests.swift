import JSON
import TaakboekCore
import TaakboekLanguageServer
import Testing

/// Hover, completion and code actions on the shipped records.
@Suite("taakboek lsp: hover, completion, code actions")
struct FeatureTests {
    static let period = ProtocolTests.period
    static let placement = "records/tynaarlo/plaatsingen/2024-II/vredestein.yaml"

    func hover(_ client: ScriptedClient, _ relative: String, _ line: Int, _ character: Int) throws -> String {
        let result = try client.request(
            "textDocument/hover",
            ["textDocument": ["uri": .string(client.uri(relative))], "position": ScriptedClient.position(line, character)])
        return result["contents"]?["value"]?.stringValue ?? ""
    }

    func completion(_ client: ScriptedClient, _ relative: String, _ line: Int, _ character: Int) throws -> [JSONValue] {
        let result = try client.request(
            "textDocument/completion",
            ["textDocument": ["uri": .string(client.uri(relative))], "position": ScriptedClient.position(line, character)])
        return result["items"]?.arrayValue ?? []
    }

    func actions(_ client: ScriptedClient, _ relative: String, line: Int) throws -> [JSONValue] {
        try client.request(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(client.uri(relative))],
                "range": ["start": ScriptedClient.position(line, 0), "end": ScriptedClient.position(line, 0)],
                "context": ["diagnostics": []],
            ]
        ).arrayValue ?? []
    }

    /// The text after applying a code action's edits to `relative` (edits on one line each).
    func applying(_ action: JSONValue, to text: String, uri: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let edits = action["edit"]?["changes"]?[uri]?.arrayValue ?? []
        for edit in edits.reversed() {
            let line = edit["range"]?["start"]?["line"]?.intValue ?? 0
            let start = edit["range"]?["start"]?["character"]?.intValue ?? 0
            let end = edit["range"]?["end"]?["character"]?.intValue ?? 0
            let utf16 = Array(lines[line].utf16)
            let new = String(decoding: utf16[..<start], as: UTF16.self) + (edit["newText"]?.stringValue ?? "")
                + String(decoding: utf16[end...], as: UTF16.self)
            lines[line] = new
        }
        return lines.joined(separator: "\n")
    }

    @Test func hoverOnAFigureShowsItsSumsAndWhereEachTermComesFrom() throws {
        let client = try ScriptedClient()
        try client.open(Self.period)
        let text = try hover(client, Self.period, 7, 3)  // achterstand_eind: 30
        #expect(text.contains("**achterstand_eind = achterstand_begin + taakstelling − gehuisvest** (TB201)"), "\(text)")
        #expect(text.contains("  achterstand_begin             38  records/tynaarlo/perioden/2024-II.yaml:4"))
        #expect(text.contains("**achterstand_begin (2025-I) = achterstand_eind (2024-II)** (TB302)"))
        #expect(text.contains("records/tynaarlo/perioden/2025-I.yaml:4"))
        // And the schema's description of the key.
        #expect(text.contains("**achterstand_eind** — "))
        let housed = try hover(client, Self.period, 6, 2)
        #expect(housed.contains("2024-II/vredestein"), "\(housed)")
    }

    @Test func hoverOnAFindingExplainsTheRule() throws {
        let client = try ScriptedClient()
        let text = try client.text(Self.period).replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
        try client.open(Self.period, text: text)
        let hover = try hover(client, Self.period, 7, 19)
        #expect(hover.contains("**fout [TB201]** achterstand_eind klopt niet"), "\(hover)")
        #expect(hover.contains("```\n  achterstand_begin"))
        #expect(hover.contains("taakboek explain TB201"))
    }

    @Test func hoverOnSoortSaysWhetherTheKindCounts() throws {
        let client = try ScriptedClient()
        try client.open(Self.placement)
        let lines = try client.text(Self.placement).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("soort:") })
        let text = try hover(client, Self.placement, line, 8)
        #expect(text.contains("**soort har** — telt mee voor de taakstelling, geldig vanaf 2021-11-01"), "\(text)")
        #expect(text.contains("Hotel- en accommodatieregeling"))
    }

    @Test func completionOfKeysValuesKindsAndOrigins() throws {
        let client = try ScriptedClient()
        let doorstroom = "records/tynaarlo/plaatsingen/2025-I/doorstroom.yaml"
        let header = "# yaml-language-server: $schema=../../../../schemas/plaatsing.schema.json\n"
        try client.open(doorstroom, text: header + "datum: 2025-02-01\nsoort: \nuit: \n\n")
        let kinds = try completion(client, doorstroom, 2, 7).compactMap { $0["label"]?.stringValue }
        #expect(kinds.contains("har") && kinds.contains("regulier") && kinds.contains("doorstroom"), "\(kinds)")
        let regulier = try completion(client, doorstroom, 2, 7).first { $0["label"] == "regulier" }
        #expect(regulier?["detail"] == "telt mee")
        // Keys not yet in the record, required first, with their Dutch description.
        let keys = try completion(client, doorstroom, 4, 0)
        let labels = keys.compactMap { $0["label"]?.stringValue }
        #expect(labels.first == "personen", "\(labels)")
        #expect(!labels.contains("datum") && labels.contains("locatie"))
        #expect(keys.first?["documentation"]?["value"]?.stringValue?.isEmpty == false)
        // `uit`: after choosing doorstroom, the HAR placements there are.
        client.change(doorstroom, version: 2, to: header + "datum: 2025-02-01\nsoort: doorstroom\nuit: \n\n")
        let origins = try completion(client, doorstroom, 3, 5).compactMap { $0["label"]?.stringValue }
        #expect(origins == ["2024-II/vredestein"])
        // `periode` in a correction: the municipality's periods and the next one.
        let correction = "records/tynaarlo/correcties/2025-03-01-nieuw.yaml"
        try client.open(correction, text: "periode: \n")
        let periods = try completion(client, correction, 0, 9).compactMap { $0["label"]?.stringValue }
        #expect(periods.prefix(2) == ["2025-II", "2025-I"], "\(periods)")
        // A figure: the computed value first, then `onbekend`.
        try client.open(Self.period)
        let figures = try completion(client, Self.period, 7, 18)
        #expect(figures.first?["label"] == "30", "\(figures)")
        #expect(figures.contains { $0["label"] == "onbekend" })
        // `status`: the schema's values.
        let status = try completion(client, Self.period, 2, 8).compactMap { $0["label"]?.stringValue }
        #expect(Set(status) == ["open", "afgesloten"])
    }

    @Test func setAFigureToTheComputedValueInOneAction() throws {
        let client = try ScriptedClient()
        let text = try client.text(Self.period).replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 40")
        try client.open(Self.period, text: text)
        let actions = try actions(client, Self.period, line: 7)
        let titles = actions.compactMap { $0["title"]?.stringValue }
        #expect(titles.contains("Zet achterstand_eind op 31 (berekend)"), "\(titles)")
        let fix = try #require(actions.first { $0["title"] == "Zet gehuisvest op 41, zodat de som klopt" })
        #expect(fix["kind"] == "quickfix")
        let fixed = applying(fix, to: text, uri: client.uri(Self.period))
        #expect(fixed.contains("gehuisvest: 41"))
        let published = client.change(Self.period, version: 2, to: fixed)
        #expect(client.diagnostics(Self.period, in: published)?.contains { $0["severity"] == 1 } == false)
    }

    @Test func aColonInTextIsFixedByQuotingIt() throws {
        let client = try ScriptedClient()
        let relative = "records/tynaarlo/perioden/2025-I.yaml"
        let text = try client.text(relative) + "opmerking2: Gehuisvest o.a. in De Hoeve: 3 personen\n"
        let broken = text.replacingOccurrences(of: "opmerking2", with: "onderwerp")
        let opened = try client.open(relative, text: broken)
        let diagnostic = try #require(client.diagnostics(relative, in: opened)?.first { $0["code"] == "TB101" })
        let message = diagnostic["message"]?.stringValue ?? ""
        #expect(message.contains("zet de tekst tussen aanhalingstekens: onderwerp: \"Gehuisvest o.a. in De Hoeve: 3 personen\""), "\(message)")
        let line = diagnostic["range"]?["start"]?["line"]?.intValue ?? -1
        let fix = try #require(try actions(client, relative, line: line).first { $0["title"]?.stringValue?.hasPrefix("Schrijf: ") == true })
        let fixed = applying(fix, to: broken, uri: client.uri(relative))
        #expect(fixed.contains("onderwerp: \"Gehuisvest o.a. in De Hoeve: 3 personen\""))
        // Quoted, it is valid YAML: what remains is the schema's unknown key, not TB101.
        let published = client.change(relative, version: 2, to: fixed)
        #expect(client.diagnostics(relative, in: published)?.contains { $0["code"] == "TB101" } == false)
    }

    @Test func whatWasMeantIsOneAction() throws {
        let client = try ScriptedClient()
        let placement = Self.placement
        let text = try client.text(placement)
            .replacingOccurrences(of: "soort: har", with: "soort: HAR")
            .replacingOccurrences(of: "datum: 2024-09", with: "datum: 10-09-2024")
            .replacingOccurrences(of: "personen:", with: "persoonen:")
        let opened = try client.open(placement, text: text)
        let diagnostics = try #require(client.diagnostics(placement, in: opened))
        #expect(diagnostics.contains { ($0["message"]?.stringValue ?? "").contains("bedoelt u `personen`?") }, "\(diagnostics)")
        #expect(!diagnostics.contains { ($0["message"]?.stringValue ?? "").contains("verplicht veld `personen`") })
        var fixed = text
        for line in 0..<text.components(separatedBy: "\n").count {
            for action in try actions(client, placement, line: line)
            where action["title"]?.stringValue?.hasPrefix("Vervang door") == true {
                fixed = applying(action, to: fixed, uri: client.uri(placement))
            }
        }
        #expect(fixed.contains("soort: har") && fixed.contains("datum: 2024-09-10") && fixed.contains("personen:"), "\(fixed)")
        let published = client.change(placement, version: 2, to: fixed)
        #expect(client.diagnostics(placement, in: published)?.contains { $0["severity"] == 1 } == false)
    }

    @Test func theSchemaLineAndTheLineEnds() throws {
        let client = try ScriptedClient()
        let relative = "records/tynaarlo/perioden/2025-I.yaml"
        let text = try client.text(relative)
        let withoutLine = text.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        try client.open(relative, text: withoutLine)
        let schema = try #require(try actions(client, relative, line: 0).first { $0["title"]?.stringValue?.hasPrefix("Schrijf de schemaregel") == true })
        let edit = schema["edit"]?["changes"]?[client.uri(relative)]?.arrayValue?.first
        #expect(edit?["newText"] == "# yaml-language-server: $schema=../../../schemas/periode.schema.json\n")
        // Mixed line ends: LF or CRLF for the whole file.
        let mixed = text.replacingOccurrences(of: "status: open\n", with: "status: open\r\n")
        let mixedDiagnostics = client.change(relative, version: 2, to: mixed)
        let lineEndFinding = try #require(client.diagnostics(relative, in: mixedDiagnostics)?.first { $0["code"] == "TB100" })
        let findingLine = lineEndFinding["range"]?["start"]?["line"]?.intValue ?? -1
        let lineEnds = try actions(client, relative, line: findingLine).compactMap { $0["title"]?.stringValue }
        #expect(lineEnds.contains("Zet alle regeleinden om naar LF") && lineEnds.contains("Zet alle regeleinden om naar CRLF (Windows)"), "\(lineEnds)")
    }

    @Test func createTheNextPeriodAndMarkPlacementsIncomplete() throws {
        let client = try ScriptedClient()
        let relative = "records/tynaarlo/perioden/2025-I.yaml"
        try client.open(relative)
        let create = try #require(try actions(client, relative, line: 0).first { $0["title"] == "Maak de volgende periode 2025-II aan" })
        let changes = create["edit"]?["documentChanges"]?.arrayValue ?? []
        #expect(changes.first?["kind"] == "create")
        #expect(changes.first?["uri"]?.stringValue == client.uri("records/tynaarlo/perioden/2025-II.yaml"))
        let newText = changes.last?["edits"]?.arrayValue?.first?["newText"]?.stringValue ?? ""
        #expect(newText.contains("periode: 2025-II"))
        #expect(newText.hasPrefix("# yaml-language-server: $schema=../../../schemas/periode.schema.json"))
        // Without file creation in the client: not offered.
        let plain = try ScriptedClient(canCreateFiles: false)
        try plain.open(relative)
        #expect(try actions(plain, relative, line: 0).allSatisfy { $0["title"] != "Maak de volgende periode 2025-II aan" })

        // TB401 as an error: the placements do not add up and the period does not say why.
        let text = try client.text(Self.period).components(separatedBy: "\n")
            .filter { !$0.hasPrefix("plaatsingen_onvolledig") && !$0.hasPrefix("  Alleen de HAR") && !$0.hasPrefix("  plaatsingen van dit") }
            .joined(separator: "\n")
        let opened = try client.open(Self.period, text: text)
        #expect(client.diagnostics(Self.period, in: opened)?.contains { $0["code"] == "TB401" && $0["severity"] == 1 } == true)
        let incomplete = try #require(try actions(client, Self.period, line: 6).first { $0["title"]?.stringValue?.hasPrefix("Zeg dat niet alle plaatsingen") == true })
        let edit = incomplete["edit"]?["changes"]?[client.uri(Self.period)]?.arrayValue?.first
        #expect(edit?["newText"]?.stringValue?.hasPrefix("plaatsingen_onvolledig:  # IN TE VULLEN") == true)
    }
}
