/// The command-line flags of `taakboek-generate`, parsed by hand (the target has no dependencies).
struct Options: Sendable {
    var municipalities = 3
    var fromYear = 2003
    var toYear = 2025
    var placementsPerPeriod = 4
    /// Corrections per municipality.
    var corrections = 3
    var plantErrors = 0
    var commits = 1
    var seed: UInt64 = 1
    var schemasDirectory = "schemas"

    static let usage = """
        Gebruik: taakboek-generate [opties] | git fast-import
        Schrijft een git fast-import-stroom met een verzonnen records-repository naar stdout.

          --municipalities N          aantal gemeenten (standaard 3, hoogstens 9999)
          --from JAAR                 eerste jaar (standaard 2003)
          --to JAAR                   laatste jaar; de laatste periode JAAR-II is open (standaard 2025)
          --placements-per-period K   plaatsingen per afgesloten periode (standaard 4)
          --corrections C             correcties per gemeente (standaard 3)
          --plant-errors M            M opzettelijke fouten in de eindstand, gemeld op stderr (standaard 0)
          --commits N                 aantal commits (standaard 1: alles in één commit)
          --seed S                    zaad van de toevalsgenerator (standaard 1)
          --schemas MAP               map met de schema's (standaard ./schemas)
          -h, --help                  deze hulp

        """

    enum ParseResult {
        case run(Options)
        case help
        case failure(String)
    }

    static func parse(_ arguments: [String]) -> ParseResult {
        var options = Options()
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            if flag == "-h" || flag == "--help" { return .help }
            guard index + 1 < arguments.count else { return .failure("\(flag) mist een waarde") }
            let value = arguments[index + 1]
            index += 2
            if flag == "--schemas" {
                options.schemasDirectory = value
                continue
            }
            if flag == "--seed" {
                guard let seed = UInt64(value) else { return .failure("--seed verwacht een geheel getal ≥ 0") }
                options.seed = seed
                continue
            }
            guard let number = Int(value) else { return .failure("\(flag) verwacht een geheel getal, niet '\(value)'") }
            switch flag {
            case "--municipalities": options.municipalities = number
            case "--from": options.fromYear = number
            case "--to": options.toYear = number
            case "--placements-per-period": options.placementsPerPeriod = number
            case "--corrections": options.corrections = number
            case "--plant-errors": options.plantErrors = number
            case "--commits": options.commits = number
            default: return .failure("onbekende optie \(flag)")
            }
        }
        if let problem = options.problem { return .failure(problem) }
        return .run(options)
    }

    /// What is wrong with the combination of values, if anything.
    var problem: String? {
        if !(1...9999).contains(municipalities) { return "--municipalities moet tussen 1 en 9999 liggen" }
        if !(1900...2999).contains(fromYear) || !(1900...2999).contains(toYear) {
            return "jaren moeten tussen 1900 en 2999 liggen"
        }
        if fromYear > toYear { return "--from mag niet na --to liggen" }
        if !(0...999).contains(placementsPerPeriod) { return "--placements-per-period moet tussen 0 en 999 liggen" }
        if !(0...99).contains(corrections) { return "--corrections moet tussen 0 en 99 liggen" }
        if plantErrors < 0 { return "--plant-errors mag niet negatief zijn" }
        if !(1...10_000_000).contains(commits) { return "--commits moet tussen 1 en 10000000 liggen" }
        return nil
    }
}
