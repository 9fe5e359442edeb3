import ArgumentParser
import Foundation
import TaakboekChecking
import TaakboekCore
import TaakboekState

extension Taakboek {
    struct Hook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hook",
            abstract: "Beheert de pre-commit-hook.", subcommands: [Install.self])

        @ParentCommand var root: Taakboek

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "install",
                abstract: "Installeert de pre-commit-hook die `taakboek check --staged` draait voor elke commit.")

            @ParentCommand var hook: Hook

            @Flag(help: "Bewaar een bestaande hook van iemand anders en laat die eerst draaien.")
            var chain = false

            func run() throws {
                let language = hook.root.lang
                do throws(SourceError) {
                    let git = try GitCheck.opened(at: hook.root.directory ?? ".")
                    let installer = HookInstaller(
                        hooksDirectory: git.repository.commonDir + "/hooks", binary: RunningBinary.path)
                    let message: LocalizedText
                    switch try installer.install(chain: chain) {
                    case .installed(let path):
                        message = LocalizedText(
                            nl: "pre-commit-hook geïnstalleerd in \(path)", en: "pre-commit hook installed in \(path)")
                    case .updated(let path):
                        message = LocalizedText(
                            nl: "pre-commit-hook bijgewerkt in \(path)", en: "pre-commit hook updated in \(path)")
                    case .chained(let path, let previous):
                        message = LocalizedText(
                            nl:
                                "pre-commit-hook geïnstalleerd in \(path); de bestaande hook staat nu in \(previous) en draait eerst",
                            en:
                                "pre-commit hook installed in \(path); the existing hook is now \(previous) and runs first"
                        )
                    }
                    FileHandleOutput.standardOutput("taakboek: \(message.text(in: language))\n")
                } catch {
                    throw fail(error.message, language: language)
                }
            }
        }
    }
}
