import Foundation

/// The absolute path of the running taakboek, for the hook to call when none is on PATH.
enum RunningBinary {
    static var path: String {
        // On Linux /proc/self/exe names the binary even when it was started through PATH, where
        // arguments[0] is only "taakboek".
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
