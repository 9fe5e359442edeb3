import Foundation

/// Where an outside suite or schema set the tests judge by is read from, without copying it into
/// the package: the folder in an environment variable when set, else `shared/<name>` beside the
/// checkout (in any parent folder of the calling test's file). Nil when neither holds what the
/// test needs; the test then says it was skipped.
public enum SharedFolder {
    public static func locate(
        variable: String, name: String, from file: String = #filePath, isComplete: (URL) -> Bool
    ) -> URL? {
        var candidates: [URL] = []
        if let folder = ProcessInfo.processInfo.environment[variable], !folder.isEmpty {
            candidates.append(URL(fileURLWithPath: folder))
        }
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            candidates.append(url.appendingPathComponent("shared/" + name))
        }
        return candidates.first(where: isComplete)
    }
}
