import Foundation
import TaakboekCore

/// A pre-commit hook as it stands in a hooks folder: whose it is, whether git can run it, which
/// taakboek it would run, and the hook `taakboek hook install --chain` kept to run before it.
public struct InstalledHook: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Written by `taakboek hook install` (it holds `HookInstaller.marker`).
        case taakboek
        /// A copy of the repository's `hooks/pre-commit` (installed by hand), which runs
        /// `$TAAKBOEK` or else `taakboek` on PATH.
        case copied
        /// Somebody else's: whether it checks the records cannot be told.
        case foreign
    }

    public let path: String
    public let kind: Kind
    /// Whether git can run it (git skips a hook that is not executable).
    public let isExecutable: Bool
    /// The binary taakboek's hook runs when `$TAAKBOEK` is unset and no taakboek is on PATH: the
    /// one that installed it. Nil for other hooks, or when the script does not name one.
    public let namedBinary: String?
    /// The hook kept by `--chain` (`HookInstaller.chainedName`) when there is one: taakboek's hook
    /// runs it first, if it is executable.
    public let chained: String?
    public let chainedIsExecutable: Bool

    /// The pre-commit hook in `folder`, or nil when there is none.
    public static func read(in folder: String) throws(SourceError) -> InstalledHook? {
        let manager = FileManager.default
        let path = folder + "/pre-commit"
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard !isFolder.boolValue, let data = manager.contents(atPath: path) else {
            throw SourceError(
                LocalizedText(
                    nl: "\(path) is geen leesbaar bestand", en: "\(path) is not a readable file"))
        }
        let text = String(decoding: data, as: UTF8.self)
        let kind: Kind =
            text.contains(HookInstaller.marker)
            ? .taakboek : text.contains(Self.copiedHookLine) ? .copied : .foreign
        let chained = folder + "/" + HookInstaller.chainedName
        let hasChained = kind == .taakboek && manager.fileExists(atPath: chained)
        return InstalledHook(
            path: path, kind: kind, isExecutable: manager.isExecutableFile(atPath: path),
            namedBinary: kind == .taakboek ? namedBinary(in: text) : nil, chained: hasChained ? chained : nil,
            chainedIsExecutable: hasChained && manager.isExecutableFile(atPath: chained))
    }

    /// The line by which the repository's `hooks/pre-commit` chooses its binary.
    static let copiedHookLine = #"taakboek="${TAAKBOEK:-taakboek}""#

    /// The path in the installer's line `… else taakboek='<path>'; fi` (see `HookInstaller.script()`),
    /// read as the shell reads it: quoted pieces and backslash escapes up to the `;`.
    static func namedBinary(in script: String) -> String? {
        guard let start = script.range(of: "; else taakboek=") else { return nil }
        var word = ""
        var quoted = false
        var escaped = false
        for character in script[start.upperBound...] {
            if escaped {
                word.append(character)
                escaped = false
            } else if quoted {
                if character == "'" { quoted = false } else { word.append(character) }
            } else if character == "'" {
                quoted = true
            } else if character == "\\" {
                escaped = true
            } else if character == ";" || character == " " || character == "\n" {
                return word.isEmpty ? nil : word
            } else {
                word.append(character)
            }
        }
        return nil
    }
}
