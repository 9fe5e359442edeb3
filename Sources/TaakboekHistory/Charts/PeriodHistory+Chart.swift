import TaakboekCore

extension PeriodHistory {
    /// The history as a chart: the backlog at the end of each period, the taakstelling and the
    /// number housed, over the whole series; unknown figures are gaps.
    public var chart: LineChart {
        let palette = ChartSeries.Style.palette
        return LineChart(
            title: LocalizedText(
                nl: "\(name): achterstand, taakstelling en gehuisvest per periode",
                en: "\(name): backlog, target and housed per period"),
            categories: rows.map(\.period),
            categoryAxis: LocalizedText(nl: "Periode (halfjaar)", en: "Period (half-year)"),
            valueAxis: LocalizedText(nl: "Aantal vergunninghouders", en: "Number of permit holders"),
            series: [
                ChartSeries(
                    key: "eind",
                    name: LocalizedText(
                        nl: "Achterstand aan het eind van de periode", en: "Backlog at the end of the period"),
                    values: rows.map { $0.eind?.value }, style: palette[0]),
                ChartSeries(
                    key: "taakstelling", name: LocalizedText(nl: "Taakstelling", en: "Target (taakstelling)"),
                    values: rows.map { $0.taakstelling?.value }, style: palette[1]),
                ChartSeries(
                    key: "gehuisvest", name: LocalizedText(nl: "Gehuisvest", en: "Housed"),
                    values: rows.map { $0.gehuisvest?.value }, style: palette[2]),
            ])
    }
}
