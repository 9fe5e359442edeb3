import TaakboekCore

/// What `taakboek init` did, file by file, in the order it did it.
public struct ScaffoldReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        case written
        /// Something already stood there and was left as it is.
        case skipped
        case failed(LocalizedText)
    }

    public struct Entry: Sendable, Equatable {
        /// Relative to the repository's top folder (`records/aa-en-hunze/gemeente.yaml`, `.git/hooks/pre-commit`).
        public let path: String
        public let outcome: Outcome
        /// What to do about a skipped file, where there is something to do.
        public let hint: LocalizedText?
    }

    /// Whether init made the git repository (the folder was not one yet).
    public let createdRepository: Bool
    public let entries: [Entry]

    /// Whether a file could not be written: exit status 2.
    public var failed: Bool { entries.contains { if case .failed = $0.outcome { true } else { false } } }

    /// One line per file, then what to do next (starting with the half-year `today` lies in).
    public func text(in language: Language, municipality: MunicipalityInput, today: PartialDate) -> String {
        var lines: [String] = []
        if createdRepository {
            lines.append(
                LocalizedText(nl: "git-repository aangemaakt (branch main)", en: "git repository created (branch main)")
                    .text(in: language))
        }
        for entry in entries {
            switch entry.outcome {
            case .written:
                lines.append(
                    LocalizedText(nl: "aangemaakt:   \(entry.path)", en: "created:      \(entry.path)").text(
                        in: language))
            case .skipped:
                let hint = entry.hint.map { "; " + $0.text(in: language) } ?? ""
                lines.append(
                    LocalizedText(
                        nl: "overgeslagen: \(entry.path) (bestaat al, niet overschreven)\(hint)",
                        en: "skipped:      \(entry.path) (already exists, not overwritten)\(hint)"
                    ).text(in: language))
            case .failed(let reason):
                lines.append(
                    LocalizedText(
                        nl: "mislukt:      \(entry.path): \(reason.nl)", en: "failed:       \(entry.path): \(reason.en)"
                    )
                    .text(in: language))
            }
        }
        let period = PeriodID(containing: today)
        lines.append("")
        lines.append(
            LocalizedText(
                nl: """
                    Volgende stappen:
                      1. het eerste halfjaar: taakboek new periode \(period) --achterstand-begin <aantal> --taakstelling <aantal>
                      2. controleren:         taakboek check
                      3. vastleggen:          git add -A && git commit -m "Records van \(municipality.name)"
                    """,
                en: """
                    Next steps:
                      1. the first half-year: taakboek new period \(period) --achterstand-begin <number> --taakstelling <number>
                      2. check:               taakboek check
                      3. commit:              git add -A && git commit -m "Records of \(municipality.name)"
                    """
            ).text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }
}
