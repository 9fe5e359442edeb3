import Foundation
import Testing

@testable import TaakboekCore

@Suite("Reading records from disk")
struct FileSystemSourceTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taakboek-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("records/x"), withIntermediateDirectories: true)
        return url
    }

    @Test func symbolicLinksAreReportedNotFollowed() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("records/x/gemeente.yaml").path, withDestinationPath: "/etc/passwd")
        let entries = try FileSystemSource(root: root.path).entries()
        guard case .symbolicLink = try #require(entries.first { $0.path == "records/x/gemeente.yaml" }).content else {
            Issue.record("expected a symbolic link entry")
            return
        }
    }

    @Test func oversizedFilesAreNotReadIntoMemory() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("records/x/gemeente.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let entries = try FileSystemSource(root: root.path).entries()
        guard case .tooLarge(let size) = try #require(entries.first).content else {
            Issue.record("expected tooLarge")
            return
        }
        #expect(size == 100 * 1024 * 1024)
    }

    @Test func unusualFileNamesAreListed() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["met spatie.yaml", "ünïcode.yaml", "nieuwe\nregel.yaml"] {
            #expect(
                FileManager.default.createFile(
                    atPath: root.appendingPathComponent("records/x/" + name).path, contents: Data("a: 1\n".utf8)))
        }
        let paths = try FileSystemSource(root: root.path).entries().map(\.path)
        #expect(paths.count == 3)
        #expect(paths.contains("records/x/nieuwe\nregel.yaml"))
    }
}
