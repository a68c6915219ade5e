using System.Globalization;
using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>Builds the context series (FAOSTAT balances, World Bank prices, ERS corn costs), the tariff facts and the assumptions.</summary>
internal static class ContextTables
{
    /// <summary>FAOSTAT food-balance items the reports use: maize, beans, wheat, rice, soybeans, sugar, cotton lint, milk.</summary>
    public static readonly int[] FaostatItems = [2511, 2514, 2546, 2555, 2542, 2661, 2807, 2848];

    /// <summary>
    /// World Bank Pink Sheet series the reports use, maize first, with the start of their line in
    /// prices/pinksheet_description.txt (the description is the text up to the first tab).
    /// </summary>
    public static readonly (string Name, string Description)[] PriceSeries =
    [
        ("Maize", "Maize (U.S.)"), ("Wheat, US HRW", "Wheat (U.S.), no. 2 hard red winter"), ("Wheat, US SRW", "Wheat (U.S.), no. 2, soft red winter"),
        ("Rice, Thai 5%", "Rice (Thailand), 5% broken"), ("Soybeans", "Soybeans,"), ("Soybean oil", "Soybean oil,"), ("Soybean meal", "Soybean meal,"),
        ("Sugar, world", "Sugar (World)"), ("Sugar, US", "Sugar (U.S.)"), ("Sugar, EU", "Sugar (EU)"), ("Cotton, A Index", "Cotton"),
        ("Beef", "Beef"), ("Chicken", "Chicken"), ("Barley", "Barley"), ("Sorghum", "Sorghum"), ("Groundnuts", "Groundnuts"),
        ("Palm oil", "Palm oil"), ("Coffee, Arabica", "Coffee, Arabica"), ("Cocoa", "Cocoa"), ("Banana, US", "Bananas"),
    ];

    public static void Write(BuildContext ctx)
    {
        WriteFaostat(ctx);
        WritePrices(ctx);
        WriteCornCosts(ctx);
        WriteDeflators(ctx);
        WriteTariffs(ctx);
        WriteAssumptions(ctx);
    }

    private static void WriteFaostat(BuildContext ctx)
    {
        const string path = "faostat/GCAMFAOSTAT_FBSH_CB.csv.gz";
        var iso = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, row) in ctx.Data.Rows("faostat/AGLU_ctry.csv", skipComments: true))
        {
            var code = row["iso"].ToUpperInvariant();
            iso[row["FAO_country_code"]] = RegionMap.Supplements.TryGetValue(code, out var renamed) && renamed.Length == 1 ? renamed[0] : code;
        }

        var records = ctx.Data.Records(path, skipComments: true);
        var header = records[0].Fields;
        var years = header.Skip(6).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToArray();
        var series = new SortedDictionary<(string Area, int Item, string Element), (string Item, double?[] Values)>(Comparer<(string Area, int Item, string Element)>.Create((a, b) =>
        {
            var byArea = string.CompareOrdinal(a.Area, b.Area);
            return byArea != 0 ? byArea : a.Item != b.Item ? a.Item.CompareTo(b.Item) : string.CompareOrdinal(a.Element, b.Element);
        }));
        var wanted = FaostatItems.ToHashSet();
        foreach (var r in records.Skip(1))
        {
            var item = int.Parse(r.Fields[1], CultureInfo.InvariantCulture);
            if (!wanted.Contains(item))
            {
                continue;
            }

            var area = iso.TryGetValue(r.Fields[0], out var a) ? a
                : throw new CampoException($"FAOSTAT area {r.Fields[0]} ({r.Fields[5]}) has no ISO3 code", "a code in faostat/AGLU_ctry.csv", new SourceLocation(ctx.Data.Label(path), r.Line, 1, "area_code"));
            var values = new double?[years.Length];
            for (var i = 0; i < years.Length; i++)
            {
                var text = r.Fields[6 + i];
                values[i] = text.Length == 0 || text == "NA" ? null : ctx.Data.Number(path, r, 6 + i);
            }

            series[(area, item, r.Fields[3])] = (r.Fields[2], values);
        }

        // Sums over the areas in the file for each year: the world (WLD) and the EU-25 member states (EUN).
        var eu25 = ctx.Eu.Where(p => p.Value.Any(x => x.Contains(RegionMap.EuBaseDate))).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, include) in new (string, Func<string, bool>)[] { ("WLD", _ => true), ("EUN", eu25.Contains) })
        {
            foreach (var group in series.Where(s => s.Key.Area.Length == 3 && include(s.Key.Area) && s.Key.Area is not ("WLD" or "EUN")).GroupBy(s => (s.Key.Item, s.Key.Element)).ToList())
            {
                var sums = new double?[years.Length];
                for (var i = 0; i < years.Length; i++)
                {
                    var present = group.Select(s => s.Value.Values[i]).Where(v => v is not null).ToList();
                    sums[i] = present.Count == 0 ? null : present.Sum();
                }

                series[(code, group.Key.Item, group.Key.Element)] = (group.First().Value.Item, sums);
            }
        }

        var table = new CsvWriter();
        table.Row(["area", "item_code", "item", "element", .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        foreach (var ((area, item, element), (name, values)) in series)
        {
            if (values.All(v => v is null or 0))
            {
                continue;
            }

            table.Row([area, item.ToString(CultureInfo.InvariantCulture), name, element, .. values.Select(v => CsvWriter.Fixed(v, 0))]);
        }

        ctx.Save(DatasetFiles.Faostat, table);
    }

    private static void WritePrices(BuildContext ctx)
    {
        const string path = "prices/pinksheet_annual_nominal_long.csv";
        var descriptions = ctx.Data.Text("prices/pinksheet_description.txt").Split('\n')
            .Select(l => l.TrimStart(' ', '*', ',', '\t').Split('\t')[0].Trim()).ToList();
        var rows = ctx.Data.Rows(path);
        var firstYear = rows.Min(r => int.Parse(r.Row["year"], CultureInfo.InvariantCulture));
        var lastYear = rows.Max(r => int.Parse(r.Row["year"], CultureInfo.InvariantCulture));
        var table = new CsvWriter();
        table.Row(["name", "description", "unit", .. Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        foreach (var (name, prefix) in PriceSeries)
        {
            var series = rows.Where(r => r.Row["commodity"] == name).ToList();
            if (series.Count == 0)
            {
                throw new CampoException($"price series '{name}' is missing", "the World Bank Pink Sheet series named in ContextTables.PriceSeries", new SourceLocation(ctx.Data.Label(path)));
            }

            var description = descriptions.FirstOrDefault(d => d.StartsWith(prefix, StringComparison.Ordinal)) ?? string.Empty;
            var byYear = series.ToDictionary(r => int.Parse(r.Row["year"], CultureInfo.InvariantCulture), r => r);
            var values = Enumerable.Range(firstYear, lastYear - firstYear + 1)
                .Select(y => byYear.TryGetValue(y, out var r) && r.Row["value"].Length > 0 ? CsvWriter.Fixed(double.Parse(r.Row["value"], CultureInfo.InvariantCulture), 3) : string.Empty);
            table.Row([name, description, series[0].Row["unit"], .. values]);
        }

        WriteMarketingYear(ctx, table, firstYear, lastYear, descriptions);
        ctx.Save(DatasetFiles.Prices, table);
    }

    /// <summary>The US corn marketing year runs from September to August (USDA); the row's year is the crop year, the year of September.</summary>
    public const string MaizeMarketingYear = "Maize, Sep-Aug";

    /// <summary>
    /// The World Bank maize price averaged over the US marketing year, September of the crop year to August of the next,
    /// from the monthly Pink Sheet (prices/pinksheet_monthly_nominal_long.csv, code MAIZE): the export price of the same
    /// crop as the ERS cost of that crop year. A crop year whose twelve months are not all published is left empty, so a
    /// series that stops is a missing value, never the average of fewer months.
    /// </summary>
    private static void WriteMarketingYear(BuildContext ctx, CsvWriter table, int firstYear, int lastYear, List<string> descriptions)
    {
        const string path = "prices/pinksheet_monthly_nominal_long.csv";
        var months = new Dictionary<(int Year, int Month), double>();
        string? unit = null;
        foreach (var (line, row) in ctx.Data.Rows(path))
        {
            if (row["code"] != "MAIZE" || row["value"].Length == 0)
            {
                continue;
            }

            var month = row["month"];
            if (month.Length != 7 || month[4] != 'M'
                || !int.TryParse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || !int.TryParse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                throw new CampoException($"month '{month}' is not of the form YYYYMmm", "a month such as 1996M09", new SourceLocation(ctx.Data.Label(path), line, 1, "month"));
            }

            months[(y, m)] = double.Parse(row["value"], CultureInfo.InvariantCulture);
            unit = row["unit"];
        }

        if (unit is null)
        {
            throw new CampoException("the monthly maize series (code MAIZE) is missing", "the World Bank monthly Pink Sheet with its maize rows", new SourceLocation(ctx.Data.Label(path)));
        }

        var description = (descriptions.FirstOrDefault(d => d.StartsWith("Maize (U.S.)", StringComparison.Ordinal)) ?? "Maize (U.S.)")
            + ", average of the US marketing year, September of the crop year to August of the next (monthly Pink Sheet)";
        var values = Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(crop =>
        {
            var year = Enumerable.Range(0, 12).Select(i => months.TryGetValue(i < 4 ? (crop, 9 + i) : (crop + 1, i - 3), out var v) ? v : (double?)null).ToList();
            return year.Any(v => v is null) ? string.Empty : CsvWriter.Fixed(year.Average(v => v!.Value), 3);
        });
        table.Row([MaizeMarketingYear, description, unit, .. values]);
    }

    /// <summary>The countries whose GDP deflators the dataset keeps: the NAFTA parties, by ISO3 code and FAO name.</summary>
    public static readonly (string Code, string FaoName)[] DeflatorCountries = [("MEX", "Mexico"), ("USA", "United States of America"), ("CAN", "Canada")];

    /// <summary>
    /// FAO GDP deflators, element "Value US$, 2015 prices" (faostat/FAO_GDP_Deflators.csv), for the NAFTA parties, in
    /// the wide layout of the price file: a dollar price divided by a country's dollar deflator is a real price in its
    /// own currency, which is how the Mexican maize model reads real peso prices, the 1995 devaluation included.
    /// </summary>
    private static void WriteDeflators(BuildContext ctx)
    {
        const string path = "faostat/FAO_GDP_Deflators.csv";
        var rows = ctx.Data.Rows(path, skipComments: true);
        var years = rows[0].Row.Keys.Where(k => k.Length == 4 && k.All(char.IsAsciiDigit)).Select(k => int.Parse(k, CultureInfo.InvariantCulture)).Order().ToList();
        var table = new CsvWriter();
        table.Row(["name", "description", "unit", .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        foreach (var (code, name) in DeflatorCountries)
        {
            var (line, row) = rows.FirstOrDefault(r => r.Row["area"] == name && r.Row["element"] == "Value US$, 2015 prices");
            if (row is null)
            {
                throw new CampoException($"no GDP deflator in US dollars for {name}", "a row with area '" + name + "' and element 'Value US$, 2015 prices'", new SourceLocation(ctx.Data.Label(path)));
            }

            string Value(int year)
            {
                var text = row[year.ToString(CultureInfo.InvariantCulture)];
                return text.Length == 0 ? string.Empty
                    : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0 ? CsvWriter.Fixed(v, 4)
                    : throw new CampoException($"'{text}' is not a deflator", "a number above 0", new SourceLocation(ctx.Data.Label(path), line, null, year.ToString(CultureInfo.InvariantCulture)));
            }

            table.Row([code, "FAO GDP deflator of " + name + ", US dollars, 2015 = 100 (FAOSTAT domain PD)", "index", .. years.Select(Value)]);
        }

        ctx.Save(DatasetFiles.Deflators, table);
    }

    private static void WriteCornCosts(BuildContext ctx)
    {
        var records = ctx.Data.Records("costs/ers_corn_costs_returns_us_1996_2016.csv");
        var table = new CsvWriter();
        table.Row([.. records[0].Fields.Where(f => f != "region")]);
        var regionIndex = records[0].Fields.ToList().IndexOf("region");
        foreach (var r in records.Skip(1).OrderBy(r => r.Fields[0], StringComparer.Ordinal))
        {
            table.Row([.. r.Fields.Where((_, i) => i != regionIndex)]);
        }

        ctx.Save(DatasetFiles.CornCosts, table);
    }

    /// <summary>The project's cited commodity tariff look-ups in data/sources (columns of ../shared/data/facts/commodity_tariffs.csv).</summary>
    public const string CitedTariffsFile = "commodity_tariffs_cited.csv";

    private static void WriteTariffs(BuildContext ctx)
    {
        var facts = new CsvWriter();
        facts.Row("member", "commodity", "product", "hs", "bound_pct", "applied_pct", "in_quota_pct", "quota_t", "specific_duty", "year", "source");
        // The shared facts, then the project's own cited look-ups (data/sources/commodity_tariffs_cited.csv, same columns).
        var cited = ctx.Sources.Rows(CitedTariffsFile);
        foreach (var (line, row) in cited.Where(r => r.Row["source"].Trim().Length == 0))
        {
            throw new CampoException($"{row["member_iso3"]} {row["commodity"]}: the figure has no source", "a document symbol with table and page, or a URL", new SourceLocation(ctx.Sources.Label(CitedTariffsFile), line, Field: "source"));
        }

        var rows = ctx.Data.Rows("facts/commodity_tariffs.csv").Concat(cited)
            .Where(r => !r.Row["source"].Contains("IMPACT", StringComparison.Ordinal))
            .Select(r => r.Row)
            .Where(r => BaseTables.FactCommodity(r["commodity"]) is not null)
            .OrderBy(r => r["member_iso3"], StringComparer.Ordinal).ThenBy(r => BaseTables.FactCommodity(r["commodity"]), StringComparer.Ordinal)
            .ThenBy(r => r["year"], StringComparer.Ordinal).ThenBy(r => r["commodity"], StringComparer.Ordinal).ThenBy(r => r["source"], StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var hs = r["hs_code"].All(char.IsAsciiDigit) ? r["hs_code"] : string.Empty;
            facts.Row(r["member_iso3"], BaseTables.FactCommodity(r["commodity"])!, r["commodity"], hs, r["bound_pct"], r["applied_pct"], r["in_quota_pct"], r["trq_quota_t"], r["specific_duty"], r["year"], r["source"]);
        }

        ctx.Save(DatasetFiles.TariffFacts, facts);
    }

    private static void WriteAssumptions(BuildContext ctx)
    {
        var table = new CsvWriter();
        table.Row("key", "text");
        foreach (var (key, text) in Assumptions)
        {
            table.Row(key, text);
        }

        ctx.Save(DatasetFiles.Assumptions, table);
    }

    /// <summary>The assumptions the dataset states as data (shown by reports wherever a model uses them).</summary>
    public static readonly (string Key, string Text)[] Assumptions =
    [
        ("bound-unknown", "Bound rate unknown: the sources cite neither a bound rate of this member on this commodity nor its bound average on agricultural products (World Tariff Profiles, FAO case studies; bound_averages.csv), so a model uses the applied tariff equivalent of the 2005 base (IFPRI IMPACT TM) as the bound rate, which leaves no binding overhang (water) and overstates how far a cut of bound rates reaches the applied rate. Import the member's WTO schedule, or cite its bound average, to replace it."),
        ("feed-elasticity", "IMPACT publishes no own-price elasticity for feed use in the driver files used here (its livestock feed elasticities are not among them): the feed demand elasticity is taken equal to the region's other-use demand elasticity (OthDmdPElas) for the same commodity."),
        ("demand-elasticity", "Total demand elasticity = use-share-weighted mean of the food, feed and other-use own-price elasticities (weights: base quantities); seed, waste and crushing are taken to move in proportion with those uses."),
        ("supply-processed", "No supply elasticity for processed commodities (oils, meals, sugar, palm kernels) or for fodder and pasture: IMPACT derives their supply from crushing or refining of the raw commodity, so a model must derive it from the raw commodity's supply."),
        ("eu-aggregate", "EUN sums the IMPACT regions of the EU-25 member states of the 2005 base (UKP includes the Faroe Islands, ITP includes Malta, BLX is Belgium and Luxembourg, BLT is Estonia, Latvia and Lithuania). Gross imports and exports include intra-EU trade and are overstated; net trade is right."),
        ("aggregate-region", "A WTO member that is part of an aggregate IMPACT region (Hong Kong, Macao and Chinese Taipei in CHM; Switzerland and Liechtenstein in CHP; Belgium and Luxembourg in BLX) shares the region's prices and wedges; its own share of the region's quantities is unknown."),
        ("developed-status", "The WTO has no definition of developed or developing members (members self-designate). Campo treats as developed the EU, its member states while members, and the members listed in data/sources/developed_members.csv; least-developed status follows the UN list (data/sources/ldc_members.csv); every other member is developing."),
        ("ldc-before-2003", "The LDC periods cite lists of 2002-2024; for dates before 2002 the earliest cited status is used."),
    ];
}
