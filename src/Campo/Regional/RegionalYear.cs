using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Campo.Markets;
using Campo.Markets.Armington;

namespace Campo.Regional;

/// <summary>One commodity's market in one year under one set of duties, solved against the base.</summary>
/// <param name="Year">The year.</param>
/// <param name="Duties">The duties applied.</param>
/// <param name="Base">The calibrated base.</param>
/// <param name="Solution">The solution with quota regimes.</param>
public sealed record RegionalYear(int Year, DutyRegime Duties, CommodityBase Base, ArmingtonQuotaSolution Solution)
{
    /// <summary>The quantity of a flow in the year, tonnes (0 without base trade).</summary>
    public double Quantity(MemberId exporter, MemberId importer)
    {
        var q0 = Base.Quantity(exporter, importer);
        if (q0 <= 0)
        {
            return 0;
        }

        var flow = Solution.Solution.Flows.First(f => f.Exporter == exporter && f.Importer == importer);
        return q0 * (1 + flow.QuantityChange);
    }

    /// <summary>A region's quantities in the year and in the base, tonnes.</summary>
    public RegionQuantities Quantities(MemberId region)
    {
        var info = Base.Regions.First(r => r.Region == region);
        double sales0 = 0, sales1 = 0, use0 = 0, use1 = 0, imports0 = 0, imports1 = 0, exports0 = 0, exports1 = 0;
        foreach (var other in Base.Regions.Select(r => r.Region))
        {
            var out0 = Base.Quantity(region, other);
            var out1 = Quantity(region, other);
            var in0 = Base.Quantity(other, region);
            var in1 = Quantity(other, region);
            (sales0, sales1, use0, use1) = (sales0 + out0, sales1 + out1, use0 + in0, use1 + in1);
            if (other != region)
            {
                (imports0, imports1, exports0, exports1) = (imports0 + in0, imports1 + in1, exports0 + out0, exports1 + out1);
            }
        }

        var production0 = info.Production.Value;
        var production1 = sales0 > 0 ? production0 * sales1 / sales0 : production0;
        return new RegionQuantities(production0, production1, use0, use1, imports0, imports1, exports0, exports1);
    }

    /// <summary>A region's producer (export) price change.</summary>
    public double ProducerPriceChange(MemberId region) => Solution.Solution.Region(region).ExportPriceChange;

    /// <summary>A region's welfare change, with rents split from revenue.</summary>
    public WelfareChange Welfare(MemberId region) => Solution.Welfare.ForRegion(region);

    /// <summary>The duties' name as reports write it.</summary>
    public static string DutyName(DutyRegime duties) => duties == DutyRegime.Applied ? "applied" : "legal";

    /// <summary>A regime in words.</summary>
    public static string RegimeName(QuotaRegime regime) => regime switch
    {
        QuotaRegime.InQuota => "in quota",
        QuotaRegime.Binding => "binding",
        _ => "over quota",
    };

    /// <summary>Solves one commodity in one year under one set of duties, with the given elasticities (null for the base's).</summary>
    /// <exception cref="CampoException">A staging category D on a flow that was not duty-free.</exception>
    internal static RegionalYear Solve(CommodityBase b, ArmingtonModel model, RegionalAgreement agreement, DutyRegime duties, int year, double[]? em = null, double[]? ex = null, double[]? es = null)
    {
        var changes = new List<BilateralTariffChange>();
        var quotas = new List<BilateralQuota>();
        var changed = new HashSet<(MemberId, MemberId)>();
        foreach (var pair in b.Spec.Pairs.Where(p => p.Changes))
        {
            if (b.Flow(pair.Exporter, pair.Importer) is not { } flow)
            {
                continue;
            }

            changed.Add((pair.Exporter, pair.Importer));
            if (pair.Quota is { } q)
            {
                var inQuota = Rate.FromPercent(q.InQuotaPercent);
                var over = Math.Max(inQuota.Fraction, q.OverQuotaIn(duties, year, b.BasePrice));
                quotas.Add(new BilateralQuota(pair.Exporter, pair.Importer, flow.Quantity, new Tonnes(q.QuotaIn(year, agreement.EntryIntoForce) * 1000), inQuota, new Rate(over)));
            }
            else if (pair.Staging is { } category)
            {
                if (category == StagingCategory.D && flow.Tariff.Fraction > 0)
                {
                    throw new CampoException(
                        "staging D (remains duty-free) on " + pair.Key + ", whose base tariff is " + flow.Tariff,
                        "category D for flows already duty-free, or another category to eliminate the tariff",
                        pair.Location with { Field = "regional.commodities." + b.Spec.Name + "." + pair.Key + ".staging" });
                }

                var rate = NaftaStaging.RateIn(flow.Tariff.Fraction, category, agreement.EntryIntoForce, year);
                changes.Add(new BilateralTariffChange(pair.Exporter, pair.Importer, new Rate(rate)));
            }
        }

        var licensed = b.Flows.Where(f => f.Licensed).Select(f => (f.Exporter, f.Importer)).ToHashSet();
        var options = new ArmingtonQuotaOptions
        {
            LicensedInBase = licensed,
            LicensedInScenario = licensed.Where(p => !changed.Contains(p)).ToHashSet(),
        };
        var name = string.Create(CultureInfo.InvariantCulture, $"{b.Commodity.Name} {year} ({DutyName(duties)} duties)");
        var shock = new ArmingtonShock(changes, name);
        var solution = ArmingtonQuotaSolver.Solve(model, shock, quotas, options, em ?? model.ImportDemandElasticity, ex ?? model.ExportSupplyElasticity, es ?? model.SubstitutionElasticity);
        return new RegionalYear(year, duties, b, solution);
    }
}

/// <summary>A region's quantities in the base and in a year, tonnes: production, use (all sources), imports and exports (other regions).</summary>
/// <param name="Production0">Base production.</param>
/// <param name="Production1">Production in the year.</param>
/// <param name="Use0">Base use.</param>
/// <param name="Use1">Use in the year.</param>
/// <param name="Imports0">Base imports.</param>
/// <param name="Imports1">Imports in the year.</param>
/// <param name="Exports0">Base exports.</param>
/// <param name="Exports1">Exports in the year.</param>
public sealed record RegionQuantities(double Production0, double Production1, double Use0, double Use1, double Imports0, double Imports1, double Exports0, double Exports1);
