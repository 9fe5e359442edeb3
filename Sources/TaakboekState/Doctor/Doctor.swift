import TaakboekCore
import TaakboekGit

/// What `taakboek doctor` is asked to look at.
public struct DoctorRequest: Sendable {
    /// The folder given with `-C`, or nil for the current one.
    public var directory: String?
    /// The taakboek that runs the doctor, which the hook's binary is compared with.
    public var runningBinary: String
    /// The environment the hook would run in: `PATH`, `TAAKBOEK`, and the git variables with which
    /// the repository is found (`GIT_DIR`, `GIT_WORK_TREE`, …).
    public var environment: [String: String]
    /// The version of the running taakboek, named where the schemas differ from its own.
    public var toolVersion: String

    public init(directory: String?, runningBinary: String, environment: [String: String], toolVersion: String) {
        self.directory = directory
        self.runningBinary = runningBinary
        self.environment = environment
        self.toolVersion = toolVersion
    }
}

/// `taakboek doctor` as a library call: the set-up of a clone, check by check, each saying what it
/// found and what to do. It only reads: nothing in the repository or its configuration changes.
public enum Doctor {
    public static func run(_ request: DoctorRequest) throws(SourceError) -> DoctorReport {
        let folder = request.directory ?? "."
        let repository: Repository
        do {
            repository = try Repository.open(at: folder, environment: request.environment)
        } catch {
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(folder) is geen git-repository (\(error.message)); taakboek doctor kijkt naar een kloon van een records-repository: ga naar die map of geef haar op met -C <map>",
                    en:
                        "\(folder) is not a git repository (\(error.message)); taakboek doctor looks at a clone of a records repository: go to that folder or give it with -C <folder>"
                ))
        }
        guard let workdir = repository.workdir else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(folder) is een kale (bare) git-repository zonder werkmap; draai taakboek doctor in een kloon",
                    en: "\(folder) is a bare git repository without a working tree; run taakboek doctor in a clone"))
        }
        var checks: [DoctorCheck] = []
        do throws(GitError) {
            let hooks = try HooksFolder.of(repository)
            let hook = Result { () throws(SourceError) in try InstalledHook.read(in: hooks.path) }
            checks.append(HookCheck.run(folder: hooks, reading: hook))
            checks.append(
                HookBinaryCheck.run(
                    folder: hooks, hook: try? hook.get(), runningBinary: request.runningBinary,
                    environment: request.environment))
        } catch {
            checks.append(
                DoctorCheck(
                    id: HookCheck.id, label: HookCheck.label, status: .error,
                    message: LocalizedText(
                        nl: "core.hooksPath kan niet worden gelezen: \(error.message)",
                        en: "core.hooksPath cannot be read: \(error.message)"),
                    fix: LocalizedText(
                        nl: "`git config --show-origin core.hooksPath` zegt waar het staat",
                        en: "`git config --show-origin core.hooksPath` says where it is set")))
        }
        checks.append(SchemasCheck.run(workdir: workdir, toolVersion: request.toolVersion))
        checks.append(LineEndsCheck.run(repository: repository, workdir: workdir))
        checks.append(ShallowCheck.run(repository: repository))
        return DoctorReport(repository: workdir, checks: checks)
    }
}
