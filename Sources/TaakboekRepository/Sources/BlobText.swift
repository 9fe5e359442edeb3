import Foundation
import TaakboekCore
import TaakboekGit

/// Re-reads a record's text from git by its blob id, for quoting lines in a report after the
/// loader released it. One repository handle, opened on first use, guarded by a lock.
final class BlobText: @unchecked Sendable {
    private let location: RepositoryLocation
    private let lock = NSLock()
    private var repository: Repository?

    init(location: RepositoryLocation) {
        self.location = location
    }

    func text(of file: RecordFile) -> String? {
        guard let hex = file.objectID, let id = ObjectID(hex: hex) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if repository == nil { repository = try? Repository.open(location) }
        guard let bytes = try? repository?.blob(id) else { return nil }
        return RecordText.decode(bytes).text
    }
}
