import TaakboekCore
import TaakboekRules

/// The text `taakboek explain <id>` prints: what the rule checks, why, and its examples.
public struct RuleExplanation: Sendable {
    public let text: String

    public init(_ description: RuleDescription, language: Language) {
        let nl = language == .nl
        var lines = [
            "\(description.id): \(description.name.text(in: language))",
            "\(nl ? "Categorie" : "Category"): \(description.category.label.text(in: language)); \(nl ? "ernst" : "severity"): \(description.severity.label.text(in: language))",
            "",
            description.summary.text(in: language),
            "",
            description.rationale.text(in: language),
        ]
        func show(_ examples: [RuleExample], title: String) {
            guard !examples.isEmpty else { return }
            lines += ["", title]
            for example in examples {
                for (path, content) in example.files {
                    guard case .text(let text) = content else { continue }
                    lines.append("  \(path):")
                    lines += text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                        "    " + $0
                    }
                }
                lines.append("")
            }
        }
        show(
            description.triggering,
            title: nl
                ? "Voorbeelden die een melding geven (↓ wijst de plek aan):"
                : "Examples that are reported (↓ marks the place):")
        show(description.nonTriggering, title: nl ? "Voorbeelden die in orde zijn:" : "Examples that are fine:")
        text = lines.joined(separator: "\n") + "\n"
    }
}
