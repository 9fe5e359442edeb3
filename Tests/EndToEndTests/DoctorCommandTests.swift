import Foundation
import Testing

/// `taakboek doctor` as a clerk runs it: what it prints for a clone's set-up, in Dutch and with
/// `--lang en`, as text and JSON, and its exit status.
@Suite("taakboek doctor")
struct DoctorCommandTests {
    /// No taakboek on PATH and no TAAKBOEK (empty is unset, as in the hook), so the hook runs the
    /// path written in it.
    static let environment = ["PATH": "/usr/bin:/bin", "TAAKBOEK": ""]

    /// The binary the tests run, as the hook installed by it names it.
    static let binary = URL(fileURLWithPath: Taakboek.binary.path).resolvingSymlinksInPath().path

    func doctor(_ repository: GitRepository, lang: String = "nl", _ arguments: String...) throws -> Run {
        try Taakboek.run(
            ["-C", repository.url.path, "--lang", lang, "doctor"] + arguments, environment: Self.environment)
    }

    @Test func aFreshCloneWithoutTheHookSaysToInstallIt() throws {
        let repository = try GitRepository()
        let hooks = repository.url.resolvingSymlinksInPath().path + "/.git/hooks"
        let run = try doctor(repository)
        #expect(run.status == 1 && run.stderr.isEmpty, "\(run.stderr)")
        #expect(
            run.stdout == """
                waarschuwing  pre-commit-hook: geen pre-commit-hook in \(hooks): git controleert de records niet bij een commit
                              wat te doen: `taakboek hook install`
                overgeslagen  programma van de hook: geen hook van taakboek, dus geen programma om na te gaan
                in orde       schema's: de 10 bestanden in schemas/ zijn gelijk aan die van deze taakboek (0.1.0)
                in orde       regeleinden: core.autocrlf is niet ingesteld; de bestanden in records/ hebben LF-regeleinden
                in orde       geschiedenis: de kloon heeft de hele geschiedenis
                taakboek doctor: 0 fouten, 1 waarschuwing, 3 in orde, 1 overgeslagen

                """, "\(run.stdout)")
        let english = try doctor(repository, lang: "en")
        #expect(english.status == 1)
        #expect(
            english.stdout.hasPrefix(
                "warning  pre-commit hook: no pre-commit hook in \(hooks): git does not check the records at a commit\n         what to do: `taakboek hook install`\n"
            ), "\(english.stdout)")
        #expect(english.stdout.hasSuffix("\ntaakboek doctor: 0 errors, 1 warning, 3 ok, 1 skipped\n"))
    }

    @Test func afterHookInstallEverythingIsInOrder() throws {
        let repository = try GitRepository()
        let hook = repository.url.resolvingSymlinksInPath().path + "/.git/hooks/pre-commit"
        #expect(try Taakboek.run(["-C", repository.url.path, "hook", "install"]).status == 0)
        let run = try doctor(repository)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stdout)\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                """
                in orde       pre-commit-hook: de hook van taakboek staat in \(hook) en is uitvoerbaar
                in orde       programma van de hook: de hook draait \(Self.binary) (het pad in de hook): dit programma

                """), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("\ntaakboek doctor: 0 fouten, 0 waarschuwingen, 5 in orde\n"))
        let english = try doctor(repository, lang: "en")
        #expect(english.status == 0)
        #expect(
            english.stdout.contains(
                "\nok       hook's program: the hook runs \(Self.binary) (the path in the hook): this program\n"))
        #expect(english.stdout.hasSuffix("\ntaakboek doctor: 0 errors, 0 warnings, 5 ok\n"))
    }

    @Test func jsonHasOneObjectPerCheck() throws {
        let repository = try GitRepository()
        let run = try doctor(repository, lang: "en", "--format", "json")
        #expect(run.status == 1 && run.stderr.isEmpty)
        let checks = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(checks.map { $0["id"] as? String } == ["hook", "hook-binary", "schemas", "line-ends", "shallow"])
        #expect(checks.map { $0["status"] as? String } == ["warning", "skipped", "ok", "ok", "ok"])
        #expect(checks[0]["fix"] as? String == "`taakboek hook install`")
        #expect(checks[2]["fix"] is NSNull)
        #expect((checks[0]["message"] as? String)?.hasPrefix("no pre-commit hook in ") == true)
        let dutch = try doctor(repository, "--format", "json")
        #expect(dutch.stdout.contains(#""message":"de kloon heeft de hele geschiedenis""#))
    }

    @Test func aShallowCloneWithWindowsLineEndsGetsTwoWarnings() throws {
        let repository = try GitRepository()
        try repository.replace(GitRepository.period, "bron: ", with: "bron: Aangevuld. ")
        try repository.git("commit", "-qam", "Bron aangevuld")
        let clone = repository.url.appendingPathComponent("ondiep")
        #expect(
            try repository.git("clone", "-q", "--depth", "1", "file://" + repository.url.path, clone.path).status == 0)
        try repository.git("config", "core.autocrlf", "false", in: clone)
        let period = clone.appendingPathComponent(GitRepository.period)
        let text = try String(contentsOf: period, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: period)
        let run = try Taakboek.run(["-C", clone.path, "doctor"], environment: Self.environment)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                """
                waarschuwing  regeleinden: core.autocrlf is false; 1 bestand in records/ verschilt van HEAD alleen in de regeleinden (CRLF in de werkmap, LF in git): git status toont het als gewijzigd en de audit van taakboek check zegt working_tree_matches_head: false
                                \(GitRepository.period)
                              wat te doen: `git config core.autocrlf true`
                """), "\(run.stdout)")
        #expect(
            run.stdout.contains(
                """
                waarschuwing  geschiedenis: dit is een ondiepe kloon (shallow): taakboek log, blame, history en check --base zien alleen het deel van de geschiedenis dat is opgehaald
                              wat te doen: `git fetch --unshallow` haalt de rest van de geschiedenis op

                """), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("\ntaakboek doctor: 0 fouten, 3 waarschuwingen, 1 in orde, 1 overgeslagen\n"))
        // What the doctor says the audit says, the audit says.
        let check = try Taakboek.run(["-C", clone.path, "check", "--format", "json"])
        #expect(
            check.stdout.contains(#""working_tree_matches_head": false"#)
                || check.stdout.contains(#""working_tree_matches_head":false"#))
    }

    @Test func outsideARepositoryItSaysSoWithStatus2() throws {
        let folder = try RecordFolder()
        let environment = Self.environment.merging([
            "GIT_CEILING_DIRECTORIES": folder.url.deletingLastPathComponent().path
        ]) { $1 }
        let run = try Taakboek.run(["-C", folder.url.path, "doctor"], environment: environment)
        #expect(run.status == 2 && run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("taakboek: \(folder.url.path) is geen git-repository ("), "\(run.stderr)")
        #expect(
            run.stderr.hasSuffix(
                "taakboek doctor kijkt naar een kloon van een records-repository: ga naar die map of geef haar op met -C <map>\n"
            ))
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "doctor"], environment: environment)
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("taakboek: \(folder.url.path) is not a git repository ("), "\(english.stderr)")
        #expect(english.stderr.hasSuffix("go to that folder or give it with -C <folder>\n"))
    }

    @Test func aFormatItDoesNotOfferIsAUsageError() throws {
        let repository = try GitRepository()
        let run = try doctor(repository, "--format", "csv")
        #expect(run.status == 2)
        #expect(run.stderr.contains("onbekend formaat 'csv'; kies text of json."), "\(run.stderr)")
    }
}
