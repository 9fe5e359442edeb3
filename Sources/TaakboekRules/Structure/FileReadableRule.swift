import TaakboekCore

/// A record must be a small UTF-8 text file with LF line ends that taakboek can read.
public struct FileReadableRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB100", category: .structure,
        name: LocalizedText(nl: "leesbaar tekstbestand", en: "readable text file"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een record is een leesbaar UTF-8-tekstbestand met LF-regeleinden, zonder BOM, niet leeg, niet groter dan 1 MiB en geen symbolische koppeling.",
            en:
                "A record is a readable UTF-8 text file with LF line ends, no BOM, not empty, at most 1 MiB and not a symbolic link."
        ),
        rationale: LocalizedText(
            nl:
                "Records worden in elke editor bewerkt en door git vergeleken. Andere coderingen, Windows-regeleinden of een BOM maken verschillen onleesbaar en kunnen door editors anders worden gelezen. Symbolische koppelingen worden nooit gevolgd: ze kunnen naar iets buiten de repository wijzen. Oplossing: sla het bestand op als UTF-8 zonder BOM met LF-regeleinden.",
            en:
                "Records are edited in any editor and compared by git. Other encodings, Windows line ends or a BOM make diffs unreadable and may be read differently by editors. Symbolic links are never followed: they may point outside the repository. Fix: save the file as UTF-8 without BOM with LF line ends."
        ),
        triggering: [
            RuleExample([(ExampleRecords.municipalityPath, .bytes([]))]),
            RuleExample([
                (
                    ExampleRecords.municipalityPath,
                    .bytes(Array("naam: Voorbeeld\r\ncbs_code: GM9999\r\nprovincie: Drenthe\r\n".utf8))
                )
            ]),
            RuleExample([(ExampleRecords.municipalityPath, .text("↓\u{FEFF}naam: Voorbeeld\n"))]),
            RuleExample([
                (ExampleRecords.municipalityPath, .bytes(Array("naam: Voorbeeld\ncbs_code: GM".utf8) + [0xC3, 0x28]))
            ]),
            RuleExample([(ExampleRecords.municipalityPath, .symbolicLink)]),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.municipality]),
            RuleExample([
                (ExampleRecords.municipalityPath, "naam: Gemeente met één ë\ncbs_code: GM9999\nprovincie: Drenthe\n")
            ]),
        ])

    public func check(file: RecordFile) -> [Finding] {
        parseProblemFindings(.file, in: file)
    }
}
