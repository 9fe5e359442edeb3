import Foundation
import TaakboekCore
import TaakboekGit

/// A moment in the history: a revision (`HEAD~3`, a commit id, a branch) or a date
/// (`2024-07-01`), which stands for the last commit on HEAD's first-parent line made at or before
/// the end of that day (Dutch time).
public enum HistoryPoint {
    public enum Failure: Error, Sendable {
        /// Neither a revision nor a date.
        case unknown(String, GitError)
        /// A date before the first commit.
        case beforeHistory(String, first: String)
        /// The first-parent line stops at a shallow clone's boundary before the date.
        case shallow(String)
        /// The repository has no commit yet: there is no history to name a point in.
        case noCommits
        /// Not found in a shallow clone: it may lie beyond the boundary.
        case notInShallowClone(String, GitError)

        public var message: LocalizedText {
            switch self {
            case .unknown(let spec, let error):
                LocalizedText(
                    nl:
                        "'\(spec)' is geen revisie en geen datum (JJJJ-MM-DD): \(error.message); geef een commit, tak of datum",
                    en:
                        "'\(spec)' is neither a revision nor a date (YYYY-MM-DD): \(error.message); give a commit, branch or date"
                )
            case .beforeHistory(let spec, let first):
                LocalizedText(
                    nl:
                        "op \(spec) bestond de geschiedenis nog niet (de eerste commit is van \(first)); kies een latere datum",
                    en: "on \(spec) there was no history yet (the first commit is from \(first)); choose a later date")
            case .noCommits:
                LocalizedText(
                    nl:
                        "de repository heeft nog geen commits en dus nog geen geschiedenis; leg eerst records vast (taakboek check werkt wel op de werkmap)",
                    en:
                        "the repository has no commits yet and so no history; commit records first (taakboek check does work on the working tree)"
                )
            case .notInShallowClone(let spec, let error):
                LocalizedText(
                    nl:
                        "'\(spec)' is niet gevonden (\(error.message)) en deze kloon is ondiep (shallow); haal meer geschiedenis op met `git fetch --unshallow` (of `git fetch --deepen=<n>`) en probeer opnieuw",
                    en:
                        "'\(spec)' was not found (\(error.message)) and this clone is shallow; fetch more history with `git fetch --unshallow` (or `git fetch --deepen=<n>`) and try again"
                )
            case .shallow(let spec):
                LocalizedText(
                    nl:
                        "de geschiedenis van deze kloon is ondiep (shallow) en reikt niet tot \(spec); haal meer geschiedenis op met git fetch --unshallow",
                    en:
                        "this clone's history is shallow and does not reach back to \(spec); fetch more history with git fetch --unshallow"
                )
            }
        }
    }

    /// Why a revision did not resolve: no commits at all, a shallow clone, or not a revision.
    static func failure(_ spec: String, _ error: GitError, in repository: Repository) -> Failure {
        if (try? repository.isHeadUnborn) == true { return .noCommits }
        if (try? repository.isShallow) == true { return .notInShallowClone(spec, error) }
        return .unknown(spec, error)
    }

    /// The commit a spec stands for. A spec shaped like a date is a date; anything else a revision.
    public static func resolve(_ spec: String, in repository: Repository, from start: String = "HEAD")
        throws(Failure) -> ObjectID
    {
        guard let day = Self.day(spec) else {
            do throws(GitError) {
                return try repository.resolve(spec)
            } catch {
                throw failure(spec, error, in: repository)
            }
        }
        let tip: ObjectID
        do throws(GitError) {
            tip = try repository.resolve(start)
        } catch {
            throw failure(start, error, in: repository)
        }
        let limit = Self.endOfDay(day)
        var current: ObjectID? = tip
        var oldest = ""
        while let id = current {
            guard let commit = try? repository.commit(id) else { throw .shallow(spec) }
            if commit.committer.time.secondsSinceEpoch <= limit { return id }
            oldest = Self.dateText(commit.committer.time.secondsSinceEpoch)
            current = commit.parentIDs.first
            if let parent = current, (try? repository.isShallow) == true, (try? repository.commit(parent)) == nil {
                throw .shallow(spec)
            }
        }
        throw .beforeHistory(spec, first: oldest)
    }

    /// The day a point stands for: a date's own day, else the day (Dutch time) the commit it
    /// resolved to was made. The figures of a report "as of" a point are as they stood that day.
    public static func day(of spec: String, commit: ObjectID, in repository: Repository) -> PartialDate? {
        if Self.day(spec) != nil { return PartialDate(spec) }
        guard let info = try? repository.commit(commit) else { return nil }
        return PartialDate(dateText(info.committer.time.secondsSinceEpoch))
    }

    /// Year, month and day of a `YYYY-MM-DD` spec that is a real calendar day.
    static func day(_ spec: String) -> DateComponents? {
        let parts = spec.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = dutchTime
        guard let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date)
                == DateComponents(year: year, month: month, day: day)
        else { return nil }
        return components
    }

    /// The first (or, with `end`, the last) second of a `YYYY-MM-DD` day, Dutch time.
    public static func seconds(ofDay text: String, end: Bool) -> Int64? {
        guard let day = day(text), let start = calendar.date(from: day) else { return nil }
        return end ? endOfDay(day) : Int64(start.timeIntervalSince1970)
    }

    /// Seconds since 1970 at the end of the day (23:59:59 Dutch time).
    static func endOfDay(_ day: DateComponents) -> Int64 {
        guard let start = calendar.date(from: day), let next = calendar.date(byAdding: .day, value: 1, to: start) else {
            return 0
        }
        return Int64(next.timeIntervalSince1970) - 1
    }

    /// A commit time as `YYYY-MM-DD` in Dutch time (`DutchTime.dateText`).
    public static func dateText(_ seconds: Int64) -> String { DutchTime.dateText(seconds) }

    static var dutchTime: TimeZone { DutchTime.timeZone }
    static var calendar: Calendar { DutchTime.calendar }
}
