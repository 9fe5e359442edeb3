import TaakboekCore

/// Is there a pre-commit hook where git looks for it (`core.hooksPath` respected), is it
/// taakboek's, and can git run it?
enum HookCheck {
    static let id = "hook"
    static let label = LocalizedText(nl: "pre-commit-hook", en: "pre-commit hook")

    static func run(folder: HooksFolder, reading: Result<InstalledHook?, SourceError>) -> DoctorCheck {
        let hook: InstalledHook?
        switch reading {
        case .success(let found): hook = found
        case .failure(let error):
            return DoctorCheck(
                id: id, label: label, status: .error, message: error.message,
                fix: LocalizedText(
                    nl: "haal weg wat daar staat en installeer de hook: \(install(folder, chain: false).nl)",
                    en: "remove what is there and install the hook: \(install(folder, chain: false).en)"))
        }
        guard let hook else {
            let place = folder.isElsewhere ? " (core.hooksPath)" : ""
            return DoctorCheck(
                id: id, label: label, status: .warning,
                message: LocalizedText(
                    nl:
                        "geen pre-commit-hook in \(folder.path)\(place): git controleert de records niet bij een commit",
                    en: "no pre-commit hook in \(folder.path)\(place): git does not check the records at a commit"),
                fix: install(folder, chain: false))
        }
        switch hook.kind {
        case .foreign:
            return DoctorCheck(
                id: id, label: label, status: .warning,
                message: LocalizedText(
                    nl:
                        "de pre-commit-hook \(hook.path) is niet van taakboek: of die de records controleert, is niet te zien",
                    en:
                        "the pre-commit hook \(hook.path) is not taakboek's: whether it checks the records cannot be told"
                ),
                fix: install(folder, chain: true))
        case .taakboek, .copied:
            let whose =
                hook.kind == .taakboek
                ? LocalizedText(nl: "de hook van taakboek", en: "taakboek's hook")
                : LocalizedText(
                    nl: "een kopie van hooks/pre-commit van taakboek", en: "a copy of taakboek's hooks/pre-commit")
            guard hook.isExecutable else {
                return DoctorCheck(
                    id: id, label: label, status: .warning,
                    message: LocalizedText(
                        nl: "\(whose.nl) in \(hook.path) is niet uitvoerbaar: git slaat hem over en controleert niets",
                        en: "\(whose.en) in \(hook.path) is not executable: git skips it and checks nothing"),
                    fix: LocalizedText("`chmod +x \(hook.path)`"))
            }
            if let chained = hook.chained, !hook.chainedIsExecutable {
                return DoctorCheck(
                    id: id, label: label, status: .warning,
                    message: LocalizedText(
                        nl:
                            "\(whose.nl) staat in \(hook.path), maar de eerdere hook \(chained) is niet uitvoerbaar en wordt overgeslagen",
                        en:
                            "\(whose.en) is in \(hook.path), but the earlier hook \(chained) is not executable and is skipped"
                    ),
                    fix: LocalizedText(
                        nl: "`chmod +x \(chained)` als die hook moet draaien, of haal hem weg",
                        en: "`chmod +x \(chained)` if that hook should run, or remove it"))
            }
            let first = hook.chained.map {
                LocalizedText(nl: "; eerst draait \($0)", en: "; it runs \($0) first")
            }
            return DoctorCheck(
                id: id, label: label, status: .ok,
                message: LocalizedText(
                    nl: "\(whose.nl) staat in \(hook.path) en is uitvoerbaar\(first?.nl ?? "")",
                    en: "\(whose.en) is in \(hook.path) and executable\(first?.en ?? "")"))
        }
    }

    /// How to put taakboek's hook where git runs it: `taakboek hook install`, unless
    /// `core.hooksPath` sends git elsewhere than the installer writes.
    static func install(_ folder: HooksFolder, chain: Bool) -> LocalizedText {
        let command = chain ? "`taakboek hook install --chain`" : "`taakboek hook install`"
        guard folder.isElsewhere else {
            return chain
                ? LocalizedText(
                    nl:
                        "\(command): dat bewaart deze hook als \(HookInstaller.chainedName) en laat hem vóór taakboek draaien",
                    en: "\(command): it keeps this hook as \(HookInstaller.chainedName) and runs it before taakboek")
                : LocalizedText(command)
        }
        return LocalizedText(
            nl:
                "git neemt de hooks uit \(folder.path) (core.hooksPath), maar \(command) schrijft in \(folder.installerPath): haal de instelling weg met `git config --unset core.hooksPath` en draai \(command), of zet de hook van taakboek zelf in \(folder.path)",
            en:
                "git takes the hooks from \(folder.path) (core.hooksPath), but \(command) writes to \(folder.installerPath): remove the setting with `git config --unset core.hooksPath` and run \(command), or put taakboek's hook into \(folder.path) yourself"
        )
    }
}
