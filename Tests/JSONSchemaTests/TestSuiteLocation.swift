import Foundation
import Testing

/// Finds the official JSON-Schema-Test-Suite checkout without copying it into the package.
///
/// Order: the `JSON_SCHEMA_TEST_SUITE` environment variable (a folder containing
/// `tests/draft7`), then every parent of this source file, checking
/// `<dir>/shared/json-schema-test-suite` and `<dir>/../shared/json-schema-test-suite`.
enum TestSuiteLocation {
    static let draft7: URL? = locate()

    /// Files checked here: every top-level draft7 file except those needing a server.
    static let supportedFiles: [String] = {
        guard let draft7 else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: draft7.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !excludedFiles.contains($0) }.sorted()
    }()

    static let supportedOptionalFiles: [String] = {
        guard let draft7 else { return [] }
        let wanted = [
            "bignum.json", "ecmascript-regex.json", "float-overflow.json", "id.json",
            "non-bmp-regex.json", "unknownKeyword.json",
        ]
        return wanted.filter {
            FileManager.default.fileExists(
                atPath: draft7.appendingPathComponent("optional/" + $0).path)
        }
    }()

    /// refRemote.json needs a web server on localhost:1234 serving the suite's remotes.
    static let excludedFiles: Set<String> = ["refRemote.json"]

    static let skipReason = Comment(
        rawValue: "skipped: suite not found (set JSON_SCHEMA_TEST_SUITE or check out "
            + "shared/json-schema-test-suite)")

    private static func locate() -> URL? {
        let fileManager = FileManager.default
        func draft7(in root: URL) -> URL? {
            let folder = root.appendingPathComponent("tests/draft7")
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { return nil }
            return folder.standardizedFileURL
        }
        if let configured = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"],
            !configured.isEmpty
        {
            return draft7(in: URL(fileURLWithPath: configured))
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" && !directory.path.isEmpty {
            for candidate in ["shared/json-schema-test-suite", "../shared/json-schema-test-suite"] {
                if let found = draft7(in: directory.appendingPathComponent(candidate)) {
                    return found
                }
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
