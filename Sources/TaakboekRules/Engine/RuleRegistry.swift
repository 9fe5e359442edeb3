import TaakboekCore

/// Every rule taakboek has, in id order. A constant, not a mutable global: adding a rule means
/// adding it here, and a test checks that ids are unique and every rule has examples.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        FileReadableRule.self,
        YAMLSyntaxRule.self,
        PlainYAMLRule.self,
        NumberNotationRule.self,
        SchemaRule.self,
        SchemaLineRule.self,
        PeriodFileNameRule.self,
        PlacementFolderRule.self,
        UnknownFileRule.self,
        MunicipalityFileRule.self,
        DateExistsRule.self,
        COAFileRule.self,
        BacklogEquationRule.self,
        TotalRule.self,
        StatutoryFormulaRule.self,
        MinorsSubTargetRule.self,
        PeriodSequenceRule.self,
        CarryOverRule.self,
        PlacementCountRule.self,
        DoorstroomOriginRule.self,
        DoorstroomCapacityRule.self,
        PlacementKindRule.self,
        StayLengthRule.self,
        AgeGroupRule.self,
        CorrectionChainRule.self,
        LetterFiguresRule.self,
        BSNRule.self,
        VNumberRule.self,
        ContactDetailsRule.self,
        BirthDateRule.self,
        AddressRule.self,
        COAArithmeticRule.self,
        COATaakstellingRule.self,
        COARealisedRule.self,
    ]

    /// Rules that compare the records with an earlier state (`--base`, `--staged`, `--range`).
    public static let changeRules: [any ChangeRule.Type] = [
        ClosedFigureChangeRule.self,
        DeletedRecordRule.self,
    ]

    /// Every rule's description, tree rules first, in id order.
    public static var descriptions: [RuleDescription] {
        all.map { $0.description } + changeRules.map { $0.description }
    }

    public static func description(id: String) -> RuleDescription? {
        descriptions.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id.caseInsensitiveCompare(id) == .orderedSame }
    }
}
