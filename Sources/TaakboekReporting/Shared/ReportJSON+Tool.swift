import JSON

extension ReportJSON {
    /// The JSON report's `tool` block: name, version, and the build (commit, libgit2).
    static func tool(_ tool: ToolBuild) -> JSONObject {
        var object = JSONObject([("name", "taakboek"), ("version", .string(tool.version))])
        for (key, value) in toolBuild(tool) { object[key] = value }
        return object
    }

    /// The build: `commit` (only when known: a development build has none) and `libgit2`.
    static func toolBuild(_ tool: ToolBuild) -> JSONObject {
        var object = JSONObject()
        if let commit = tool.commit { object["commit"] = .string(commit) }
        object["libgit2"] = .string(tool.libgit2)
        return object
    }
}
