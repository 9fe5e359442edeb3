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
    if !message.isEmpty { FileHandleOutput.standardError(message + "\n") }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
