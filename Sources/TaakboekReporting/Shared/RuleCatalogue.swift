import TaakboekCore
import TaakboekRules

/// Every registered rule as the machine-readable reports list it: in the registry's order (tree
/// rules, then change rules), each with a short identifier-like name and whether it needs a base.
public enum RuleCatalogue {
    public struct Entry: Sendable {
        public let description: RuleDescription
        /// The rule's type name without `Rule` (`BacklogEquation`): SARIF wants a name that is not
        /// translated; the Dutch and English names are in `description.name`.
        public let identifier: String
        /// A change rule only runs when there is a base to compare with.
        public let isChangeRule: Bool
    }

    public static let entries: [Entry] =
        RuleRegistry.all.map { Entry(description: $0.description, identifier: identifier(of: $0), isChangeRule: false) }
        + RuleRegistry.changeRules.map {
            Entry(description: $0.description, identifier: identifier(of: $0), isChangeRule: true)
        }

    /// The position of each rule id in `entries` (SARIF's `ruleIndex`).
    public static let indexByID: [String: Int] = Dictionary(
        entries.enumerated().map { ($0.element.description.id, $0.offset) }, uniquingKeysWith: { first, _ in first })

    /// SHA-256 (hex) over every rule in id order: id, category, severity, and the Dutch and English
    /// name, summary and rationale, each followed by a NUL. Any change to what a rule is or says
    /// changes it; reports carry it so that they name the rules that judged the records.
    public static let digest: String = {
        var hash = SHA256()
        for entry in entries.sorted(by: { $0.description.id < $1.description.id }) {
            let rule = entry.description
            for field in [
                rule.id, rule.category.rawValue, rule.severity.rawValue, rule.name.nl, rule.name.en, rule.summary.nl,
                rule.summary.en, rule.rationale.nl, rule.rationale.en,
            ] {
                hash.addField(field)
            }
        }
        return hash.hexDigest()
    }()

    static func identifier(of type: Any.Type) -> String {
        let name = String(describing: type)
        return name.hasSuffix("Rule") ? String(name.dropLast(4)) : name
    }
}
