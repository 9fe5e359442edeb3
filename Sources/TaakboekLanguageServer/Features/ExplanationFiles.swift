import Foundation
import TaakboekCore
import TaakboekReporting
import TaakboekRules

/// The text of `taakboek explain <id>` for every rule, as files a diagnostic's `codeDescription`
/// links to (an editor opens them with a click, offline). Written once per server into the
/// user's cache folder (`$XDG_CACHE_HOME/taakboek/uitleg/<lang>/`, else `~/.cache/…`), never into
/// the records repository.
public struct ExplanationFiles: Sendable {
    public let folder: String

    /// Writes the files; nil when no cache folder can be written (diagnostics then have no link).
    public static func write(environment: [String: String] = ProcessInfo.processInfo.environment) -> ExplanationFiles? {
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache"
        } else {
            return nil
        }
        let folder = base + "/taakboek/uitleg"
        let manager = FileManager.default
        for language in Language.allCases {
            let languageFolder = folder + "/" + language.rawValue
            do {
                try manager.createDirectory(atPath: languageFolder, withIntermediateDirectories: true)
            } catch {
                return nil
            }
            for description in RuleRegistry.descriptions {
                let text = RuleExplanation(description, language: language).text
                let path = languageFolder + "/" + description.id + ".txt"
                if manager.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) == text { continue }
                guard manager.createFile(atPath: path, contents: Data(text.utf8)) else { return nil }
            }
        }
        return ExplanationFiles(folder: folder)
    }

    public func uri(of ruleID: String, language: Language) -> String? {
        guard RuleRegistry.description(id: ruleID) != nil else { return nil }
        return DocumentURI.uri(ofPath: folder + "/" + language.rawValue + "/" + ruleID + ".txt")
    }
}
