import ArgumentParser
import Foundation
import TaakboekCore

/// The language of usage errors. argument-parser reports them while or before the options are
/// parsed, so `--lang` is read from the command line as typed (up to a `--`), and its English
/// framing ("Error:", "Usage:", "Unknown option …") is put into Dutch here, since a clerk who
/// mistypes an option should be told so in the language of every other message.
enum UsageLanguage {
    static let current: Language = requested(in: Array(CommandLine.arguments.dropFirst()))

    /// The language `--lang <taal>` or `--lang=<taal>` asks for; Dutch when none (or an unknown one).
    static func requested(in arguments: [String]) -> Language {
        var requested = Language.nl
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                requested = Language(rawValue: arguments[index + 1]) ?? requested
                index += 1
            } else if argument.hasPrefix("--lang=") {
                requested = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? requested
            }
            index += 1
        }
        return requested
    }

    /// A usage error (exit status 2, with the command's usage line) in the current language.
    static func error(nl: String, en: String) -> ValidationError {
        ValidationError(current == .nl ? nl : en)
    }

    /// argument-parser's message for a usage error, in `language`. English is left as it is;
    /// in Dutch the framing and argument-parser's common messages are translated, and anything
    /// unrecognised stays as argument-parser wrote it.
    static func translated(_ message: String, to language: Language) -> String {
        guard language == .nl else { return message }
        var lines: [String] = []
        var inUsage = false
        for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("Error: ") {
                lines.append("Fout: " + dutchError(String(line.dropFirst("Error: ".count))))
                inUsage = false
            } else if line.hasPrefix("Usage: ") {
                lines.append("Gebruik: " + line.dropFirst("Usage: ".count))
                inUsage = true
            } else if inUsage, line.hasPrefix("       ") {
                // The usage's continuation lines line up under "Usage: "; "Gebruik: " is wider.
                lines.append("  " + line)
            } else if let see = line.firstMatch(of: /^  See '(.+)' for more information\.$/) {
                lines.append("  Zie '\(see.1)' voor meer uitleg.")
                inUsage = false
            } else if line.hasPrefix("Help:  ") {
                lines.append("Uitleg: " + line.dropFirst("Help:  ".count))
                inUsage = false
            } else {
                lines.append(line)
                inUsage = false
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One error line of argument-parser's (see its `ErrorMessageGenerator`) in Dutch.
    static func dutchError(_ text: String) -> String {
        if let match = text.firstMatch(of: /^Unknown option '(.+)'\. Did you mean '(.+)'\?$/) {
            return "onbekende optie '\(match.1)'; bedoelt u '\(match.2)'?"
        }
        if let match = text.firstMatch(of: /^Unknown option '(.+)'$/) {
            return "onbekende optie '\(match.1)'"
        }
        if let match = text.firstMatch(of: /^Missing value for '(.+)'$/) {
            return "waarde ontbreekt bij '\(match.1)'"
        }
        if let match = text.firstMatch(of: /^Unexpected argument '(.+)'$/) {
            return "onverwacht argument '\(match.1)'"
        }
        if let match = text.firstMatch(of: /^(\d+) unexpected arguments: (.+)$/) {
            return "\(match.1) onverwachte argumenten: \(match.2)"
        }
        if let match = text.firstMatch(of: /^Missing expected argument '(.+)'$/) {
            return "argument '\(match.1)' ontbreekt"
        }
        if let match = text.firstMatch(of: /^Missing one of: (.+)$/) {
            return "een van deze ontbreekt: \(match.1)"
        }
        if let match = text.firstMatch(of: /^The option '(.+)' does not take any value, but '(.+)' was specified\.$/) {
            return "de optie '\(match.1)' neemt geen waarde, maar kreeg '\(match.2)'"
        }
        if let match = text.firstMatch(of: /^The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$/) {
            let choices = match.3.replacingOccurrences(of: "' and '", with: "' of '")
                .replacingOccurrences(of: "' or '", with: "' of '")
            return "'\(match.1)' is geen geldige waarde voor '\(match.2)'; kies \(choices)"
        }
        if let match = text.firstMatch(of: /^The value '(.*)' is invalid for '(.+)'(: .+)?$/) {
            return "'\(match.1)' is geen geldige waarde voor '\(match.2)'\(match.3 ?? "")"
        }
        if text == "Missing required subcommand." {
            return "geef een opdracht; taakboek --help toont ze"
        }
        if let match = text.firstMatch(of: /^Invalid option: (.+)$/) {
            return "ongeldige optie: \(match.1)"
        }
        return text
    }
}
