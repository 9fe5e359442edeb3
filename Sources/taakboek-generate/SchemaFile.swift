import Foundation

/// One file of the schema folder, copied verbatim into `schemas/` of the generated repository.
struct SchemaFile: Sendable {
    let name: String
    let content: String

    /// Every regular file directly in `directory`, sorted by name.
    static func load(from directory: String) throws -> [SchemaFile] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GeneratorError("schemamap niet gevonden: \(directory) (geef --schemas MAP)")
        }
        let names = try manager.contentsOfDirectory(atPath: directory).sorted()
        var files: [SchemaFile] = []
        for name in names where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let content = String(data: data, encoding: .utf8) else {
                throw GeneratorError("schemabestand is geen UTF-8: \(path)")
            }
            files.append(SchemaFile(name: name, content: content))
        }
        guard !files.isEmpty else { throw GeneratorError("geen schema's in \(directory)") }
        return files
    }
}
