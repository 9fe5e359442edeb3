import ArgumentParser
import TaakboekCore
import TaakboekReporting
import TaakboekRules

extension Taakboek {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain", abstract: "Legt één regel uit, met voorbeelden.")

        @ParentCommand var root: Taakboek

        @Argument(help: ArgumentHelp("De id van de regel, bijvoorbeeld TB201.", valueName: "id"))
        var id: String

        func run() throws {
            let language = root.lang
            guard let description = RuleRegistry.description(id: id) else {
                let known = RuleRegistry.descriptions.map(\.id).joined(separator: ", ")
                throw fail(
                    LocalizedText(
                        nl: "onbekende regel \(id); bekende regels: \(known)",
                        en: "unknown rule \(id); known rules: \(known)"),
                    language: language)
            }
            FileHandleOutput.standardOutput(RuleExplanation(description, language: language).text)
        }
    }
}
