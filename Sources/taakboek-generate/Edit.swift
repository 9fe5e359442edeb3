/// A change to one file of the records tree.
enum FileChange: Sendable {
    case write(path: String, content: String)
    case delete(path: String)
}

/// One realistic edit by a clerk: what becomes one commit in the generated history.
struct Edit: Sendable {
    let message: String
    let changes: [FileChange]
    /// For a correction: the period it corrects.
    var corrects: PeriodID? = nil
}
