import Testing

@testable import TaakboekSpreadsheet

/// The XML reader reads the SpreadsheetML subset exactly and refuses everything else with a
/// line, never crashing: on hand-written bad input and on every mutation of a real sheet.
@Suite("XML reader: the SpreadsheetML subset, strictly")
struct XMLReaderTests {
    @Test func elementsAttributesTextEntitiesAndCDATA() throws {
        let root = try XMLReader.parse(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- a comment -->
            <x:sst xmlns:x="urn:x" count='2'><si><t xml:space="preserve"> a &amp; b &lt;c&gt; &quot;&apos; &#233;&#x20AC;</t></si>\
            <si><t><![CDATA[<niet> & gelezen]]></t><?pi skipped?></si><leeg a="1&#10;2	3"/></x:sst>
            """)
        #expect(root.name == "sst")
        #expect(root.attribute("count") == "2")
        #expect(root.elements("si").count == 2)
        #expect(root.elements("si")[0].first("t")?.text == " a & b <c> \"' é€")
        #expect(root.elements("si")[1].first("t")?.text == "<niet> & gelezen")
        #expect(root.first("leeg")?.attribute("a") == "1\n2 3")
    }

    @Test func lineEndsInTextBecomeLF() throws {
        let root = try XMLReader.parse("<t>a\r\nb\rc</t>")
        #expect(root.text == "a\nb\nc")
    }

    static let malformed: [(String, Int)] = [
        ("", 1), ("<a>", 1), ("<a></b>", 1), ("<a><b></a></b>", 1), ("<a/><b/>", 1), ("text<a/>", 1),
        ("<a>&unknown;</a>", 1), ("<a>&#0;</a>", 1), ("<a>&#xD800;</a>", 1), ("<a>& b</a>", 1), ("<a x='1' x='2'/>", 1),
        ("<a x=1/>", 1), ("<a x='<'/>", 1), ("<a x='1'y='2'/>", 1), ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", 1),
        ("<a><![CDATA[open</a>", 1), ("<a><!-- open</a>", 1), ("<a>\n\n<</a>", 3), ("<1a/>", 1), ("<a x='open/>", 1),
        ("<a>\n<b>\n", 3),
    ]

    @Test(arguments: malformed) func malformedInputIsRefusedWithItsLine(input: String, line: Int) {
        #expect {
            try XMLReader.parse(input)
        } throws: { error in
            (error as? XMLError)?.line == line
        }
    }

    @Test func bytesThatAreNotUTF8AreRefused() {
        #expect(throws: XMLError.self) { try XMLReader.parse([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]) }
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(throws: XMLError.self) { try XMLReader.parse(deep) }
        let fine = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
        #expect((try? XMLReader.parse(fine)) != nil)
    }

    /// Fuzz-like: every byte of a real worksheet deleted, duplicated or replaced by one of the
    /// characters the grammar turns on; each result parses or throws an XMLError, nothing else.
    @Test func everyMutationOfARealSheetParsesOrIsRefused() throws {
        let sheet = Array(
            """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="urn:s"><sheetData><row r="1">\
            <c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45717</v></c><c t="inlineStr"><is><t>a&amp;b</t></is></c>\
            </row></sheetData></worksheet>
            """.utf8)
        let specials: [UInt8] = Array("<>&;/='\"![]?-#x ".utf8) + [0x00, 0xC3, 0x80]
        var parsed = 0
        var refused = 0
        for index in sheet.indices {
            var variants: [[UInt8]] = []
            var deleted = sheet
            deleted.remove(at: index)
            variants.append(deleted)
            var doubled = sheet
            doubled.insert(sheet[index], at: index)
            variants.append(doubled)
            for special in specials {
                var replaced = sheet
                replaced[index] = special
                variants.append(replaced)
            }
            for variant in variants {
                do {
                    _ = try XMLReader.parse(variant)
                    parsed += 1
                } catch {
                    refused += 1
                }
            }
        }
        #expect(parsed > 0 && refused > 0)
    }
}
