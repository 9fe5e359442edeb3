import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finding a program as the shell does, and the file a path finally names.
enum ExecutableLookup {
    /// What `command -v name` prints: a name with a slash when that file is executable, else the
    /// first executable file of that name in the folders of `searchPath` (PATH's value).
    static func find(_ name: String, searchPath: String?) -> String? {
        let manager = FileManager.default
        if name.contains("/") { return manager.isExecutableFile(atPath: name) ? name : nil }
        for folder in (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = folder + "/" + name
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                manager.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }

    /// The absolute path with every symbolic link resolved (realpath(3)); the path itself when it
    /// cannot be resolved.
    static func resolved(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
