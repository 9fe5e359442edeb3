/// The inputs of the statutory formula that hold for every municipality (art. 29 lid 1
/// Huisvestingswet 2014): the national number per half-year and the population of the
/// Netherlands per reference date, from `schemas/landelijk.yaml`. Like the placement kinds they
/// are data with sources, versioned like the records, so a new national number is a commit of one
/// line rather than a release.
public struct NationalFigures: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case peildatum_inwoners, halfjaren, inwoners_nederland
    }

    public enum ReferenceDateField: String, CaseIterable, Sendable {
        case jaren_voor_halfjaar, bron
    }

    public enum HalfYearField: String, CaseIterable, Sendable {
        case landelijk, eerder, bron
    }

    public enum EarlierField: String, CaseIterable, Sendable {
        case landelijk, bron
    }

    public enum PopulationField: String, CaseIterable, Sendable {
        case aantal, bron
    }

    /// A national number, with the numbers that held for the half-year before it was revised.
    public struct NationalNumber: Sendable {
        public let value: Located<Int>
        /// Earlier numbers for the same half-year, oldest first (2025-I: 17,700 before 15,000).
        public let earlier: [Located<Int>]
        public let source: String?
    }

    public let path: String
    /// The population figures are those of 1 January, this many years before the half-year's year.
    public let yearsBeforeHalfYear: Int
    public let numbers: [PeriodID: NationalNumber]
    /// The population of the Netherlands by reference date (`2023-01-01`).
    public let populations: [String: Located<Int>]

    public init(path: String, root: YAMLNode?) {
        self.path = path
        let reader = FieldReader<Field>(path: path, node: root)
        yearsBeforeHalfYear =
            reader.nested(.peildatum_inwoners, as: ReferenceDateField.self)?.integer(.jaren_voor_halfjaar)?.value ?? 1
        var numbers: [PeriodID: NationalNumber] = [:]
        for pair in reader.entries(.halfjaren) {
            guard let period = PeriodID(pair.key) else { continue }
            let entry = FieldReader<HalfYearField>(path: path, node: pair.value)
            guard let value = entry.integer(.landelijk) else { continue }
            numbers[period] = NationalNumber(
                value: value,
                earlier: entry.sequence(.eerder).compactMap {
                    FieldReader<EarlierField>(path: path, node: $0).integer(.landelijk)
                },
                source: entry.text(.bron)?.value)
        }
        self.numbers = numbers
        var populations: [String: Located<Int>] = [:]
        for pair in reader.entries(.inwoners_nederland) {
            if let count = FieldReader<PopulationField>(path: path, node: pair.value).integer(.aantal) {
                populations[pair.key] = count
            }
        }
        self.populations = populations
    }

    /// The CBS reference date of a half-year's populations, as `YYYY-01-01`.
    public func populationReferenceDate(of period: PeriodID) -> String {
        let year = period.year - yearsBeforeHalfYear
        return "\(year)-01-01"
    }

    /// The population of the Netherlands on the half-year's reference date, when the file has it.
    public func population(for period: PeriodID) -> Located<Int>? {
        populations[populationReferenceDate(of: period)]
    }
}
