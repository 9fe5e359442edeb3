import TaakboekCore

/// What was parsed and checked per record file, keyed by its path and git blob id (and the
/// schemas in force): a record whose content is unchanged is neither read nor parsed again.
final class AnalysisCache: Sendable {
    static let fileName = "analysis-v2.cache"
    private let file: CacheFile

    init(gitDir: String) {
        file = CacheFile(gitDir: gitDir, fileName: Self.fileName)
    }

    static func key(path: String, objectID: String, schemas: String) -> String {
        schemas + "|" + path + "|" + objectID
    }

    /// Whether an entry is stored under `key` (it may still turn out damaged when decoded).
    func contains(key: String) -> Bool { file.contains(key) }

    func lookup(key: String, path: String, objectID: String) -> RecordFile? {
        file.lookup(key) { (reader) throws(BinaryReader.Failure) in
            try AnalysisCoding.decode(path: path, objectID: objectID, &reader)
        }
    }

    /// Encodes outside the cache file's lock; takes it once for the batch.
    func record(batch: [(key: String, file: RecordFile)]) {
        file.record(batch: batch.map { ($0.key, AnalysisCoding.encode($0.file)) })
    }

    func persist() { file.persist() }
}
