import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekLanguageServer

extension Taakboek {
    struct LSP: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Taalserver (Language Server Protocol 3.17) voor editors: elke regel live bij het typen.",
            discussion: """
                Spreekt LSP over stdin en stdout; een editor start dit zelf (zie docs/editors.md). Controleert \
                de open bestanden zoals ze getypt zijn, met de rest van de records van schijf, en meldt de \
                bevindingen van elke regel per record dat een wijziging raakt. Geeft uitleg bij cijfers en \
                regels (hover), vult sleutels, soorten, periodes en HAR-plaatsingen aan, en biedt snelle \
                oplossingen. De taal van de meldingen is --lang, of initializationOptions.taal van de editor. \
                Meldingen over de server zelf gaan naar stderr (en naar --log). Exit-status: 0 na shutdown en \
                exit, 1 als de editor zonder exit wegging.
                """)

        @ParentCommand var root: Taakboek

        @Option(help: ArgumentHelp("Schrijf het log van de server ook naar <bestand>.", valueName: "bestand"))
        var log: String?

        func run() throws {
            let logFile = log.flatMap { FileHandle(forUpdatingAtPath: $0) ?? Self.create($0) }
            if let log, logFile == nil {
                throw fail(
                    LocalizedText(
                        nl: "kan het log \(log) niet schrijven; kies een bestand in een map waar u mag schrijven",
                        en: "cannot write the log \(log); choose a file in a folder you may write to"),
                    language: root.lang)
            }
            logFile?.seekToEndOfFile()
            let write: (String) -> Void = { message in
                let line = Data("taakboek lsp: \(message)\n".utf8)
                FileHandle.standardError.write(line)
                logFile?.write(line)
            }
            let server = LanguageServer(
                language: root.lang, version: Taakboek.version, explanations: ExplanationFiles.write(), log: write)
            let code = ServerLoop.run(server, log: write)
            if code != 0 { throw ExitCode(code) }
        }

        private static func create(_ path: String) -> FileHandle? {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
            return FileHandle(forUpdatingAtPath: path)
        }
    }
}
