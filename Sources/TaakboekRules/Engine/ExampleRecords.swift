import TaakboekCore

/// Building blocks for rule examples: small, valid records of a fictional municipality, with the
/// schema line they need. Rules change one thing in them to show a finding.
public enum ExampleRecords {
    public static let municipalityPath = "records/voorbeeld/gemeente.yaml"

    public static func header(_ path: String, _ kind: RecordKind) -> String {
        RecordKind.schemaLine(forPath: path, kind: kind) + "\n"
    }

    public static var municipality: (String, String) {
        (
            municipalityPath,
            header(municipalityPath, .municipality) + "naam: Voorbeeld\ncbs_code: GM9999\nprovincie: Drenthe\n"
        )
    }

    public static func periodPath(_ id: String) -> String { "records/voorbeeld/perioden/\(id).yaml" }

    /// A period record; `body` is everything after the schema line.
    public static func period(_ id: String, _ body: String) -> (String, String) {
        (periodPath(id), header(periodPath(id), .period) + body)
    }

    /// A closed period whose figures add up.
    public static func closedPeriod(_ id: String, begin: Int, taakstelling: Int, gehuisvest: Int, extra: String = "")
        -> (String, String)
    {
        period(
            id,
            """
            periode: \(id)
            status: afgesloten
            achterstand_begin: \(begin)
            taakstelling: \(taakstelling)
            totaal: \(begin + taakstelling)
            gehuisvest: \(gehuisvest)
            achterstand_eind: \(begin + taakstelling - gehuisvest)

            """ + extra)
    }

    public static func placementPath(_ period: String, _ name: String) -> String {
        "records/voorbeeld/plaatsingen/\(period)/\(name).yaml"
    }

    public static func placement(_ period: String, _ name: String, _ body: String) -> (String, String) {
        (placementPath(period, name), header(placementPath(period, name), .placement) + body)
    }

    public static func correctionPath(_ name: String) -> String { "records/voorbeeld/correcties/\(name).yaml" }

    public static func correction(_ name: String, _ body: String) -> (String, String) {
        (correctionPath(name), header(correctionPath(name), .correction) + body)
    }

    public static func letterPath(_ name: String) -> String { "records/voorbeeld/brieven/\(name).md" }

    public static func letter(_ name: String, frontMatter: String, body: String = "Tekst van de brief.\n") -> (
        String, String
    ) {
        (letterPath(name), "---\n" + header(letterPath(name), .letter) + frontMatter + "---\n" + body)
    }
}

extension RuleExample {
    /// An example from (path, text) pairs, as the `ExampleRecords` builders return them.
    public init(
        _ files: [(String, String)], base: [(String, String)] = [], severity: Severity? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        self.init(
            files.map { ($0.0, File.text($0.1)) }, base: base.map { ($0.0, File.text($0.1)) }, severity: severity,
            file: file, line: line)
    }
}

extension ExampleRecords {
    /// A builder's (path, text) with one line replaced, e.g. to put a marker into it.
    public static func replacing(_ file: (String, String), line: String, with replacement: String) -> (String, String) {
        (file.0, file.1.replacingOccurrences(of: line + "\n", with: replacement + "\n"))
    }
}
