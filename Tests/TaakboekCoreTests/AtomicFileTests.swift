import Foundation
import Testing

@testable import TaakboekCore

@Suite("Atomic writes")
struct AtomicFileTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-atomic-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Both ways of writing: without a name (Linux) and with a temporary name (elsewhere).
    @Test(arguments: [true, false])
    func createWritesANewFileAndLeavesNoTemporaryFile(unnamed: Bool) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try AtomicFile.create("eerste\n", at: folder + "/a.yaml", permissions: 0o640, unnamed: unnamed))
        #expect(try String(contentsOfFile: folder + "/a.yaml", encoding: .utf8) == "eerste\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.yaml"])
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/a.yaml")[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    #if os(Linux)
        /// On Linux the file has no name until it is whole: written and flushed, the folder is
        /// still empty; named, it is there; a second name that exists is refused.
        @Test func anUnnamedFileIsInvisibleUntilNamed() throws {
            let folder = try folder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            guard let file = UnnamedFile(in: folder, permissions: 0o644) else {
                Issue.record("no unnamed file in \(folder)")
                return
            }
            #expect(PlainFile.writeAll(Array("heel\n".utf8), to: file.descriptor, synchronise: true))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
            #expect(file.name(folder + "/a.yaml") == .named)
            #expect(try String(contentsOfFile: folder + "/a.yaml", encoding: .utf8) == "heel\n")
            #expect(file.name(folder + "/a.yaml") == .exists)
            let missingFolder: Bool
            if UnnamedFile(in: folder + "/bestaat-niet", permissions: 0o644) != nil {
                missingFolder = false
            } else {
                missingFolder = true
            }
            #expect(missingFolder)
        }
    #endif

    @Test(arguments: [true, false])
    func createNeverOverwritesAFileAFolderOrALink(unnamed: Bool) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("van iemand anders\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.yaml"))
        try FileManager.default.createDirectory(atPath: folder + "/map", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/weg")
        #expect(try !AtomicFile.create("nieuw\n", at: folder + "/a.yaml", permissions: 0o644, unnamed: unnamed))
        #expect(try !AtomicFile.create("nieuw\n", at: folder + "/map", permissions: 0o644, unnamed: unnamed))
        #expect(try !AtomicFile.create("nieuw\n", at: folder + "/link", permissions: 0o644, unnamed: unnamed))
        #expect(try String(contentsOfFile: folder + "/a.yaml", encoding: .utf8) == "van iemand anders\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/weg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.yaml", "link", "map"])
        #expect(throws: SourceError.self) { try AtomicFile.write("nieuw\n", to: folder + "/a.yaml", replacing: false) }
    }

    @Test func replacingWritesOverAndKeepsThePermissions() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write("oud\n", to: folder + "/hook", permissions: 0o755, replacing: false)
        try AtomicFile.write("nieuw\n", to: folder + "/hook", permissions: 0o755, replacing: true)
        #expect(try String(contentsOfFile: folder + "/hook", encoding: .utf8) == "nieuw\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/hook")[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o111 != 0 } == true)
    }

    @Test func aFolderThatCannotBeWrittenIsAClearError() throws {
        let error = #expect(throws: SourceError.self) {
            try AtomicFile.create("x\n", at: "/bestaat-niet-\(UUID().uuidString)/a.yaml")
        }
        #expect(error?.message.nl.hasPrefix("kan niet schrijven in /bestaat-niet-") == true)
    }
}
