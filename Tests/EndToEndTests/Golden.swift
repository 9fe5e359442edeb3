import Foundation
import Testing

/// Golden files in Tests/EndToEndTests/Golden. Set TAAKBOEK_UPDATE_GOLDEN=1 to rewrite them after
/// a deliberate change of output, then review the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TAAKBOEK_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: false, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}
