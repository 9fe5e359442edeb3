import Foundation
import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekState
import TaakboekTestSupport
import Testing

/// `taakboek doctor`'s checks of the schemas, the line ends and the history on real
/// repositories, and what it says outside one.
@Suite("Doctor: schemas, line ends, history")
struct DoctorSetupTests {
    static let period = "records/tynaarlo/perioden/2024-II.yaml"

    @Test func schemasLikeTheBuiltInOnesAreInOrderWhateverTheirLineEnds() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            let builtIn = SchemaSet.builtInFiles.count
            let same = try #require(try fixture.report().check("schemas"))
            #expect(same.status == .ok && same.details.isEmpty)
            #expect(same.message.en == "the \(builtIn) files in schemas/ are the same as this taakboek's (9.9.9)")
            let path = fixture.repository + "/schemas/periode.schema.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(
                toFile: path, atomically: false, encoding: .utf8)
            try scratch.write("repo/schemas/LEESMIJ.txt", "Niet aanpassen.\n")
            let crlf = try #require(try fixture.report().check("schemas"))
            #expect(crlf.status == .ok)
            #expect(
                crlf.details == [
                    LocalizedText(
                        nl: "LEESMIJ.txt: extra; taakboek leest het niet",
                        en: "LEESMIJ.txt: extra; taakboek does not read it")
                ])
        }
    }

    @Test func aDifferingOrMissingSchemaIsAWarningPerFile() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try FileManager.default.removeItem(atPath: fixture.repository + "/schemas/brief.schema.json")
            let missing = try #require(try fixture.report().check("schemas"))
            #expect(missing.status == .warning)
            #expect(
                missing.details.map(\.nl) == ["brief.schema.json: ontbreekt; taakboek gebruikt de ingebouwde versie"])
            #expect(missing.fix?.nl.hasPrefix("draai `taakboek init --gemeente <naam>") == true)

            let path = fixture.repository + "/schemas/periode.schema.json"
            try (try String(contentsOfFile: path, encoding: .utf8) + " ").write(
                toFile: path, atomically: false, encoding: .utf8)
            let report = try fixture.report()
            let differs = try #require(report.check("schemas"))
            #expect(differs.status == .warning)
            #expect(
                differs.message.en
                    == "2 of the \(SchemaSet.builtInFiles.count) files in schemas/ differ from this taakboek's (9.9.9)")
            #expect(
                differs.details.map(\.en) == [
                    "brief.schema.json: missing; taakboek uses the built-in copy", "periode.schema.json: differs",
                ])
            #expect(
                differs.fix?.en.hasPrefix(
                    "which version is newer cannot be told: this taakboek (9.9.9) was built with other schemas") == true
            )
            #expect(report.exitStatus == .findings)
        }
    }

    @Test func noSchemasFolderIsAWarning() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            try FileManager.default.removeItem(atPath: fixture.repository + "/schemas")
            let check = try #require(try fixture.report().check("schemas"))
            #expect(check.status == .warning)
            #expect(
                check.message.en.hasPrefix(
                    "\(fixture.repository)/schemas is missing: taakboek uses the built-in schemas"))
        }
    }

    /// A CRLF checkout without `core.autocrlf`: git sees the file modified, and so does the audit of
    /// `taakboek check`, as the doctor says; with `core.autocrlf=true` neither does.
    @Test func crlfFilesWithoutAutocrlfAreAWarningThatTheAuditBearsOut() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            let lf = try #require(try fixture.report().check("line-ends"))
            #expect(lf.status == .ok && lf.message.en.hasSuffix("; the files in records/ have LF line ends"))

            let path = fixture.repository + "/" + Self.period
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(
                toFile: path, atomically: false, encoding: .utf8)
            try scratch.git(["config", "core.autocrlf", "false"], in: fixture.repository)
            let crlf = try #require(try fixture.report().check("line-ends"))
            #expect(crlf.status == .warning)
            #expect(
                crlf.message.en
                    == "core.autocrlf is false; 1 file in records/ differs from HEAD in line ends only (CRLF in the working tree, LF in git): git status shows it modified and the audit of taakboek check says working_tree_matches_head: false"
            )
            #expect(crlf.details == [LocalizedText(Self.period)])
            #expect(crlf.fix?.en.hasPrefix("`git config core.autocrlf true`") == true)
            #expect(try audit(fixture) == false)
            #expect(
                try scratch.lines(["-c", "core.autocrlf=false", "status", "--porcelain"], in: fixture.repository) == [
                    " M " + Self.period
                ])

            try scratch.git(["config", "core.autocrlf", "true"], in: fixture.repository)
            let converted = try #require(try fixture.report().check("line-ends"))
            #expect(converted.status == .ok)
            #expect(
                converted.message.nl
                    == "core.autocrlf is true; 1 bestand in records/ met Windows-regeleinden (CRLF), die git als ongewijzigd ziet"
            )
            #expect(try audit(fixture) == true)
        }
    }

    /// What the audit of `taakboek check --format json` says of the working tree against HEAD.
    func audit(_ fixture: DoctorFixture) throws -> Bool? {
        try RecordsCheck.run(CheckRequest(directory: fixture.repository, target: .workingTree, format: .json)).audit
            .workingTreeMatchesHead
    }

    @Test func withoutCommitsTheLineEndsAreNotCompared() throws {
        try withScratch { scratch in
            let repository = try scratch.initRepository()
            let report = try Doctor.run(
                DoctorRequest(directory: repository, runningBinary: "/bin/sh", environment: [:], toolVersion: "1"))
            #expect(report.check("line-ends")?.status == .skipped)
        }
    }

    @Test func aShallowCloneIsAWarning() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch, commits: 3)
            #expect(try fixture.report().check("shallow")?.status == .ok)
            try scratch.git(
                ["clone", "-q", "--depth", "1", "file://" + fixture.repository, scratch.path("shallow")],
                in: scratch.root)
            let report = try Doctor.run(
                DoctorRequest(
                    directory: scratch.path("shallow"), runningBinary: fixture.running, environment: [:],
                    toolVersion: "1"))
            let shallow = try #require(report.check("shallow"))
            #expect(shallow.status == .warning)
            #expect(
                shallow.message.en.hasPrefix(
                    "this is a shallow clone: taakboek log, blame, history and check --base see only"))
            #expect(shallow.fix?.en == "`git fetch --unshallow` fetches the rest of the history")
        }
    }

    @Test func outsideARepositoryItSaysSoAndNamesTheFolder() throws {
        try withScratch { scratch in
            try scratch.makeDirectory("plain")
            let error = #expect(throws: SourceError.self) {
                try Doctor.run(
                    DoctorRequest(
                        directory: scratch.path("plain"), runningBinary: "/bin/sh",
                        environment: ["GIT_CEILING_DIRECTORIES": scratch.root], toolVersion: "1"))
            }
            #expect(error?.message.nl.hasPrefix("\(scratch.path("plain")) is geen git-repository") == true)
            #expect(error?.message.en.hasSuffix("go to that folder or give it with -C <folder>") == true)
            let bare = try scratch.initRepository("bare", bare: true)
            let refused = #expect(throws: SourceError.self) {
                try Doctor.run(
                    DoctorRequest(directory: bare, runningBinary: "/bin/sh", environment: [:], toolVersion: "1"))
            }
            #expect(refused?.message.en.contains("bare git repository") == true)
        }
    }

    @Test func theTextAndJSONCarryEveryCheck() throws {
        try withScratch { scratch in
            let fixture = try DoctorFixture(scratch)
            let report = try fixture.report()
            #expect(report.checks.map(\.id) == ["hook", "hook-binary", "schemas", "line-ends", "shallow"])
            let text = report.text(in: .nl)
            #expect(text.hasPrefix("waarschuwing  pre-commit-hook: geen pre-commit-hook in "))
            #expect(text.contains("\n              wat te doen: `taakboek hook install`\n"))
            #expect(text.contains("\novergeslagen  programma van de hook: "))
            #expect(text.hasSuffix("\ntaakboek doctor: 0 fouten, 1 waarschuwing, 3 in orde, 1 overgeslagen\n"))
            #expect(report.text(in: .en).hasSuffix("\ntaakboek doctor: 0 errors, 1 warning, 3 ok, 1 skipped\n"))
            let json = report.json(in: .en)
            let lines = json.split(separator: "\n")
            #expect(lines.count == 7 && lines.first == "[" && lines.last == "]")
            #expect(lines[1].hasPrefix(#"  {"id":"hook","status":"warning","message":"no pre-commit hook in "#))
            #expect(lines[1].hasSuffix(#","fix":"`taakboek hook install`","details":[]},"#))
            #expect(lines[2].contains(#""status":"skipped""#) && lines[2].contains(#""fix":null"#))
        }
    }
}
