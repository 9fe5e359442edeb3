// What the sources say of an entry that is not a record file (`SourceEntry.Content.other`).
extension SourceEntry {
    public static let submodule = LocalizedText(
        nl:
            "submodule (een andere git-repository): taakboek leest haar niet; verwijder haar met `git rm` en zet de records zelf hier",
        en:
            "submodule (another git repository): taakboek does not read it; remove it with `git rm` and put the records themselves here"
    )

    public static let folderInsteadOfFile = LocalizedText(
        nl: "dit is een map, maar hier hoort een bestand (een record); hernoem of verwijder de map",
        en: "this is a folder, but a file (a record) belongs here; rename or remove the folder")

    public static let notARegularFile = LocalizedText(
        nl: "geen gewoon bestand (een apparaat, socket of pipe); verwijder het",
        en: "not a regular file (a device, socket or pipe); remove it")

    public static let nestedTooDeeply = LocalizedText(
        nl: "mappen te diep genest (meer dan 32 niveaus); records staan hoogstens drie mappen onder records/",
        en: "folders nested too deeply (over 32 levels); records are at most three folders below records/")
}
