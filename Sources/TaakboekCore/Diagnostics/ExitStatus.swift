/// The exit status every command ends with: 0 clean, 1 findings, 2 usage or I/O error.
public enum ExitStatus: Int32, Sendable {
    case clean = 0
    case findings = 1
    case failure = 2

    /// Errors always fail a check; warnings only with `strict`; notes never.
    public static func of(_ findings: [Finding], strict: Bool) -> ExitStatus {
        let failing = findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? .findings : .clean
    }
}
