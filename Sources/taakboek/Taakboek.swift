import ArgumentParser
import CBuildInfo
import TaakboekCore
import TaakboekGit
import TaakboekReporting

/// `taakboek`: checks and queries the statushouders housing records kept as text in git.
/// This executable only maps options onto the libraries; everything testable lives there.
struct Taakboek: ParsableCommand {
    /// The version `--version` prints and every machine-readable report names. scripts/release
    /// reads it from here; change it here alone.
    static let version = "0.1.0"

    /// This binary: the version, the commit scripts/release built it from, the libgit2 it runs.
    static let build = ToolBuild(
        version: version, commit: String(cString: taakboek_build_commit()), libgit2: LibGit2.version)

    static let configuration = CommandConfiguration(
        commandName: "taakboek",
        abstract: "Controleert en bevraagt de records van de taakstelling huisvesting statushouders.",
        discussion: """
            Records staan als tekstbestanden in records/<gemeente>/ in een git-repository.
            Exit-status: 0 in orde, 1 bevindingen, 2 gebruiks- of leesfout.
            Records are plain text files in records/<gemeente>/ of a git repository.
            Exit status: 0 clean, 1 findings, 2 usage or I/O error.
            """,
        version: Taakboek.build.versionText,
        // Every subcommand sets its `commandName`: without it, argument-parser derives the name
        // with `String(describing:)`, whose first dynamic cast scans every protocol conformance
        // of the (statically linked) binary, several milliseconds of every start.
        subcommands: [
            Check.self, Init.self, New.self, Log.self, Show.self, Blame.self, Diff.self, History.self, Report.self,
            Letter.self, Index.self, Overview.self, Progress.self, Reconcile.self, Rules.self, Explain.self, Hook.self,
            Doctor.self, Import.self, LSP.self,
        ]
    )

    @Option(
        name: .customShort("C"), help: ArgumentHelp("Werk in de repository in <map> (zoals git -C).", valueName: "map"))
    var directory: String?

    @Option(help: ArgumentHelp("Taal van de uitvoer: nl of en.", valueName: "taal"))
    var lang: Language = .nl
}

extension Language: ExpressibleByArgument {}
