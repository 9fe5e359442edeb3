/// The kinds of file under `records/`, recognised from their place in the layout:
///
///     records/<gemeente>/gemeente.yaml
///     records/<gemeente>/perioden/<YYYY>-<I|II>.yaml
///     records/<gemeente>/plaatsingen/<YYYY>-<I|II>/<name>.yaml
///     records/<gemeente>/correcties/<name>.yaml
///     records/<gemeente>/coa/<YYYY-MM-DD>.yaml
///     records/<gemeente>/brieven/<name>.md
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case municipality = "gemeente"
    case period = "periode"
    case placement = "plaatsing"
    case correction = "correctie"
    case coa = "coa"
    case letter = "brief"

    /// The schema file that describes this kind, in `schemas/`.
    public var schemaFile: String { "\(rawValue).schema.json" }

    public var displayName: LocalizedText {
        switch self {
        case .municipality: LocalizedText(nl: "gemeente", en: "municipality")
        case .period: LocalizedText(nl: "periode", en: "period")
        case .placement: LocalizedText(nl: "plaatsing", en: "placement")
        case .correction: LocalizedText(nl: "correctie", en: "correction")
        case .coa: LocalizedText(nl: "COA-stand", en: "COA figures")
        case .letter: LocalizedText(nl: "raadsbrief", en: "council letter")
        }
    }
}

/// Where a path stands in the records layout.
public enum RecordPath: Sendable, Hashable {
    case record(RecordKind, municipality: String)
    /// A schema or the placement kinds under `schemas/`: configuration the records are checked with.
    case configuration
    /// Documentation staff may keep beside the records (README.md, .gitkeep): not checked.
    case ignored
    case unknown(hint: LocalizedText)

    /// Reads the path's UTF-8 bytes (this runs for every file of every commit); a path with a
    /// non-ASCII byte is left to `classifyReference(_:)`, the reading this one must agree with.
    public static func classify(_ path: String) -> RecordPath {
        let fast = path.utf8.withContiguousStorageIfAvailable { bytes in
            ASCIIBytes.isASCII(bytes) ? classifyASCII(path, bytes) : nil
        }
        if case .some(.some(let classification)) = fast { return classification }
        return classifyReference(path)
    }

    /// The folders and name of an ASCII path, found by one scan without collecting them.
    private static func classifyASCII(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> RecordPath {
        if bytes.contains(where: ASCIIBytes.isControl) { return .unknown(hint: controlCharacterHint) }
        // The first three slashes (the end when there are fewer) and the last one.
        var slash1 = bytes.count
        var slash2 = bytes.count
        var slash3 = bytes.count
        var slashCount = 0
        var lastSlash = -1
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "/") {
            switch slashCount {
            case 0: slash1 = index
            case 1: slash2 = index
            case 2: slash3 = index
            default: break
            }
            slashCount += 1
            lastSlash = index
        }
        let partCount = slashCount + 1
        let first = 0..<slash1
        if ASCIIBytes.equal(bytes, first, "schemas") { return partCount == 2 ? .configuration : .ignored }
        guard ASCIIBytes.equal(bytes, first, "records"), partCount >= 2 else { return .unknown(hint: layoutHint) }
        let nameRange = (lastSlash + 1)..<bytes.count
        if ASCIIBytes.equal(bytes, nameRange, ".gitkeep") || ASCIIBytes.equal(bytes, nameRange, "README.md")
            || ASCIIBytes.equal(bytes, nameRange, ".gitattributes")
        {
            return .ignored
        }
        let municipality = String(decoding: UnsafeBufferPointer(rebasing: bytes[(slash1 + 1)..<slash2]), as: UTF8.self)
        // The third part ("" when there is none, like the reference).
        let folderRange = partCount > 2 ? (slash2 + 1)..<slash3 : 0..<0
        func folder(is word: StaticString) -> Bool { ASCIIBytes.equal(bytes, folderRange, word) }
        func name(endsWith suffix: StaticString) -> Bool { ASCIIBytes.hasSuffix(bytes, nameRange, suffix) }
        switch partCount {
        case 3 where folder(is: "gemeente.yaml"): return .record(.municipality, municipality: municipality)
        case 4 where folder(is: "perioden") && name(endsWith: ".yaml"):
            return .record(.period, municipality: municipality)
        case 5 where folder(is: "plaatsingen") && name(endsWith: ".yaml"):
            return .record(.placement, municipality: municipality)
        case 4 where folder(is: "correcties") && name(endsWith: ".yaml"):
            return .record(.correction, municipality: municipality)
        case 4 where folder(is: "coa") && name(endsWith: ".yaml"): return .record(.coa, municipality: municipality)
        case 4 where folder(is: "brieven") && name(endsWith: ".md"): return .record(.letter, municipality: municipality)
        default: break
        }
        if name(endsWith: ".yml") { return .unknown(hint: ymlHint) }
        return .unknown(hint: layoutHint)
    }

    /// The Substring-based classification `classify(_:)` replaced: it still reads paths with a
    /// non-ASCII byte, and tests compare the two on every other path.
    static func classifyReference(_ path: String) -> RecordPath {
        if path.utf8.contains(where: ASCIIBytes.isControl) { return .unknown(hint: controlCharacterHint) }
        var parts: [Substring] = []
        parts.reserveCapacity(6)
        var start = path.startIndex
        var index = path.startIndex
        let utf8 = path.utf8
        while index != path.endIndex {
            if utf8[index] == UInt8(ascii: "/") {
                parts.append(path[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        parts.append(path[start...])
        if parts.first == "schemas" { return parts.count == 2 ? .configuration : .ignored }
        guard parts.first == "records", parts.count >= 2 else { return .unknown(hint: layoutHint) }
        let name = parts[parts.count - 1]
        if name == ".gitkeep" || name == "README.md" || name == ".gitattributes" { return .ignored }
        let municipality = String(parts[1])
        if let kind = RecordKind.fitting(depth: parts.count, folder: parts.count > 2 ? parts[2] : "", name: name) {
            return .record(kind, municipality: municipality)
        }
        if name.hasSuffix(".yml") {
            return .unknown(hint: ymlHint)
        }
        return .unknown(hint: layoutHint)
    }

    /// A newline, tab or other control character in a file or folder name: the name cannot be
    /// written on one line of a report, and some systems cannot check it out at all.
    static let controlCharacterHint = LocalizedText(
        nl:
            "de naam bevat een regeleinde, tab of ander stuurteken (hier getoond als \\n, \\t, …); hernoem het bestand of de map zonder",
        en:
            "the name contains a newline, tab or other control character (shown here as \\n, \\t, …); rename the file or folder without it"
    )

    static let ymlHint = LocalizedText(
        nl: "records eindigen op .yaml, niet .yml: hernoem het bestand",
        en: "records end in .yaml, not .yml: rename the file")

    static let layoutHint: LocalizedText = {
        let patterns = RecordKind.allCases.map(\.layout.pattern)
        return LocalizedText(
            nl:
                "dit bestand hoort niet in de indeling van records/ (\(patterns.map(\.nl).joined(separator: ", "))); verplaats of verwijder het",
            en:
                "this file is not part of the records/ layout (\(patterns.map(\.en).joined(separator: ", "))); move or delete it"
        )
    }()
}

extension RecordKind {
    /// The editor line every record starts with, pointing at its schema relative to the file, so
    /// yaml-language-server (VS Code, IntelliJ, Neovim, ...) validates while staff type.
    public static func schemaLine(forPath path: String, kind: RecordKind) -> String {
        // Folders between the file and the repository root (a count of "/", not a split: this
        // runs for every record).
        let depth = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return "# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + "schemas/"
            + kind.schemaFile
    }
}

extension RecordKind {
    /// Whether `text` starts with the schema line for a record at `path` (in a letter: right after
    /// the opening `---`), followed by a newline. Compares bytes without building the line: this
    /// runs for every record of a national repository.
    public static func text(_ text: String, startsWithSchemaLineForPath path: String, kind: RecordKind) -> Bool {
        let depth = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        let schemaFile = kind.schemaFile
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var offset = 0
            func match<Bytes: Sequence<UInt8>>(_ expected: Bytes) -> Bool {
                for byte in expected {
                    guard offset < bytes.count, bytes[offset] == byte else { return false }
                    offset += 1
                }
                return true
            }
            if kind == .letter && !match("---\n".utf8) { return false }
            guard match("# yaml-language-server: $schema=".utf8) else { return false }
            for _ in 0..<depth where !match("../".utf8) { return false }
            return match("schemas/".utf8) && match(schemaFile.utf8) && match("\n".utf8)
        }
        if let fast { return fast }
        let line = (kind == .letter ? "---\n" : "") + schemaLine(forPath: path, kind: kind) + "\n"
        return text.hasPrefix(line)
    }
}
