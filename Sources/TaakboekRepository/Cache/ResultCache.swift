import TaakboekCore

/// The findings of a whole municipality, keyed by the blob ids of every file in its folder (and
/// the schemas in force): every rule looks within one municipality, so a folder whose files are
/// all unchanged has the same findings as last time, and a commit that touches one record
/// checks one municipality again, however many the repository holds.
final class ResultCache: Sendable {
    static let fileName = "results-v1.cache"
    private let file: CacheFile

    init(gitDir: String) {
        file = CacheFile(gitDir: gitDir, fileName: Self.fileName)
    }

    /// The key of a municipality folder: its name and a hash of its files' paths and blob ids.
    static func key(folder: String, files: [(path: String, objectID: String)], schemas: String) -> String {
        var hasher = ContentHash.Streaming()
        for file in files {
            hasher.add(file.path)
            hasher.add("=")
            hasher.add(file.objectID)
            hasher.add(";")
        }
        return schemas + "|" + folder + "|" + ContentHash.hex(hasher.value) + "|" + String(files.count)
    }

    func lookup(_ key: String) -> [Finding]? {
        file.lookup(key) { (reader) throws(BinaryReader.Failure) in
            var findings: [Finding] = []
            for _ in 0..<(try reader.count()) { findings.append(try FindingCoding.decode(&reader)) }
            return findings
        }
    }

    func record(_ key: String, _ findings: [Finding]) {
        var writer = BinaryWriter()
        writer.unsigned(UInt64(findings.count))
        for finding in findings { FindingCoding.encode(finding, &writer) }
        file.record(key, payload: writer.bytes)
    }

    func persist() { file.persist() }
}
