import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Parallel reading")
struct ConcurrencyTests {
    @Test func workersOpenTheirOwnRepository() async throws {
        try await withScratchAsync { scratch in
            let repoPath = try scratch.initRepository()
            for number in 0..<50 {
                try scratch.write(
                    "repo/records/r\(number).txt", String(repeating: "record \(number)\n", count: number + 1))
            }
            try scratch.commitAll("records", in: repoPath)

            let repository = try Repository.open(at: repoPath)
            let entries = try repository.listBlobs(inCommit: try repository.resolve("HEAD"), under: "records")
            let expected = try Dictionary(uniqueKeysWithValues: entries.map { ($0.path, try repository.blob($0.id)) })
            let location = repository.location

            let results = try await withThrowingTaskGroup(of: [String: [UInt8]].self) { group in
                for worker in 0..<4 {
                    let mine = entries.enumerated().filter { $0.offset % 4 == worker }.map(\.element)
                    group.addTask {
                        let own = try Repository.open(location)  // one Repository per worker
                        var read: [String: [UInt8]] = [:]
                        for entry in mine { read[entry.path] = try own.blob(entry.id) }
                        return read
                    }
                }
                var merged: [String: [UInt8]] = [:]
                for try await part in group { merged.merge(part) { first, _ in first } }
                return merged
            }
            #expect(results == expected)

            // openAgain hands a fresh, independent handle to another task.
            let again = try repository.openAgain()
            let first = try #require(entries.first)
            let bytes = try await Task.detached { try again.blob(first.id) }.value
            #expect(bytes == expected[first.path])
        }
    }
}
