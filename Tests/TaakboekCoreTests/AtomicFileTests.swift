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

    @Test func createWritesANewFileAndLeavesNoTemporaryFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try AtomicFile.create("eerste\n", at: folder + "/a.yaml"))
        #expect(try String(contentsOfFile: folder + "/a.yaml", encoding: .utf8) == "eerste\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.yaml"])
    }

    @Test func createNeverOverwritesAFileAFolderOrALink() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("van iemand anders\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.yaml"))
        try FileManager.default.createDirectory(atPath: folder + "/map", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/weg")
        #expect(try !AtomicFile.create("nieuw\n", at: folder + "/a.yaml"))
        #expect(try !AtomicFile.create("nieuw\n", at: folder + "/map"))
        #expect(try !AtomicFile.create("nieuw\n", at: folder + "/link"))
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
