using System.Globalization;
using Campo.Gravity.Data;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Gravity;

/// <summary>
/// The Advanced Guide's application data (Yotov, Piermartini, Monteiro and Larch 2016), read once, with the
/// variables the Guide's do-files create (Chapter 1 application 3, "RTAsEffects.do"; Chapter 2 application 1,
/// "TradeWithoutBorder.do").
/// </summary>
internal static class AdvancedGuideData
{
    private static readonly Lazy<GravityTable> Full = new(() =>
        GravityTableReader.Read(SharedData.Require("gravity/advanced_guide/agtpa_applications.csv")));

    /// <summary>All rows.</summary>
    public static GravityTable Table()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");
        return Full.Value;
    }

    /// <summary>Chapter 1, application 3: years 1986, 1990, ..., 2006, with intl_brdr_YYYY and an intra-national pair column.</summary>
    public static GravityTable Chapter1(bool internationalOnly)
    {
        var table = Table();
        var years = table.Column("year").Numbers!;
        var exporters = table.Column("exporter").Text!;
        var importers = table.Column("importer").Text!;
        var subset = table.Where(i => ((int)years[i] - 1986) % 4 == 0 && (!internationalOnly || exporters[i] != importers[i]));
        var y = subset.Column("year").Numbers!;
        var e = subset.Column("exporter").Text!;
        var m = subset.Column("importer").Text!;
        foreach (var year in new[] { 1986, 1990, 1994, 1998, 2002 })
        {
            subset = subset.WithColumn(
                "intl_brdr_" + year.ToString(CultureInfo.InvariantCulture),
                Enumerable.Range(0, subset.RowCount).Select(i => e[i] != m[i] && (int)y[i] == year ? 1.0 : 0.0).ToArray());
        }

        // The Guide's INTRA column adds one dummy per country's domestic flows: as a fixed effect, a level per
        // country for domestic rows and one shared level for international rows.
        var intra = Enumerable.Range(0, subset.RowCount).Select(i => e[i] == m[i] ? 1000.0 + Array.IndexOf(Countries(e), e[i]) : 0.0).ToArray();
        return subset.WithColumn("intra", intra);
    }

    private static string[] Countries(string?[] exporters) => exporters.Distinct().Order(StringComparer.Ordinal).Select(s => s!).ToArray();

    /// <summary>Reference estimates: model → term → (coef, se_stata, se_fixest, nobs).</summary>
    public static Dictionary<(string Model, string Term), (double Coef, double SeStata, double SeFixest, int N)> Chapter1Reference()
    {
        var path = SharedData.Require("gravity/advanced_guide/reference_ch1_rta_estimates.csv");
        var result = new Dictionary<(string, string), (double, double, double, int)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            result[(f[0], f[1])] = (
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                int.Parse(f[5], CultureInfo.InvariantCulture));
        }

        return result;
    }
}
