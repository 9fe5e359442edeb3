import Foundation
import TaakboekRules

/// Writes seed inputs for this harness: the companion files and every file of every rule's
/// examples, each behind the selector letter of the file it would replace (run the harness with
/// `TAAKBOEK_FUZZ_EXPORT_SEEDS=<folder>`; `scripts/fuzz seed` does).
enum SeedExport {
    static func write(to folder: String) {
        var seeds: [String: [UInt8]] = [:]
        func add(_ path: String, _ bytes: [UInt8]) {
            guard let file = FuzzedFile.allCases.first(where: { $0.matches(path) }) else { return }
            let seed = Array(String(file.selector).utf8) + bytes
            seeds[Self.name(of: seed)] = seed
        }
        for file in Companions.files { add(file.path, Array(file.text.utf8)) }
        for description in RuleRegistry.descriptions {
            for example in description.triggering + description.nonTriggering {
                for (path, content) in example.files + example.baseFiles {
                    switch content {
                    case .text(let text):
                        add(path, Array(text.replacingOccurrences(of: String(RuleExample.marker), with: "").utf8))
                    case .bytes(let bytes): add(path, bytes)
                    case .symbolicLink: break
                    }
                }
            }
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, seed) in seeds {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(seed))
        }
        print("wrote \(seeds.count) seeds to \(folder)")
    }

    /// A stable name from the content (FNV-1a), so exporting again adds no duplicates.
    static func name(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "example-" + String(hash, radix: 16)
    }
}

extension FuzzedFile {
    /// Whether a file at `path` is of the kind this case stands for.
    func matches(_ path: String) -> Bool {
        switch self {
        case .period: path.contains("/perioden/")
        case .placement: path.contains("/plaatsingen/")
        case .correction: path.contains("/correcties/")
        case .letter: path.contains("/brieven/")
        case .municipality: path.hasSuffix("/gemeente.yaml")
        case .placementKinds: path == "schemas/soorten.yaml"
        case .periodSchema: path.hasSuffix(".schema.json")
        }
    }
}
