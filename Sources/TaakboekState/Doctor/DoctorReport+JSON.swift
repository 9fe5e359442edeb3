import JSON
import TaakboekCore

extension DoctorReport {
    /// `--format json`: an array with one object per check, one object per line: `id`, `status`
    /// (`ok`, `warning`, `error` or `skipped`), `message`, `fix` (null when there is nothing to do)
    /// and `details` (the items found), the texts in `language`.
    public func json(in language: Language) -> String {
        let objects = checks.map { check in
            JSONWriter.compact(
                .object(
                    JSONObject([
                        ("id", .string(check.id)), ("status", .string(check.status.rawValue)),
                        ("message", .string(check.message.text(in: language))),
                        ("fix", check.fix.map { .string($0.text(in: language)) } ?? .null),
                        ("details", .array(check.details.map { .string($0.text(in: language)) })),
                    ])))
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }
}
