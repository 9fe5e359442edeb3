/// Records held in memory: rule examples, tests, and any caller that already has the bytes.
public struct InMemorySource: RecordSource {
    public let origin: String?
    private let stored: [SourceEntry]

    public init(_ entries: [SourceEntry], origin: String? = nil) {
        stored = entries.sorted { $0.path < $1.path }
        self.origin = origin
    }

    public func entries() throws(SourceError) -> [SourceEntry] { stored }
}
