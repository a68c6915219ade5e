using Campo.Data.Csv;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Data;

/// <summary>A measure of domestic support as the Agreement on Agriculture and the notifications name it.</summary>
public enum SupportMeasure
{
    /// <summary>The bound (final scheduled) Total AMS commitment level (Article 1(a), Part IV of the Schedule).</summary>
    BoundTotalAms,

    /// <summary>The Current Total AMS a member notified (amber box: market price support plus non-exempt payments above de minimis).</summary>
    CurrentTotalAms,

    /// <summary>Blue-box payments under production-limiting programmes (Article 6.5).</summary>
    Blue,

    /// <summary>Green-box support (Annex 2): no or minimal production effect.</summary>
    Green,

    /// <summary>Amber support exempted as de minimis (Article 6.4).</summary>
    DeMinimis,
}

/// <summary>One notified (or otherwise published) domestic support figure of a member.</summary>
/// <param name="Member">The WTO member (EUN for the European Communities).</param>
/// <param name="Year">The year or marketing year as the source gives it ("final" for the bound level).</param>
/// <param name="Measure">The measure.</param>
/// <param name="MillionUsd">The amount, million US dollars; at least 0.</param>
/// <param name="Source">Document symbol, table and page, or URL.</param>
public sealed record NotifiedSupport(MemberId Member, string Year, SupportMeasure Measure, double MillionUsd, Provenance Source);

/// <summary>A member's commodity-specific programme outlay (e.g. US upland cotton, WT/DS267), a scenario can cut it.</summary>
/// <param name="Member">The WTO member.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Year">The year of the outlay (a calendar or marketing year's first year).</param>
/// <param name="MillionUsd">The outlay, million US dollars a year; at least 0.</param>
/// <param name="Source">Where the figure is published.</param>
public sealed record CommodityProgramme(MemberId Member, CommodityId Commodity, int Year, double MillionUsd, Provenance Source);

/// <summary>A notified or published export subsidy outlay (Table ES:1, dispute reports) by member and commodity.</summary>
/// <param name="Member">The WTO member.</param>
/// <param name="Commodity">The commodity, or null for all products.</param>
/// <param name="Year">The year as the source gives it.</param>
/// <param name="MillionUsd">The outlay, million US dollars, or null when the source gives another currency.</param>
/// <param name="MillionEur">The outlay, million euros, or null.</param>
/// <param name="Tonnes">The subsidised quantity, or null.</param>
/// <param name="Source">Where the figure is published.</param>
public sealed record ExportSubsidyOutlay(MemberId Member, CommodityId? Commodity, string Year, double? MillionUsd, double? MillionEur, double? Tonnes, Provenance Source);

/// <summary>The policy-support tables of a dataset: notified domestic support, commodity programmes, export subsidy outlays.</summary>
/// <param name="Notified">Notified domestic support by member, year and measure.</param>
/// <param name="Programmes">Commodity-specific programmes.</param>
/// <param name="ExportSubsidies">Export subsidy outlays.</param>
public sealed record SupportTables(IReadOnlyList<NotifiedSupport> Notified, IReadOnlyList<CommodityProgramme> Programmes, IReadOnlyList<ExportSubsidyOutlay> ExportSubsidies)
{
    /// <summary>The support table files of a dataset folder (optional: a folder without them has no notified figures).</summary>
    public const string NotifiedFile = "support_notified.csv";

    /// <summary>Commodity programmes file.</summary>
    public const string ProgrammesFile = "commodity_programmes.csv";

    /// <summary>Export subsidies file.</summary>
    public const string ExportSubsidiesFile = "export_subsidies.csv";

    /// <summary>No figures.</summary>
    public static SupportTables Empty { get; } = new([], [], []);

    /// <summary>The latest figure of a measure for a member, or null.</summary>
    public NotifiedSupport? Latest(MemberId member, SupportMeasure measure) =>
        Notified.Where(n => n.Member == member && n.Measure == measure).OrderByDescending(n => n.Year, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The programme of a member for a commodity (the latest year), or null.</summary>
    public CommodityProgramme? Programme(MemberId member, CommodityId commodity) =>
        Programmes.Where(p => p.Member == member && p.Commodity == commodity).MaxBy(p => p.Year);
}

/// <summary>
/// Reads and validates the support tables. Every row needs a source; amounts are at least 0. Errors name the file,
/// line, column and field.
/// </summary>
public static class SupportReader
{
    /// <summary>Columns of <see cref="SupportTables.NotifiedFile"/>.</summary>
    public static readonly string[] NotifiedColumns = ["member", "year", "measure", "million_usd", "source"];

    /// <summary>Columns of <see cref="SupportTables.ProgrammesFile"/>.</summary>
    public static readonly string[] ProgrammeColumns = ["member", "commodity", "year", "million_usd", "source"];

    /// <summary>Columns of <see cref="SupportTables.ExportSubsidiesFile"/>.</summary>
    public static readonly string[] ExportColumns = ["member", "commodity", "year", "million_usd", "million_eur", "tonnes", "source"];

    /// <summary>Reads the notified support table.</summary>
    /// <exception cref="CampoException">A row without a source, a negative or missing amount, an unknown measure.</exception>
    public static List<NotifiedSupport> Notified(CsvTable t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var list = new List<NotifiedSupport>();
        foreach (var r in t.Records)
        {
            var member = t.Member(r, "member");
            var text = t.Text(r, "measure");
            var measure = text switch
            {
                "bound_total_ams" => SupportMeasure.BoundTotalAms,
                "current_total_ams" => SupportMeasure.CurrentTotalAms,
                "blue" => SupportMeasure.Blue,
                "green" => SupportMeasure.Green,
                "de_minimis" => SupportMeasure.DeMinimis,
                _ => throw new CampoException(Messages.Fill(Messages.Data_NotSupportMeasure, member, text), Messages.Text(Messages.Data_SupportMeasureFix), t.Where(r, "measure")),
            };
            var context = $"member {member}, {text}";
            list.Add(new NotifiedSupport(member, t.Required(r, "year"), measure, Amount(t, r, "million_usd", context), Cited(t, r, context)));
        }

        return list;
    }

    /// <summary>Reads the commodity programmes table.</summary>
    /// <exception cref="CampoException">A row without a source, a negative or missing amount, an unknown commodity.</exception>
    public static List<CommodityProgramme> Programmes(CsvTable t, IReadOnlySet<CommodityId> commodities)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(commodities);
        var list = new List<CommodityProgramme>();
        foreach (var r in t.Records)
        {
            var member = t.Member(r, "member");
            var commodity = Known(t, r, commodities);
            var context = $"member {member}, commodity {commodity}";
            var year = t.Number(r, "year", context);
            list.Add(new CommodityProgramme(member, commodity, (int)year, Amount(t, r, "million_usd", context), Cited(t, r, context)));
        }

        return list;
    }

    /// <summary>Reads the export subsidy table; an empty commodity means all products.</summary>
    /// <exception cref="CampoException">A row without a source, a negative amount, a row with no amount at all, an unknown commodity.</exception>
    public static List<ExportSubsidyOutlay> ExportSubsidies(CsvTable t, IReadOnlySet<CommodityId> commodities)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(commodities);
        var list = new List<ExportSubsidyOutlay>();
        foreach (var r in t.Records)
        {
            var member = t.Member(r, "member");
            CommodityId? commodity = t.Text(r, "commodity").Length == 0 ? null : Known(t, r, commodities);
            var context = $"member {member}, commodity {commodity?.Code ?? "all"}";
            var usd = Optional(t, r, "million_usd", context);
            var eur = Optional(t, r, "million_eur", context);
            if (usd is null && eur is null)
            {
                throw new CampoException(Messages.Fill(Messages.Data_NoOutlay, context), Messages.Text(Messages.Data_OutlayFix), t.Where(r, "million_usd"));
            }

            list.Add(new ExportSubsidyOutlay(member, commodity, t.Required(r, "year"), usd, eur, Optional(t, r, "tonnes", context), Cited(t, r, context)));
        }

        return list;
    }

    private static CommodityId Known(CsvTable t, CsvRecord r, IReadOnlySet<CommodityId> commodities)
    {
        var commodity = t.Commodity(r, "commodity");
        return commodities.Contains(commodity)
            ? commodity
            : throw new CampoException(Messages.Fill(Messages.Dataset_UnknownCommodity, commodity), Suggestions.DidYouMean(commodity.Code, commodities.Select(c => c.Code), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Commodities)), t.Where(r, "commodity"));
    }

    private static double Amount(CsvTable t, CsvRecord r, string column, string context) =>
        Optional(t, r, column, context) ?? throw new CampoException(Messages.Fill(Messages.Data_ColumnEmpty, context, column), Messages.Text(Messages.Data_AmountFix), t.Where(r, column));

    private static double? Optional(CsvTable t, CsvRecord r, string column, string context)
    {
        var value = t.OptionalNumber(r, column, context);
        return value is not { } v || v >= 0 ? value : throw new CampoException(Messages.Fill(Messages.Data_NegativeAmount, context, column, v), Messages.Text(Messages.Data_OutlayQuantityFix), t.Where(r, column));
    }

    private static Provenance Cited(CsvTable t, CsvRecord r, string context)
    {
        var source = t.Text(r, "source");
        return source.Trim().Length > 0
            ? Provenance.Cited(source)
            : throw new CampoException(Messages.Fill(Messages.Data_FigureNoSource, context), Messages.Text(Messages.Data_CiteFigure), t.Where(r, "source"));
    }
}
