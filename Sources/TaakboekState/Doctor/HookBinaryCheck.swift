import TaakboekCore

/// Is the taakboek the hook runs this one? The hook's script chooses `$TAAKBOEK`, else `taakboek`
/// on PATH, else (taakboek's own hook) the path of the binary that installed it; this check makes
/// the same choice with the environment it runs in, which is the one git hands a hook.
enum HookBinaryCheck {
    static let id = "hook-binary"
    static let label = LocalizedText(nl: "programma van de hook", en: "hook's program")

    /// How the hook came to its binary.
    enum Choice {
        case variable(String)
        case searchPath
        case named

        var how: LocalizedText {
            switch self {
            case .variable: LocalizedText(nl: "uit TAAKBOEK", en: "from TAAKBOEK")
            case .searchPath: LocalizedText(nl: "via PATH", en: "through PATH")
            case .named: LocalizedText(nl: "het pad in de hook", en: "the path in the hook")
            }
        }
    }

    static func run(
        folder: HooksFolder, hook: InstalledHook?, runningBinary: String, environment: [String: String]
    ) -> DoctorCheck {
        guard let hook, hook.kind != .foreign else {
            return DoctorCheck(
                id: id, label: label, status: .skipped,
                message: LocalizedText(
                    nl: "geen hook van taakboek, dus geen programma om na te gaan",
                    en: "no hook of taakboek's, so no program to look at"))
        }
        let searchPath = environment["PATH"]
        let choice: Choice
        let chosen: String
        if let variable = environment["TAAKBOEK"], !variable.isEmpty {
            guard let found = ExecutableLookup.find(variable, searchPath: searchPath) else {
                return DoctorCheck(
                    id: id, label: label, status: .error,
                    message: LocalizedText(
                        nl:
                            "TAAKBOEK=\(variable) noemt geen uitvoerbaar programma: de hook houdt elke commit tegen",
                        en: "TAAKBOEK=\(variable) names no executable program: the hook refuses every commit"),
                    fix: LocalizedText(
                        nl: "zet TAAKBOEK=\(runningBinary) (dit programma), of haal de variabele weg",
                        en: "set TAAKBOEK=\(runningBinary) (this program), or remove the variable"))
            }
            (choice, chosen) = (.variable(variable), found)
        } else if let found = ExecutableLookup.find("taakboek", searchPath: searchPath) {
            (choice, chosen) = (.searchPath, found)
        } else if hook.kind == .taakboek, let named = hook.namedBinary {
            guard ExecutableLookup.find(named, searchPath: nil) != nil else {
                return DoctorCheck(
                    id: id, label: label, status: .error,
                    message: LocalizedText(
                        nl:
                            "de hook draait \(named), maar dat bestaat niet of is niet uitvoerbaar (en er staat geen taakboek op PATH): de hook houdt elke commit tegen",
                        en:
                            "the hook runs \(named), but it does not exist or is not executable (and there is no taakboek on PATH): the hook refuses every commit"
                    ),
                    fix: reinstall(folder))
            }
            (choice, chosen) = (.named, named)
        } else if hook.kind == .taakboek {
            return DoctorCheck(
                id: id, label: label, status: .warning,
                message: LocalizedText(
                    nl: "de hook \(hook.path) noemt geen programma en er staat geen taakboek op PATH",
                    en: "the hook \(hook.path) names no program and there is no taakboek on PATH"),
                fix: reinstall(folder))
        } else {
            return DoctorCheck(
                id: id, label: label, status: .error,
                message: LocalizedText(
                    nl:
                        "de hook zoekt taakboek op PATH, maar daar staat het niet en TAAKBOEK is niet gezet: de hook houdt elke commit tegen",
                    en:
                        "the hook looks for taakboek on PATH, but it is not there and TAAKBOEK is not set: the hook refuses every commit"
                ),
                fix: LocalizedText(
                    nl: "zet de map van dit programma (\(runningBinary)) op PATH, of zet TAAKBOEK=\(runningBinary)",
                    en: "put the folder of this program (\(runningBinary)) on PATH, or set TAAKBOEK=\(runningBinary)"))
        }
        let hookRuns = described(chosen)
        let thisOne = described(runningBinary)
        if ExecutableLookup.resolved(chosen) == ExecutableLookup.resolved(runningBinary) {
            return DoctorCheck(
                id: id, label: label, status: .ok,
                message: LocalizedText(
                    nl: "de hook draait \(hookRuns) (\(choice.how.nl)): dit programma",
                    en: "the hook runs \(hookRuns) (\(choice.how.en)): this program"))
        }
        let fix: LocalizedText
        switch choice {
        case .variable(let variable):
            fix = LocalizedText(
                nl:
                    "TAAKBOEK=\(variable) kiest het programma van de hook: zet TAAKBOEK=\(runningBinary), of haal de variabele weg",
                en:
                    "TAAKBOEK=\(variable) chooses the hook's program: set TAAKBOEK=\(runningBinary), or remove the variable"
            )
        case .searchPath:
            fix = LocalizedText(
                nl:
                    "de hook neemt de taakboek die als eerste op PATH staat, vóór het pad dat erin staat: zet de map van dit programma eerder op PATH, of haal \(chosen) weg",
                en:
                    "the hook takes the first taakboek on PATH before the path written in it: put this program's folder earlier on PATH, or remove \(chosen)"
            )
        case .named:
            fix = reinstall(folder)
        }
        return DoctorCheck(
            id: id, label: label, status: .warning,
            message: LocalizedText(
                nl:
                    "de hook draait \(hookRuns) (\(choice.how.nl)), maar dit programma is \(thisOne): commits worden gecontroleerd door een andere taakboek, misschien een andere versie",
                en:
                    "the hook runs \(hookRuns) (\(choice.how.en)), but this program is \(thisOne): commits are checked by another taakboek, perhaps another version"
            ),
            fix: fix)
    }

    /// A path, with where its symbolic links lead when they lead elsewhere: "/usr/bin/taakboek (→ /opt/…)".
    static func described(_ path: String) -> String {
        let resolved = ExecutableLookup.resolved(path)
        return resolved == path ? path : "\(path) (→ \(resolved))"
    }

    /// `taakboek hook install` writes this program's path into the hook (where git runs it from).
    static func reinstall(_ folder: HooksFolder) -> LocalizedText {
        let install = HookCheck.install(folder, chain: false)
        guard !folder.isElsewhere else { return install }
        return LocalizedText(
            nl: "\(install.nl) schrijft het pad van dit programma in de hook",
            en: "\(install.en) writes the path of this program into the hook")
    }
}
