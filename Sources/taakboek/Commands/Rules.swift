import ArgumentParser
import TaakboekCore
import TaakboekRules

extension Taakboek {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "Toont alle regels met hun id, ernst en omschrijving.")

        @ParentCommand var root: Taakboek

        func run() throws {
            let language = root.lang
            var output = ""
            var category: RuleDescription.Category?
            for description in RuleRegistry.descriptions {
                if description.category != category {
                    category = description.category
                    output +=
                        (output.isEmpty ? "" : "\n") + description.category.label.text(in: language).uppercased() + "\n"
                }
                let severity = description.severity.label.text(in: language)
                output += "  \(description.id)  \(severity.padding(12))  \(description.summary.text(in: language))\n"
            }
            output +=
                "\n"
                + (language == .nl
                    ? "Meer over één regel: taakboek explain <id>" : "More about one rule: taakboek explain <id>")
                + "\n"
            FileHandleOutput.standardOutput(output)
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
