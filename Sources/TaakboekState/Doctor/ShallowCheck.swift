import TaakboekCore
import TaakboekGit

/// Is the clone shallow (`git clone --depth`)? Then the history queries and the change rules
/// reach only the commits that were fetched.
enum ShallowCheck {
    static let id = "shallow"
    static let label = LocalizedText(nl: "geschiedenis", en: "history")

    static func run(repository: Repository) -> DoctorCheck {
        let shallow: Bool
        do throws(GitError) {
            shallow = try repository.isShallow
        } catch {
            return .unreadable(
                id: id, label: label,
                message: LocalizedText(
                    nl: "niet na te gaan of de kloon ondiep is: \(error.message)",
                    en: "cannot tell whether the clone is shallow: \(error.message)"))
        }
        guard shallow else {
            return DoctorCheck(
                id: id, label: label, status: .ok,
                message: LocalizedText(
                    nl: "de kloon heeft de hele geschiedenis", en: "the clone has the whole history"))
        }
        return DoctorCheck(
            id: id, label: label, status: .warning,
            message: LocalizedText(
                nl:
                    "dit is een ondiepe kloon (shallow): taakboek log, blame, history en check --base zien alleen het deel van de geschiedenis dat is opgehaald",
                en:
                    "this is a shallow clone: taakboek log, blame, history and check --base see only the part of the history that was fetched"
            ),
            fix: LocalizedText(
                nl: "`git fetch --unshallow` haalt de rest van de geschiedenis op",
                en: "`git fetch --unshallow` fetches the rest of the history"))
    }
}
