import Foundation
import TaakboekCore

/// Installs the pre-commit hook into a clone. It never overwrites someone else's hook: without
/// `chain` it refuses; with `chain` it keeps the existing hook under another name and runs it
/// first. Files are written atomically (a temporary file, then a rename).
public struct HookInstaller: Sendable {
    public static let marker = "# Installed by `taakboek hook install`"
    public static let chainedName = "pre-commit.voor-taakboek"

    public enum Outcome: Sendable, Equatable {
        case installed(path: String)
        case updated(path: String)
        case chained(path: String, previous: String)
    }

    public let hooksDirectory: String
    /// The absolute path of the taakboek binary the hook should run when none is on PATH.
    public let binary: String

    public init(hooksDirectory: String, binary: String) {
        self.hooksDirectory = hooksDirectory
        self.binary = binary
    }

    public func install(chain: Bool) throws(SourceError) -> Outcome {
        let manager = FileManager.default
        let hook = hooksDirectory + "/pre-commit"
        let chained = hooksDirectory + "/" + Self.chainedName
        do {
            try manager.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
        } catch {
            throw SourceError(
                LocalizedText(
                    nl: "kan de map \(hooksDirectory) niet maken: \(error.localizedDescription)",
                    en: "cannot create the folder \(hooksDirectory): \(error.localizedDescription)"))
        }
        var outcome = Outcome.installed(path: hook)
        if let existing = manager.contents(atPath: hook).map({ String(decoding: $0, as: UTF8.self) }) {
            if existing.contains(Self.marker) {
                outcome = .updated(path: hook)
            } else if !chain {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "er staat al een pre-commit-hook die niet van taakboek is (\(hook)); taakboek overschrijft die niet. Gebruik `taakboek hook install --chain` om die hook te bewaren als \(Self.chainedName) en hem vóór taakboek te laten draaien",
                        en:
                            "a pre-commit hook that is not taakboek's already exists (\(hook)); taakboek does not overwrite it. Use `taakboek hook install --chain` to keep that hook as \(Self.chainedName) and run it before taakboek"
                    ))
            } else if manager.fileExists(atPath: chained) {
                throw SourceError(
                    LocalizedText(
                        nl: "\(chained) bestaat al; ruim eerst op welke hook moet blijven",
                        en: "\(chained) already exists; first sort out which hook should stay"))
            } else {
                do {
                    try manager.moveItem(atPath: hook, toPath: chained)
                } catch {
                    throw SourceError(
                        LocalizedText(
                            nl: "kan \(hook) niet verplaatsen: \(error.localizedDescription)",
                            en: "cannot move \(hook): \(error.localizedDescription)"))
                }
                outcome = .chained(path: hook, previous: chained)
            }
        }
        try AtomicFile.write(script(), to: hook, permissions: 0o755, replacing: true)
        return outcome
    }

    /// Installs the hook only where there is none yet, taakboek's own included (`taakboek init`
    /// never overwrites a file): the path written, or nil when a pre-commit hook was already there.
    public func installIfAbsent() throws(SourceError) -> String? {
        let hook = hooksDirectory + "/pre-commit"
        do {
            try FileManager.default.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
        } catch {
            throw SourceError(
                LocalizedText(
                    nl: "kan de map \(hooksDirectory) niet maken: \(error.localizedDescription)",
                    en: "cannot create the folder \(hooksDirectory): \(error.localizedDescription)"))
        }
        return try AtomicFile.create(script(), at: hook, permissions: 0o755) ? hook : nil
    }

    func script() -> String {
        """
        #!/bin/sh
        \(Self.marker): checks the staged records before each commit
        # and blocks the commit on errors. Reinstall with `taakboek hook install`.
        if [ -x "$(dirname "$0")/\(Self.chainedName)" ]; then
            "$(dirname "$0")/\(Self.chainedName)" "$@" || exit $?
        fi
        taakboek="${TAAKBOEK:-}"
        if [ -z "$taakboek" ]; then
            if command -v taakboek >/dev/null 2>&1; then taakboek=taakboek; else taakboek='\(binary.replacingOccurrences(of: "'", with: "'\\''"))'; fi
        fi
        if ! command -v "$taakboek" >/dev/null 2>&1; then
            echo "taakboek: het programma taakboek is niet gevonden (zet het op PATH of zet TAAKBOEK=/pad/naar/taakboek);" >&2
            echo "taakboek: de commit is tegengehouden. Alleen in noodgevallen: git commit --no-verify" >&2
            exit 1
        fi
        exec "$taakboek" check --staged --hide-notes

        """
    }
}
