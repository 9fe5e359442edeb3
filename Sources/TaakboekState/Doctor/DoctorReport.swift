import TaakboekCore

/// What `taakboek doctor` found in a clone, check by check, in a fixed order.
public struct DoctorReport: Sendable, Equatable {
    /// The top of the working tree that was checked.
    public let repository: String
    public let checks: [DoctorCheck]

    public init(repository: String, checks: [DoctorCheck]) {
        self.repository = repository
        self.checks = checks
    }

    /// 0 when every check is in order (or could not apply), 1 when any found something.
    public var exitStatus: ExitStatus { checks.contains { $0.status.isFinding } ? .findings : .clean }

    public func check(_ id: String) -> DoctorCheck? { checks.first { $0.id == id } }

    public func count(_ status: DoctorCheck.Status) -> Int { checks.count { $0.status == status } }
}
