import Foundation
import TaakboekTestSupport
import Testing

@testable import TaakboekCore

/// `FastYAMLReader` may refuse any text, but whatever it reads must be exactly what the Yams path
/// reads, without problems.
@Suite("Reading records without Yams (FastYAML)")
struct FastYAMLReaderTests {
    /// The shipped records (a letter as its front matter, as `RecordLoader` hands it over).
    static let shippedTexts: [(name: String, text: String)] = {
        let folder = RepositoryFiles.root.appendingPathComponent("records")
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var texts: [(name: String, text: String)] = []
        for case let url as URL in walker where ["yaml", "md"].contains(url.pathExtension) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            if url.pathExtension == "md" {
                guard case .success(let split) = FrontMatter.split(text) else { continue }
                texts.append((url.path, split.yaml))
            } else {
                texts.append((url.path, text))
            }
        }
        return texts.sorted { $0.name < $1.name }
    }()

    static let corpus = FastYAMLCorpus.texts(count: 400, seed: 7) + edgeTexts

    /// Corners of the subset: marks after extra spaces, comments and blank lines in odd places,
    /// block scalars in sequences, the ends of lines and texts.
    static let edgeTexts = [
        "a:\n  -   b: 1\n      c: 2\n  - x\n", "a:\n - x\n - y\nb: 1\n", "a: 1\n\n\n# c\n   # d\nb: 2",
        "a:\n  # c\n  b: 1\n", "a: # c\n  b: 1\n", "a: >-\n  x\n# c\nb: 1\n", "a: >-\n  x\n # c\nb: 1\n",
        "a: |\n   x\n   y\nb: 1\n", "a:\n  - >-\n    x\n  - |\n    y\n", "a: {b: 1}   # c\n", "a: 'x' # c\n",
        "a: \"\" \n", "a: ''\n", "k: " + String(repeating: "v", count: 2000) + "\n",
        String(repeating: "k", count: 200) + ": v\n", "a:  x  \n", "a: x\n  \n",
        "a:\n  b:\n    c:\n      d: 1\n  e: 2\n",
        "a: 1\nb:\n  - c: 1\n    d:\n      - 2\n", "a: -#\n", "a: x#y\n", "a: \u{A0}x\u{A0}\n", "a: 'x''''y'\n",
        "a: \"x\\\\\\\"y\"\n", "a: {b: -1,c: .5 , d: +2}\n", "a: >\n  x\n", "a: |-\n  x\n",
        "a: >-\n  x\n  # not a comment\n", "a:\n  - x\n  -\n", "a: 1\n# end", "a: x\n\n",
    ]

    @Test func shippedRecordsAreThere() {
        #expect(Self.shippedTexts.count >= 5)
    }

    @Test func readsWhatYamsReadsForShippedAndGeneratedRecords() {
        var compared = 0
        for (name, text) in Self.shippedTexts + Self.corpus.map({ ("corpus", $0) }) {
            guard let fast = FastYAMLReader.read(text) else { continue }
            compared += 1
            let slow = YAMLLoader.loadWithYams(text)
            #expect(slow.problems.isEmpty, "\(name): Yams reports \(slow.problems.map(\.message.en))")
            guard let root = slow.root else {
                Issue.record("\(name): Yams reads no root\n\(text)")
                continue
            }
            if let difference = FastYAMLComparison.difference(fast, root) {
                Issue.record("\(name): \(difference)\n\(text)")
            }
        }
        #expect(compared > 300)
    }

    @Test func acceptsEveryRecordShape() {
        for (name, text) in Self.shippedTexts {
            #expect(FastYAMLReader.read(text) != nil, "\(name) falls back to Yams")
        }
        for text in FastYAMLCorpus.recordShapes(seed: 11) {
            #expect(FastYAMLReader.read(text) != nil, "falls back to Yams:\n\(text)")
        }
    }

    @Test func refusesWhatItDoesNotKnow() {
        let refused = [
            "", "# only a comment\n", "a: 1\r\n", "a:\t1\n", "\u{FEFF}a: 1\n", "a: [1, 2]\n", "a: &x 1\n",
            "a: *x\n", "a: !t 1\n", "? a\n: 1\n", "---\na: 1\n", "a: 1\n...\n", "a: b: c\n", "a: b:\n", "a:\n",
            "a: 1\na: 2\n", "a: 1\n b: 2\n", "a: 'x\n  y'\n", "a: x\n  y\n", "'a': 1\n", "a: \"\\u00e9\"\n",
            "a: >\n  x\n\n  y\n", "a: |+\n  x\n", "a: @x\n", "a: `x\n", "a: %x\n", "a:\n- x\n", " a: 1\n",
            "a: 1 # c\n  # c\n b: 2\n", "a: {b: 1, b: 2}\n", "a: {b: [1]}\n", "a: 1\u{85}\n", "a: x\u{2028}y\n",
        ]
        for text in refused {
            #expect(FastYAMLReader.read(text) == nil, "read: \(text.debugDescription)")
        }
    }

    @Test func columnsCountCharacters() throws {
        let text = "a:\n  - 'Één' \n  - b: \"café\"\n    c: {d: -1}\nopmerking: >-\n  Één\n  twee\n"
        let fast = try #require(FastYAMLReader.read(text))
        let slow = try #require(YAMLLoader.loadWithYams(text).root)
        #expect(FastYAMLComparison.difference(fast, slow) == nil)
        #expect(fast["opmerking"]?.scalar?.text == "Één twee")
    }

    /// Mutants of the corpus: whenever the fast reader reads one, Yams must read the same node
    /// without problems.
    @Test func mutantsAreReadAsYamsReadsThemOrRefused() {
        var random = FastYAMLCorpus.Random(seed: 2024)
        let sources = Self.shippedTexts.map(\.text) + Self.corpus
        var accepted = 0
        var failures = 0
        let mutants = 20000
        for _ in 0..<mutants {
            var text = random.pick(sources)
            for _ in 0..<(1 + random.next(3)) { text = FastYAMLCorpus.mutate(text, &random) }
            guard let fast = FastYAMLReader.read(text) else { continue }
            accepted += 1
            let slow = YAMLLoader.loadWithYams(text)
            var failure: String?
            if !slow.problems.isEmpty {
                failure = "Yams reports \(slow.problems.map(\.message.en))"
            } else if let root = slow.root {
                failure = FastYAMLComparison.difference(fast, root)
            } else {
                failure = "Yams reads no root"
            }
            if let failure {
                failures += 1
                if failures <= 10 { Issue.record("\(failure)\n\(text.debugDescription)") }
            }
        }
        #expect(failures == 0)
        // Enough mutants stay readable for the comparison to mean something.
        #expect(accepted > mutants / 5, "only \(accepted) of \(mutants) mutants read")
    }
}
