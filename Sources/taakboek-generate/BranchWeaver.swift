/// Turns the executed edits into commits on `main`, about one in twenty of them a merge: at
/// evenly spaced points, the next few edits of one municipality go to a short side branch while
/// edits of the other municipalities continue on `main`; a merge commit then joins the branch.
/// The two lines never touch the same municipality, so the merges have no conflicts.
struct BranchWeaver {
    private static let sideRef = "refs/heads/zijtak"
    private var mainTip: Int
    /// The tree of `main` (path → blob mark), to know which deletions a merge must repeat.
    private var tree: [String: Int]
    private let mergeCount: Int
    private var random: SeededRandom
    private var turn = 0

    init(root: Int, tree: [String: Int], mergeCount: Int, seed: UInt64) {
        mainTip = root
        self.tree = tree
        self.mergeCount = mergeCount
        random = SeededRandom(seed: seed ^ 0x4D45_5247, stream: 0)
    }

    mutating func weave(_ edits: [HistoryGenerator.CommitEdit], writer: inout FastImportWriter) {
        var mergesLeft = mergeCount
        // Merge m starts at the first edit from (m + ½) · edits / merges on.
        func start(ofMerge number: Int) -> Int {
            mergeCount > 0 ? (2 * number + 1) * edits.count / (2 * mergeCount) : Int.max
        }
        var index = 0
        while index < edits.count {
            // A merge starts at its place, or now when only as many edits are left as merges.
            let due = index >= start(ofMerge: mergeCount - mergesLeft) || edits.count - index <= mergesLeft
            guard mergesLeft > 0, due else {
                commitOnMain(edits[index], writer: &writer)
                index += 1
                continue
            }
            let municipality = edits[index].municipality
            // Behind schedule (a previous branch ran long): a one-commit branch catches up.
            let behind = index >= start(ofMerge: mergeCount - mergesLeft + 1)
            let wanted = behind ? 1 : random.between(2, 4)
            let lastAllowed = edits.count - mergesLeft  // every later merge needs one edit of its own
            var side: [Int] = [index]
            // taakboek compares a merge with its first parent and expects each changed figure to
            // be covered by one correction, so a branch corrects a period at most once.
            var corrected: Set<PeriodID> = []
            if let period = edits[index].corrects { corrected.insert(period) }
            var scan = index + 1
            while side.count < wanted && scan <= lastAllowed && scan < index + 40 {
                if edits[scan].municipality == municipality {
                    if let period = edits[scan].corrects {
                        if corrected.contains(period) { break }
                        corrected.insert(period)
                    }
                    side.append(scan)
                }
                scan += 1
            }
            let end = side.last ?? index
            weaveBranch(edits, from: index, through: end, side: Set(side), writer: &writer)
            mergesLeft -= 1
            index = end + 1
        }
        writer.reset(ref: Self.sideRef, to: nil)
    }

    private mutating func weaveBranch(
        _ edits: [HistoryGenerator.CommitEdit], from start: Int, through end: Int,
        side: Set<Int>, writer: inout FastImportWriter
    ) {
        var sideTip = mainTip
        var net: [String: Int?] = [:]
        var order: [String] = []
        for index in start...end {
            let edit = edits[index]
            guard side.contains(index) else {
                commitOnMain(edit, writer: &writer)
                continue
            }
            let mark = writer.newMark()
            writer.beginCommit(
                ref: Self.sideRef, mark: mark, author: author(for: edit), time: edit.time,
                message: edit.message + "\n", from: sideTip)
            for operation in edit.operations {
                writer.operation(operation)
                let (path, value): (String, Int?) = {
                    switch operation {
                    case let .modify(path, mark): return (path, mark)
                    case let .delete(path): return (path, nil)
                    }
                }()
                if net[path] == nil { order.append(path) }
                net[path] = .some(value)
            }
            writer.endCommit()
            sideTip = mark
        }
        let municipality = edits[start].municipality
        let folder = "gemeente-\(Text.padded(municipality + 1, 4))"
        let last = edits[end].time
        let following = end + 1 < edits.count ? edits[end + 1].time : last.adding(seconds: 7200)
        let gap = max(1, min(1200, (following.localSeconds - last.localSeconds) / 2))
        let mark = writer.newMark()
        writer.beginCommit(
            ref: "refs/heads/main", mark: mark, author: .coordinator, time: last.adding(seconds: gap),
            message:
                "Tak met wijzigingen van \(folder) samengevoegd (\(side.count == 1 ? "1 commit" : "\(side.count) commits"))\n",
            from: mainTip, merge: sideTip)
        for path in order {
            guard let value = net[path] else { continue }
            if let blob = value {
                writer.operation(.modify(path: path, mark: blob))
                tree[path] = blob
            } else if tree[path] != nil {
                writer.operation(.delete(path: path))
                tree[path] = nil
            }
        }
        writer.endCommit()
        mainTip = mark
    }

    mutating func commitOnMain(_ edit: HistoryGenerator.CommitEdit, writer: inout FastImportWriter) {
        let mark = writer.newMark()
        writer.beginCommit(
            ref: "refs/heads/main", mark: mark, author: author(for: edit), time: edit.time,
            message: edit.message + "\n", from: mainTip)
        for operation in edit.operations {
            writer.operation(operation)
            switch operation {
            case let .modify(path, blob): tree[path] = blob
            case let .delete(path): tree[path] = nil
            }
        }
        writer.endCommit()
        mainTip = mark
    }

    private mutating func author(for edit: HistoryGenerator.CommitEdit) -> Author {
        turn += 1
        return Author.clerk(ofMunicipality: edit.municipality + 1, turn: random.below(3) == 0 ? turn : 0)
    }
}
