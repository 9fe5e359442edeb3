import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The commands that write (`init`, `new`, `letter new`, `hook install`) stopped at every moment
/// of their run: by SIGKILL (nothing can clean up), SIGINT (a clerk's Ctrl-C) and SIGTERM. After
/// each stop every file the command writes is either absent or whole, byte for byte what an
/// uninterrupted run writes; no temporary file is left anywhere; and running the same command
/// again finishes the job.
@Suite("Writing commands interrupted at any moment", .serialized)
struct InterruptedWriteTests {
    static let initArguments = ["init", "--gemeente", "Aa en Hunze", "--cbs-code", "GM1680", "--provincie", "Drenthe"]
    static let signals: [Int32] = [SIGKILL, SIGINT, SIGTERM]

    /// One stop of a run: the folder it ran in, the signal and when it was sent.
    struct Stop {
        let folder: RecordFolder
        let signal: Int32
        let delay: Double
        var what: String { "\(signal) at \(delay) s" }
    }

    /// Runs `arguments` `tries` times, each in a folder `prepare` makes, stopped after a delay
    /// spread evenly over an uninterrupted run, with each signal in turn. After each stop the
    /// folder must hold only whole files; `then` checks what comes next. The delays must cut
    /// runs short, or the test proves nothing. Returns the files a whole run writes.
    @discardableResult
    static func stopEach(
        _ arguments: [String], tries: Int, in prepare: () throws -> RecordFolder,
        then: (Stop, _ expected: [String: String]) throws -> Void
    ) throws -> [String: String] {
        let (took, reference) = try timed(arguments, in: prepare)
        let expected = try files(in: reference.url)
        var stopped = 0
        for index in 0..<tries {
            let stop = Stop(
                folder: try prepare(), signal: signals[index % signals.count],
                delay: took * Double(index) / Double(tries))
            if try start(["-C", stop.folder.url.path] + arguments, stoppingAfter: stop.delay, with: stop.signal) {
                stopped += 1
            }
            try expectOnlyWholeFiles(in: stop.folder.url, expected: expected, after: stop.what)
            try then(stop, expected)
        }
        #expect(stopped >= tries / 3, "only \(stopped) of \(tries) runs were stopped")
        return expected
    }

    /// `init` in a plain folder: the repository, the records, the schemas, the workflow, the
    /// README and the hook, each of which may be cut off.
    @Test func initStoppedAnywhereLeavesWholeFilesAndFinishesWhenRunAgain() throws {
        let arguments = Self.initArguments
        let expected = try Self.stopEach(arguments, tries: 60, in: { try RecordFolder() }) { stop, expected in
            let folder = stop.folder.url
            // libgit2 writes .git/config through a lock file. Ctrl-C and SIGTERM wait until it is
            // done; only SIGKILL can leave the lock, and then the next run says what to do.
            let locks = try Self.everything(in: folder).filter { $0.hasPrefix(".git/") && $0.hasSuffix(".lock") }
            if stop.signal == SIGKILL, let lock = locks.first {
                let refused = try Taakboek.run(["-C", folder.path] + arguments)
                #expect(refused.status == 2)
                #expect(refused.stderr.contains("\(lock) bestaat."), "\(refused.stderr)")
                #expect(
                    refused.stderr.contains("verwijder dan \(folder.path)/\(lock) en voer taakboek init opnieuw uit"))
                try FileManager.default.removeItem(at: folder.appendingPathComponent(lock))
            } else {
                #expect(locks.isEmpty, "\(stop.what) left \(locks)")
            }
            let again = try Taakboek.run(["-C", folder.path] + arguments)
            #expect(again.status == 0, "after \(stop.what): \(again.stderr)")
            let written = try stop.signal == SIGKILL ? Self.filesWithoutProbe(in: folder) : Self.files(in: folder)
            #expect(written == expected, "after \(stop.what)")
            let check = try Taakboek.run(["check"], in: folder)
            #expect(check.status == 0, "after \(stop.what): \(check.stdout)\(check.stderr)")
        }
        #expect(expected.count == 14, "\(expected.keys.sorted())")
    }

    /// `new periode`, `new plaatsing`, `letter new` and `hook install` (which replaces its own
    /// hook) in a repository `init` made.
    @Test(arguments: [
        ["new", "periode", "2025-II", "--taakstelling", "12"],
        ["new", "plaatsing", "--datum", "2025-03-14"],
        ["letter", "new", "2025-I", "--datum", "2025-03-10"],
        ["hook", "install"],
    ])
    func oneFileCommandStoppedAnywhereLeavesTheFileWholeOrAbsent(_ arguments: [String]) throws {
        func prepared() throws -> RecordFolder {
            let folder = try RecordFolder()
            #expect(try Taakboek.run(["-C", folder.url.path] + Self.initArguments).status == 0)
            #expect(try Taakboek.run(["new", "periode", "2025-I", "--taakstelling", "10"], in: folder.url).status == 0)
            return folder
        }
        try Self.stopEach(arguments, tries: 12, in: prepared) { stop, expected in
            // Stopped before the file got its name: the same command writes it. (Run again after
            // the file is there, `new plaatsing` would rightly add a second placement.)
            guard try Self.files(in: stop.folder.url) != expected else { return }
            let again = try Taakboek.run(["-C", stop.folder.url.path] + arguments)
            #expect(again.status == 0, "after \(stop.what): \(again.stderr)")
            #expect(try Self.files(in: stop.folder.url) == expected, "after \(stop.what)")
        }
    }

    // MARK: - Helpers

    /// Seconds an uninterrupted run takes from start to exit, started as the stopped runs are:
    /// the shortest of three (the first, with a cold cache, is often much longer), each in a
    /// folder made by `prepare`. The last folder is returned with its figure.
    static func timed(_ arguments: [String], in prepare: () throws -> RecordFolder) throws -> (Double, RecordFolder) {
        var shortest = Double.infinity
        var folder = try prepare()
        for attempt in 0..<3 {
            if attempt > 0 { folder = try prepare() }
            let start = ContinuousClock.now
            let ending = try wait(for: launch(["-C", folder.url.path] + arguments))
            #expect(ending == .exited(0))
            let elapsed = ContinuousClock.now - start
            shortest = min(shortest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return (shortest, folder)
    }

    /// Starts the binary, sends `signal` after `delay` seconds and waits for it: true when the
    /// signal ended it, false when it had finished first.
    static func start(_ arguments: [String], stoppingAfter delay: Double, with signal: Int32) throws -> Bool {
        let process = try launch(arguments)
        usleep(useconds_t(delay * 1_000_000))
        kill(process, signal)
        return try wait(for: process) == .signalled(signal)
    }

    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Starts the binary with its output discarded and SIGINT and SIGTERM unblocked, at their
    /// default action: the test runner's threads block most signals, and a child inherits that
    /// mask, so Foundation's `Process` would start a taakboek that Ctrl-C cannot stop.
    static func launch(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([Taakboek.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var process = pid_t()
        let result = posix_spawn(&process, Taakboek.binary.path, &actions, &attributes, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        return process
    }

    static func wait(for process: pid_t) throws -> Ending {
        var status: Int32 = 0
        while waitpid(process, &status, 0) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EINVAL) }
        }
        // WIFSIGNALED and friends are macros Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// Every file taakboek writes in the folder, by relative path: all outside `.git`, and the
    /// hook inside it, with its permission bits.
    static func files(in folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in try everything(in: folder) where !path.hasPrefix(".git/") || path == ".git/hooks/pre-commit" {
            let url = folder.appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let permissions = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
            result[path] = permissions + " " + (try String(contentsOf: url, encoding: .utf8))
        }
        return result
    }

    /// Every path under the folder, `.git` included.
    static func everything(in folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }
    }

    /// What must hold after a stop: each file there is one an uninterrupted run writes, whole,
    /// and no temporary file is left, in `.git` neither. The one exception is libgit2's: creating
    /// a repository, it tries a symbolic link in the working tree with an empty file
    /// `_git2_XXXXXX` that it removes at once; only SIGKILL can come in between.
    static func expectOnlyWholeFiles(in folder: URL, expected: [String: String], after what: String) throws {
        let leftovers = try everything(in: folder).filter {
            ($0 as NSString).lastPathComponent.hasPrefix(".taakboek-")
        }
        #expect(leftovers.isEmpty, "temporary files left after \(what): \(leftovers)")
        for (path, content) in try files(in: folder) where !(what.hasPrefix("\(SIGKILL) ") && isProbe(path, content)) {
            #expect(expected[path] == content, "\(path) after \(what) is not what a whole run writes")
        }
    }

    /// libgit2's empty probe file in the top folder (see `expectOnlyWholeFiles`).
    static func isProbe(_ path: String, _ content: String) -> Bool {
        path.hasPrefix("_git2_") && !path.contains("/") && content.hasSuffix(" ")
            && content.split(separator: " ").count == 1
    }

    /// `files(in:)` without libgit2's probe file, which a SIGKILL may have left.
    static func filesWithoutProbe(in folder: URL) throws -> [String: String] {
        try files(in: folder).filter { !isProbe($0.key, $0.value) }
    }
}
