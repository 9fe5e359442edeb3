import TaakboekCore

/// What was parsed and checked per record file, keyed by its path and git blob id (and the
/// schemas in force): a record whose content is unchanged is neither read nor parsed again.
final class AnalysisCache: Sendable {
    static let fileName = "analysis-v1.cache"
    private let file: CacheFile

    init(gitDir: String) {
        file = CacheFile(gitDir: gitDir, fileName: Self.fileName)
    }

    static func key(path: String, objectID: String, schemas: String) -> String {
        schemas + "|" + path + "|" + objectID
    }

    func lookup(key: String, path: String, objectID: String) -> RecordFile? {
        file.lookup(key) { (reader) throws(BinaryReader.Failure) in
            try AnalysisCoding.decode(path: path, objectID: objectID, &reader)
        }
    }

    func record(key: String, _ analysed: RecordFile) {
        file.record(key, payload: AnalysisCoding.encode(analysed))
    }

    func persist() { file.persist() }
}
