import TaakboekCore

/// A record must be a small UTF-8 text file that taakboek can read; LF and CRLF line ends read alike.
public struct FileReadableRule: FileRule {
    public init() {}

    public static let description = RuleDescription(
        id: "TB100", category: .structure,
        name: LocalizedText(nl: "leesbaar tekstbestand", en: "readable text file"),
        severity: .error,
        summary: LocalizedText(
            nl:
                "Een record is een leesbaar UTF-8-tekstbestand met LF- of CRLF-regeleinden (één soort per bestand), zonder BOM, niet leeg, niet groter dan 1 MiB en geen symbolische koppeling.",
            en:
                "A record is a readable UTF-8 text file with LF or CRLF line ends (one kind per file), no BOM, not empty, at most 1 MiB and not a symbolic link."
        ),
        rationale: LocalizedText(
            nl:
                "Records worden in elke editor bewerkt en door git vergeleken. Andere coderingen, gemengde regeleinden of een BOM maken verschillen onleesbaar en kunnen door editors anders worden gelezen; CRLF (zoals Git for Windows een bestand uitcheckt) wordt gelezen als gewoon regeleinde, zoals YAML het leest. Symbolische koppelingen worden nooit gevolgd: ze kunnen naar iets buiten de repository wijzen. Oplossing: sla het bestand op als UTF-8 zonder BOM met één soort regeleinden.",
            en:
                "Records are edited in any editor and compared by git. Other encodings, mixed line ends or a BOM make diffs unreadable and may be read differently by editors; CRLF (how Git for Windows checks a file out) is read as a plain line break, as YAML reads it. Symbolic links are never followed: they may point outside the repository. Fix: save the file as UTF-8 without BOM with one kind of line end."
        ),
        triggering: [
            RuleExample([(ExampleRecords.municipalityPath, .bytes([]))]),
            RuleExample([(ExampleRecords.municipalityPath, .text("↓\u{FEFF}naam: Voorbeeld\n"))]),
            RuleExample([
                (ExampleRecords.municipalityPath, .bytes(Array("naam: Voorbeeld\ncbs_code: GM".utf8) + [0xC3, 0x28]))
            ]),
            RuleExample([(ExampleRecords.municipalityPath, .symbolicLink)]),
            // Mixed line ends, and a lone CR: a warning where the odd line end is.
            RuleExample(
                [(ExampleRecords.municipalityPath, .text("naam: Voorbeeld\r\ncbs_code: GM9999↓\nprovincie: Drenthe\r\n"))],
                severity: .warning),
            RuleExample(
                [(ExampleRecords.municipalityPath, .text("naam: Voorbeeld↓\rcbs_code: GM9999\rprovincie: Drenthe\r"))],
                severity: .warning),
        ],
        nonTriggering: [
            RuleExample([ExampleRecords.municipality]),
            RuleExample([
                (
                    ExampleRecords.municipalityPath,
                    .bytes(Array("naam: Voorbeeld\r\ncbs_code: GM9999\r\nprovincie: Drenthe\r\n".utf8))
                )
            ]),
            RuleExample([
                (ExampleRecords.municipalityPath, "naam: Gemeente met één ë\ncbs_code: GM9999\nprovincie: Drenthe\n")
            ]),
        ])

    public func check(file: RecordFile) -> [Finding] {
        parseProblemFindings(.file, in: file)
    }
}
