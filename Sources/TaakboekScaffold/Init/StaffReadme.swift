/// The README `taakboek init` writes for the staff who keep the records: Dutch, short, and about
/// the daily work (a placement, a new period, closing a period, a correction, a letter, what the
/// checker says), with the municipality's own folder in every example.
public enum StaffReadme {
    public static func text(for municipality: MunicipalityInput) -> String {
        let folder = "records/\(municipality.folder)"
        return """
            # Taakstelling huisvesting statushouders \(municipality.name)

            Deze repository houdt de taakstelling huisvesting statushouders van de gemeente \
            \(municipality.name) bij: per halfjaar de cijfers, de plaatsingen, de correcties en de \
            raadsinformatiebrieven, als kleine tekstbestanden. Het programma `taakboek` schrijft nieuwe \
            records en controleert ze: de rekensom, het doorschuiven van de achterstand, welke \
            plaatsingen meetellen, de correcties, de cijfers in de brieven en privacy.

            ## Waar staat wat

            ```
            \(folder)/gemeente.yaml                    naam, CBS-code en provincie
            \(folder)/perioden/2025-I.yaml             één halfjaar: JJJJ-I (jan–jun) of JJJJ-II (jul–dec)
            \(folder)/plaatsingen/2025-I/<naam>.yaml   één plaatsing, in de map van haar halfjaar
            \(folder)/correcties/<naam>.yaml           een correctie van een afgesloten periode
            \(folder)/brieven/<naam>.md                een raadsinformatiebrief
            schemas/                                   de regels voor elk soort record (niet aanpassen)
            ```

            Elk record begint met een regel `# yaml-language-server: $schema=…`: editors zoals VS Code \
            controleren daarmee al tijdens het typen. Laat die regel staan.

            ## Eenmalig op een nieuwe computer

            Na `git clone` van deze repository: `taakboek hook install`. Dan controleert git bij elke \
            commit wat er wordt vastgelegd en houdt een commit met fouten tegen.

            ## Een plaatsing vastleggen

            ```sh
            taakboek new plaatsing --datum 2025-03-14 --soort regulier --personen 3
            ```

            Dit schrijft `\(folder)/plaatsingen/2025-I/2025-03-14-regulier.yaml` en zegt wat er nog \
            moet worden ingevuld. Soorten: `regulier`, `har` (hotel- en accommodatieregeling), \
            `nareiziger`, `doorstroom` (verhuizing uit de HAR; telt niet opnieuw, vul `uit` in), \
            `amv_kso` (Nidos kleinschalig; vul `leeftijd_15_plus` in), `amv_coa_kleinschalig`, `amv_pleeggezin`, \
            `amv_18_zelfstandig` (een minderjarige die op 18 eigen woonruimte krijgt); welke meetellen staat in \
            `schemas/soorten.yaml`. Is de dag niet bekend, schrijf dan alleen de maand: `--datum 2025-03`. \
            Met `--locatie` en `--naam` kiest u de locatie en de bestandsnaam.

            ## Een nieuw halfjaar beginnen

            ```sh
            taakboek new periode 2025-II --taakstelling 34
            ```

            De achterstand aan het begin wordt overgenomen van het eind van het vorige halfjaar als die \
            bekend is; anders staat er een lege regel met uitleg.

            ## Een halfjaar afsluiten

            Open `\(folder)/perioden/<periode>.yaml` en vul in:

            ```yaml
            status: afgesloten
            gehuisvest: 41           # personen gehuisvest in dit halfjaar die meetellen
            achterstand_eind: 30     # achterstand_begin + taakstelling − gehuisvest
            ```

            De `achterstand_begin` van het volgende halfjaar is dezelfde achterstand. Een afgesloten \
            halfjaar verandert daarna alleen nog met een correctie.

            ## Een cijfer van een afgesloten halfjaar corrigeren

            ```sh
            taakboek new correctie --periode 2024-II --veld gehuisvest --naar 43 \\
                --reden "Twee nareizigers te laat gemeld." --bron "Bericht van het COA"
            ```

            Pas daarna het cijfer in het halfjaar zelf aan (en wat daaruit volgt, zoals \
            `achterstand_eind`) en leg beide in één commit vast.

            Verandert een taakstelling tijdens het halfjaar zelf (het landelijke aantal wordt verlaagd), \
            leg dat dan ook met een correctie vast: rapporten en brieven tonen tot de datum van de \
            correctie de oude waarde en daarna de nieuwe, met de reden.

            ## Een raadsinformatiebrief

            ```sh
            taakboek letter new 2025-I
            ```

            Dit schrijft een brief in `\(folder)/brieven/` met de tabel en de cijfers uit de records; \
            schrijf de tekst eromheen.

            ## Wat de controle zegt

            `taakboek check` controleert alle records. Een bevinding ziet er zo uit:

            ```
            \(folder)/perioden/2024-II.yaml:8:19: fout [TB201] achterstand_eind klopt niet: …
            ```

            Eerst het bestand, de regel en de kolom, dan de ernst en de regel. Een **fout** moet worden \
            opgelost: de commit wordt tegengehouden. Een **waarschuwing** vraagt om een blik. Een \
            **opmerking** zegt wat niet kon worden gecontroleerd (bijvoorbeeld omdat een cijfer \
            `onbekend` is). `taakboek explain TB201` legt een regel uit, `taakboek rules` noemt ze \
            allemaal. Zonder bevindingen eindigt de uitvoer met `0 fouten, 0 waarschuwingen`.

            Een record dat `taakboek new` net heeft geschreven kan nog lege velden hebben: de controle \
            noemt die, tot ze zijn ingevuld.

            ## Privacy

            Alleen aantallen, plaatsen en data. Nooit namen, BSN, V-nummers, geboortedata of adressen \
            van personen: wat in git staat, blijft in de geschiedenis en in elke kopie.

            ## Meer weten

            De handleiding voor medewerkers (`docs/handleiding.md` bij taakboek) beschrijft dit alles \
            uitgebreider: wat elke melding betekent en hoe u die oplost, en werken op Windows. \
            `taakboek explain <regel>` legt één regel uit, `man taakboek` alle opdrachten.

            ## Pull requests

            `.github/workflows/records.yml` controleert elke pull request en zet een samenvatting van \
            de wijzigingen, met de uitkomst van de controle, op de pagina van de run.

            """
    }
}
