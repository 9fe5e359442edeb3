import ArgumentParser
import CLocalOnly

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// libgit2 loads no CA certificates in this process (CLocalOnly): taakboek reads local repositories only.
_ = taakboek_reads_local_repositories_only()

// Usage errors exit with 2 (argument-parser's own default is 64), as every taakboek command does.
do {
    var command = try Taakboek.parseAsRoot()
    try command.run()
} catch let commandExit as CommandExit {
    exit(commandExit.status)
} catch {
    let code = Taakboek.exitCode(for: error)
    let message = Taakboek.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    // argument-parser writes its framing in English; in Dutch unless --lang en asks otherwise.
    let shown = UsageLanguage.translated(message, to: UsageLanguage.current)
    if !shown.isEmpty { FileHandleOutput.standardError(shown + "\n") }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
