import Foundation
import TaakboekTestSupport
import Testing

/// The layering in `docs/architecture.md` is the one `Package.swift` declares, and no source file
/// imports a target its row does not allow.
@Suite("Architecture: who may import whom")
struct ArchitectureTests {
    static let root = RepositoryFiles.root

    /// `docs/architecture.md`'s table: target → the targets it may import.
    static func documented() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var rows: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 4 else { continue }
            let name = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            rows[name] = Set(names(in: cells[3]))
        }
        return rows
    }

    /// The names between backticks.
    static func names(in text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
    }

    /// `Package.swift`'s targets (not test targets) with their dependencies among the package's
    /// own targets, read from its text: each `.target(`, `.executableTarget(` or
    /// `.systemLibrary(` up to the next target, its `name:` and the quoted names in its
    /// `dependencies: [ … ]`. (`swift package dump-package` would wait on the build's lock while
    /// the tests run.)
    static func declared() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        // Comments out, so a name in a comment is not read as a dependency.
        let code = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\n")
        let kinds = [".target(", ".executableTarget(", ".systemLibrary(", ".testTarget("]
        var starts: [(String.Index, String)] = []
        for kind in kinds {
            var from = code.startIndex
            while let found = code.range(of: kind, range: from..<code.endIndex) {
                starts.append((found.lowerBound, kind))
                from = found.upperBound
            }
        }
        starts.sort { $0.0 < $1.0 }
        var result: [String: Set<String>] = [:]
        for (offset, (start, kind)) in starts.enumerated() where kind != ".testTarget(" {
            let end = offset + 1 < starts.count ? starts[offset + 1].0 : code.endIndex
            let body = code[start..<end]
            guard let name = quoted(after: "name:", in: body) else { continue }
            var dependencies: Set<String> = []
            if let open = body.range(of: "dependencies: [") {
                var depth = 1
                var index = open.upperBound
                var list = ""
                while index < body.endIndex && depth > 0 {
                    let character = body[index]
                    if character == "[" { depth += 1 } else if character == "]" { depth -= 1 }
                    if depth > 0 { list.append(character) }
                    index = body.index(after: index)
                }
                // A `.product(name: "Yams", package: "Yams")` is a package's product, not a target:
                // only the quoted names outside `.product( … )` count.
                var outside = ""
                var rest = Substring(list)
                while let product = rest.range(of: ".product(") {
                    outside += rest[..<product.lowerBound]
                    rest = rest[product.upperBound...]
                    if let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
                }
                outside += rest
                dependencies = Set(Self.quotedStrings(in: outside))
            }
            if name != "TaakboekTestSupport" { result[name] = dependencies }
        }
        let own = Set(result.keys)
        return result.mapValues { $0.intersection(own) }
    }

    static func quoted(after label: String, in text: Substring) -> String? {
        guard let found = text.range(of: label) else { return nil }
        return quotedStrings(in: String(text[found.upperBound...])).first
    }

    static func quotedStrings(in text: String) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
    }

    @Test func theDocumentedLayeringIsPackageSwifts() throws {
        let documented = try Self.documented()
        let declared = try Self.declared()
        #expect(Set(documented.keys) == Set(declared.keys))
        for (target, dependencies) in declared {
            #expect(documented[target] == dependencies, "\(target): Package.swift says \(dependencies.sorted())")
        }
    }

    @Test func noSourceImportsATargetItMayNot() throws {
        let allowed = try Self.documented()
        let own = Set(allowed.keys)
        var violations: [String] = []
        for (target, mayImport) in allowed {
            let folder = Self.root.appendingPathComponent("Sources/" + target)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let file = files.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                        words[..<index].allSatisfy({ ["@testable", "internal", "public", "@_exported"].contains($0) })
                    else { continue }
                    let module = String(words[index + 1])
                    if own.contains(module) && module != target && !mayImport.contains(module) {
                        violations.append("Sources/\(target)/\(file) imports \(module)")
                    }
                }
            }
        }
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }
}
