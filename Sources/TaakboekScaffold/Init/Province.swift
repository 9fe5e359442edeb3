import TaakboekCore

/// The twelve Dutch provinces, spelled as `schemas/gemeente.schema.json` lists them (a test
/// keeps the two equal). The province supervises the municipality's task (IBT).
public enum Province {
    public static let all = [
        "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
        "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ]

    /// The schema's spelling of a province typed by a person: any case, with spaces for hyphens,
    /// and the Frisian name Fryslân (the province's official name) for Friesland.
    public static func named(_ text: String) -> String? {
        let key = normalised(text)
        if key == "fryslan" || key == "fryslân" { return "Friesland" }
        return all.first { normalised($0) == key }
    }

    private static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
    }

    static func unknown(_ text: String) -> LocalizedText {
        let list = all.joined(separator: ", ")
        return LocalizedText(
            nl: "'\(text)' is geen provincie; kies een van: \(list)",
            en: "'\(text)' is not a province; choose one of: \(list)")
    }
}
