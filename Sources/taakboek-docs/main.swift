import Foundation
import TaakboekDocs

// taakboek-docs manual [--date JJJJ-MM-DD] < dump.json > taakboek.1
// Reads `taakboek --experimental-dump-help` on stdin and writes the man page (scripts/generate-docs).
let arguments = Array(CommandLine.arguments.dropFirst())
func usage(_ message: String) -> Never {
    FileHandle.standardError.write(
        Data("taakboek-docs: \(message)\ngebruik: taakboek-docs manual --date JJJJ-MM-DD < dump.json\n".utf8))
    exit(2)
}
guard arguments.first == "manual" else { usage("onbekende opdracht") }
guard arguments.count == 3, arguments[1] == "--date", let date = ManualPage.Date(arguments[2]) else {
    usage("geef --date JJJJ-MM-DD")
}
let input = FileHandle.standardInput.readDataToEndOfFile()
do {
    let tool = try JSONDecoder().decode(ToolInfo.self, from: input)
    guard tool.serializationVersion == 0 else {
        usage("onbekende versie \(tool.serializationVersion) van --experimental-dump-help")
    }
    FileHandle.standardOutput.write(Data(ManualPage.render(tool, date: date).utf8))
} catch {
    usage("kan de uitvoer van --experimental-dump-help niet lezen: \(error)")
}
