using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Regional;

/// <summary>Which duties a regional run applies: those the agreement allows, or those the importer actually charged.</summary>
public enum DutyRegime
{
    /// <summary>The legal schedule: the over-quota duties the agreement allows.</summary>
    Legal,

    /// <summary>The duties actually applied, where the scenario gives them (Mexico charged 1% on most over-quota US maize).</summary>
    Applied,
}

/// <summary>The unit of a rate path.</summary>
public enum RateUnit
{
    /// <summary>Ad valorem, in percent.</summary>
    Percent,

    /// <summary>A specific duty in US dollars per tonne, converted to an ad valorem equivalent at the commodity's base price.</summary>
    UsdPerTonne,
}

/// <summary>One point of a rate path.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The rate in the path's unit; at least 0.</param>
public sealed record RatePoint(int Year, double Value);

/// <summary>
/// A duty given year by year at cited points, linear between them and flat after the last (an assumption for the
/// years between points, stated in the reports).
/// </summary>
/// <param name="Points">Points in year order, one per year, at least one.</param>
/// <param name="Unit">Percent or US dollars per tonne.</param>
/// <param name="Key">The scenario key the path was read from, for messages.</param>
public sealed record RatePath(IReadOnlyList<RatePoint> Points, RateUnit Unit, string Key)
{
    /// <summary>The value in a year, in the path's unit: the first point before it, linear between points, the last after.</summary>
    public double ValueIn(int year)
    {
        if (year <= Points[0].Year)
        {
            return Points[0].Value;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            if (year <= Points[i].Year)
            {
                var (a, b) = (Points[i - 1], Points[i]);
                return a.Value + ((b.Value - a.Value) * (year - a.Year) / (b.Year - a.Year));
            }
        }

        return Points[^1].Value;
    }

    /// <summary>The ad valorem rate in a year: percent as a fraction, or the specific duty divided by the base price.</summary>
    /// <param name="year">The year.</param>
    /// <param name="basePrice">The commodity's base price, USD/t, for specific duties.</param>
    public double FractionIn(int year, double basePrice) =>
        Unit == RateUnit.Percent ? ValueIn(year) / 100.0 : ValueIn(year) / basePrice;

    /// <summary>The path as people read it: "215% (1994), 108.9% (2002), 0% (2008)".</summary>
    public string Describe() => string.Join(", ", Points.Select(p => p.Value.ToString("0.#", CultureInfo.InvariantCulture) + (Unit == RateUnit.Percent ? "%" : " USD/t") + " (" + p.Year.ToString(CultureInfo.InvariantCulture) + ")"));
}

/// <summary>A tariff-rate quota of an agreement's schedule.</summary>
/// <param name="QuotaKt">The duty-free (in-quota) quantity in the year of entry into force, thousand tonnes; at least 0.</param>
/// <param name="GrowthPercent">Compound growth of the quota, percent a year; at least 0.</param>
/// <param name="InQuotaPercent">The in-quota rate, percent; at least 0.</param>
/// <param name="OverQuota">The legal over-quota duty by year.</param>
/// <param name="AppliedOverQuota">The over-quota duty actually charged by year, or null when the scenario gives none (the legal one then applies, and reports say so).</param>
public sealed record TariffRateQuota(double QuotaKt, double GrowthPercent, double InQuotaPercent, RatePath OverQuota, RatePath? AppliedOverQuota)
{
    /// <summary>The quota in a year, thousand tonnes: <c>QuotaKt·(1 + g)^(year − entry)</c>, the entry-year quota before entry.</summary>
    public double QuotaIn(int year, int entryIntoForce) => QuotaKt * Math.Pow(1 + (GrowthPercent / 100.0), Math.Max(0, year - entryIntoForce));

    /// <summary>The over-quota duty under a regime as a fraction (ad valorem equivalent at the base price for specific duties).</summary>
    public double OverQuotaIn(DutyRegime duties, int year, double basePrice) =>
        (duties == DutyRegime.Applied && AppliedOverQuota is { } applied ? applied : OverQuota).FractionIn(year, basePrice);
}

/// <summary>The NAFTA staging categories of Annex 302.2 (reference §6).</summary>
public enum StagingCategory
{
    /// <summary>Duty-free at entry into force.</summary>
    A,

    /// <summary>Five equal annual stages; duty-free from the fifth year (1 January 1998 for NAFTA).</summary>
    B,

    /// <summary>Ten equal annual stages; duty-free from the tenth year (2003).</summary>
    C,

    /// <summary>Fifteen equal annual stages; duty-free from the fifteenth year (2008).</summary>
    CPlus,

    /// <summary>Remains duty-free: for goods already duty-free.</summary>
    D,
}

/// <summary>
/// Staging of a tariff to zero in equal annual stages, NAFTA Annex 302.2 (reference §6): with n stages, the first
/// on the date of entry into force <c>e</c>, the rate in year y is <c>base·max(0, 1 − (y − e + 1)/n)</c> and the
/// good is duty-free from year <c>e + n − 1</c> (B: 5 stages, duty-free 1 January 1998; C: 10, 2003; C+: 15, 2008).
/// A is duty-free at entry into force; D remains duty-free.
/// </summary>
public static class NaftaStaging
{
    /// <summary>The number of stages of a category (0 for A and D).</summary>
    public static int Stages(StagingCategory category) => category switch
    {
        StagingCategory.B => 5,
        StagingCategory.C => 10,
        StagingCategory.CPlus => 15,
        _ => 0,
    };

    /// <summary>The first duty-free year.</summary>
    public static int DutyFreeFrom(StagingCategory category, int entryIntoForce) => entryIntoForce + Math.Max(0, Stages(category) - 1);

    /// <summary>The rate in a year (the base rate before entry into force).</summary>
    /// <param name="baseRate">The base rate, any unit.</param>
    /// <param name="category">The staging category.</param>
    /// <param name="entryIntoForce">The year of entry into force.</param>
    /// <param name="year">The year.</param>
    public static double RateIn(double baseRate, StagingCategory category, int entryIntoForce, int year)
    {
        if (year < entryIntoForce)
        {
            return baseRate;
        }

        var stages = Stages(category);
        return stages == 0 ? 0 : baseRate * Math.Max(0, 1 - ((year - entryIntoForce + 1) / (double)stages));
    }

    /// <summary>The category's name as scenario files write it (A, B, C, C+, D).</summary>
    public static string Name(StagingCategory category) => category == StagingCategory.CPlus ? "C+" : category.ToString();
}

/// <summary>The protection an importer had in the base, on imports from every origin.</summary>
/// <param name="Importer">The importing party.</param>
/// <param name="BaseTariffPercent">The base tariff (equivalent) in percent, or null.</param>
/// <param name="BaseTariffUsdPerTonne">A specific base duty, USD/t, or null (converted at the base price).</param>
/// <param name="Licensing">True when the base wedge was an import licence: a rent to licence holders, not tariff revenue.</param>
/// <param name="Location">Where it is written.</param>
public sealed record ImporterBase(MemberId Importer, double? BaseTariffPercent, double? BaseTariffUsdPerTonne, bool Licensing, SourceLocation Location);

/// <summary>What an agreement does to one bilateral flow of one commodity.</summary>
/// <param name="Exporter">The exporting party.</param>
/// <param name="Importer">The importing party.</param>
/// <param name="ShareOfImportsPercent">The flow's share of the importer's base imports, percent, where a fact gives it; null for the split rule.</param>
/// <param name="Staging">The staging category of the flow's tariff, or null.</param>
/// <param name="BaseRatePercent">The flow's own base tariff, percent, or null for the importer's base protection.</param>
/// <param name="Quota">The tariff-rate quota, or null.</param>
/// <param name="Location">Where it is written.</param>
public sealed record PairSchedule(MemberId Exporter, MemberId Importer, double? ShareOfImportsPercent, StagingCategory? Staging, double? BaseRatePercent, TariffRateQuota? Quota, SourceLocation Location)
{
    /// <summary>True when the agreement changes this flow's tariff (by staging or a quota).</summary>
    public bool Changes => Staging is not null || Quota is not null;

    /// <summary>The key of the pair in a scenario file, such as <c>USA_to_MEX</c>.</summary>
    public string Key => Exporter.Code + "_to_" + Importer.Code;
}

/// <summary>One commodity of a regional agreement.</summary>
/// <param name="Name">The commodity as the file names it ("maize"), resolved by the dataset.</param>
/// <param name="PriceSeries">A World Bank series for the base price and the look-back ("Maize"), or null for the IMPACT 2005 world price.</param>
/// <param name="SubstitutionElasticity">E_s for this commodity, or null for the agreement's.</param>
/// <param name="Importers">Base protection by importing party.</param>
/// <param name="Pairs">The agreement's terms by flow, in file order.</param>
/// <param name="Location">Where the commodity's table is written.</param>
public sealed record RegionalCommodity(string Name, string? PriceSeries, double? SubstitutionElasticity, IReadOnlyList<ImporterBase> Importers, IReadOnlyList<PairSchedule> Pairs, SourceLocation Location);

/// <summary>How the run shows dumping margins beside its results.</summary>
/// <param name="Commodities">The commodities (only those with cost data: maize).</param>
/// <param name="CostBasis">The cost measure.</param>
/// <param name="Price">The export price.</param>
/// <param name="TransportUsdPerTonne">Cost added to production cost (Wise's transport and handling), USD/t.</param>
/// <param name="Location">Where it is written.</param>
public sealed record RegionalDumping(IReadOnlyList<string> Commodities, Dumping.CostBasis CostBasis, Dumping.ExportPrice Price, double TransportUsdPerTonne, SourceLocation Location);

/// <summary>
/// A preferential agreement among a few parties (the <c>[regional]</c> section of a scenario, docs/scenarios.md):
/// its parties and dates, its schedules by commodity and flow, and which duties to apply.
/// </summary>
/// <param name="Parties">The parties, each a member with its own market region.</param>
/// <param name="BaseYear">The base year (last year of the base period).</param>
/// <param name="BaseYearsAveraged">Years averaged for the base, ending at the base year.</param>
/// <param name="EntryIntoForce">The year of entry into force (first year of the path).</param>
/// <param name="Horizon">The last year modelled; the main tables show this year.</param>
/// <param name="Duties">Legal or applied duties.</param>
/// <param name="Focus">Commodities reports lead with, in order.</param>
/// <param name="SubstitutionElasticity">E_s for every commodity that does not set its own.</param>
/// <param name="Commodities">The commodities.</param>
/// <param name="Dumping">Dumping margins to show beside the results, or null.</param>
/// <param name="MaizeModel">The Mexican maize model's parameters and ranges (<c>[regional.maize_model]</c>), or null for the cited defaults.</param>
public sealed record RegionalAgreement(
    IReadOnlyList<MemberId> Parties,
    int BaseYear,
    int BaseYearsAveraged,
    int EntryIntoForce,
    int Horizon,
    DutyRegime Duties,
    IReadOnlyList<string> Focus,
    double SubstitutionElasticity,
    IReadOnlyList<RegionalCommodity> Commodities,
    RegionalDumping? Dumping,
    MexicoMaizeSettings? MaizeModel = null)
{
    /// <summary>The code of the region that stands for every non-party.</summary>
    public static MemberId RestOfWorld { get; } = new("ROW");

    /// <summary>The first year of the base period.</summary>
    public int FirstBaseYear => BaseYear - BaseYearsAveraged + 1;

    /// <summary>The base period as people read it ("1991-93", or "1993").</summary>
    public string BasePeriod => BaseYearsAveraged == 1
        ? BaseYear.ToString(CultureInfo.InvariantCulture)
        : FirstBaseYear.ToString(CultureInfo.InvariantCulture) + "-" + (BaseYear % 100).ToString("00", CultureInfo.InvariantCulture);
}
