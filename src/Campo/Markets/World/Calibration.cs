using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.World;

/// <summary>
/// Checks the base data and calibrates the constant-elasticity curves to it (reference §1.3: the curves are
/// pinned down by the observed price and quantity and the elasticities at that point). Every user-fixable
/// problem is a <see cref="CampoException"/> naming the data, region, commodity and field.
/// </summary>
internal static class Calibration
{
    /// <summary>Net trade within this fraction of the market's volume counts as none (floating-point rounding).</summary>
    private const double NoTradeTolerance = 1e-12;

    public static MarketArrays Build(WorldMarketBase data, WorldMarketOptions options, List<ModelNote> notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        var source = data.SourceName;
        var prices = new Dictionary<CommodityId, double>();
        foreach (var wp in data.WorldPrices)
        {
            if (!(wp.Price.Value > 0))
            {
                throw Error(source, $"world price {wp.Commodity}", $"the world price of {wp.Commodity} is {Num(wp.Price.Value)} USD/t", "a price above 0");
            }

            if (!prices.TryAdd(wp.Commodity, wp.Price.Value))
            {
                throw Error(source, $"world price {wp.Commodity}", $"{wp.Commodity} has two world prices", "one world price per commodity");
            }
        }

        var seen = new HashSet<(MemberId, CommodityId)>();
        foreach (var m in data.Markets)
        {
            if (!seen.Add((m.Region, m.Commodity)))
            {
                throw Error(source, Field(m.Region, m.Commodity, "region"), $"{m.Region} appears twice for {m.Commodity}", "one row per region and commodity");
            }

            if (!prices.ContainsKey(m.Commodity))
            {
                throw Error(source, Field(m.Region, m.Commodity, "commodity"), $"{m.Commodity} has no world price", "a world price for every commodity traded");
            }

            Validate(source, m, options);
        }

        var commodities = prices.Keys.Where(c => data.Markets.Any(m => m.Commodity == c)).Order().ToArray();
        var regions = data.Markets.Select(m => m.Region).Distinct().Order().ToArray();
        var regionIndex = regions.Select((r, i) => (r, i)).ToDictionary(t => t.r, t => t.i);
        var ordered = data.Markets.OrderBy(m => m.Commodity).ThenBy(m => m.Region).ToArray();
        var k = ordered.Length;
        var cellIndex = new Dictionary<(MemberId, CommodityId), int>();
        for (var i = 0; i < k; i++)
        {
            cellIndex[(ordered[i].Region, ordered[i].Commodity)] = i;
        }

        var cellStart = new int[commodities.Length + 1];
        var cellCommodity = new int[k];
        for (int c = 0, i = 0; c < commodities.Length; c++)
        {
            cellStart[c] = i;
            while (i < k && ordered[i].Commodity == commodities[c])
            {
                cellCommodity[i++] = c;
            }

            cellStart[c + 1] = i;
        }

        var useStart = new int[k + 1];
        for (var i = 0; i < k; i++)
        {
            useStart[i + 1] = useStart[i] + ordered[i].Demand.Count;
        }

        var uses = useStart[k];
        var demand0 = new double[uses];
        var eta = new double[uses];
        var useKind = new DemandUse[uses];
        var supply0 = new double[k];
        var stock0 = new double[k];
        var net0 = new double[k];
        var imports0 = new double[k];
        var exports0 = new double[k];
        var overlap = new double[k];
        var eps = new double[k];
        var logB0 = new double[k];
        var regime0 = new TradeRegime[k];
        var cellRegion = new int[k];
        var quotaInternal = new double[k];
        for (var i = 0; i < k; i++)
        {
            var m = ordered[i];
            cellRegion[i] = regionIndex[m.Region];
            supply0[i] = m.Production.Value;
            eps[i] = m.SupplyElasticity;
            imports0[i] = m.Imports.Value;
            exports0[i] = m.Exports.Value;
            overlap[i] = Math.Min(m.Imports.Value, m.Exports.Value);
            for (var j = 0; j < m.Demand.Count; j++)
            {
                demand0[useStart[i] + j] = m.Demand[j].Quantity.Value;
                eta[useStart[i] + j] = m.Demand[j].PriceElasticity;
                useKind[useStart[i] + j] = m.Demand[j].Use;
            }

            var dSum = 0.0;
            for (var u = useStart[i]; u < useStart[i + 1]; u++)
            {
                dSum += demand0[u];
            }

            var volume = Math.Max(Math.Max(supply0[i], dSum), Math.Max(Math.Max(imports0[i], exports0[i]), Math.Abs(m.StockChange.Value)));
            var netModel = supply0[i] - dSum - m.StockChange.Value;
            var policy = m.Policy;
            var te = policy.ExportWedge.Fraction;
            if (Math.Abs(netModel) <= NoTradeTolerance * volume)
            {
                // No net trade (to rounding): the stock change absorbs the rounding so that the base balances exactly.
                stock0[i] = supply0[i] - dSum;
                regime0[i] = TradeRegime.NoTrade;
                var upper = policy.Quota is { } q0 && q0.Quota.Value > 0 ? q0.InQuotaRate.Fraction : policy.Quota?.OutOfQuotaRate.Fraction ?? policy.ImportTariff.Fraction;
                upper = Math.Max(upper, te);
                logB0[i] = 0.5 * (Math.Log(1 + te) + Math.Log(1 + upper));
                quotaInternal[i] = policy.Quota?.Quota.Value ?? double.PositiveInfinity;
            }
            else
            {
                stock0[i] = m.StockChange.Value;
                var z0 = dSum - supply0[i] + stock0[i];
                if (z0 < 0)
                {
                    regime0[i] = TradeRegime.Exporter;
                    logB0[i] = Math.Log(1 + te);
                    quotaInternal[i] = policy.Quota?.Quota.Value ?? double.PositiveInfinity;
                }
                else if (policy.Quota is not { } trq)
                {
                    regime0[i] = TradeRegime.Importer;
                    logB0[i] = Math.Log(1 + Math.Max(policy.ImportTariff.Fraction, te));
                    quotaInternal[i] = double.PositiveInfinity;
                }
                else
                {
                    var q = trq.Quota.Value;
                    var tin = Math.Max(trq.InQuotaRate.Fraction, te);
                    var tout = Math.Max(trq.OutOfQuotaRate.Fraction, te);
                    quotaInternal[i] = q;
                    if (Math.Abs(z0 - q) <= options.BalanceTolerance * Math.Max(q, z0))
                    {
                        regime0[i] = TradeRegime.QuotaBinding;
                        var tm = policy.ImportTariff.Fraction;
                        if (tm < tin - 1e-12 || tm > tout + 1e-12)
                        {
                            throw Error(
                                source,
                                Field(m.Region, m.Commodity, "importTariff"),
                                $"base imports fill the quota exactly, so the applied tariff {Num(tm)} must be the quota's marginal rate, but it is outside the in-quota rate {Num(tin)} and the out-of-quota rate {Num(tout)}",
                                "an applied tariff between the in-quota and out-of-quota rates");
                        }

                        logB0[i] = Math.Log(1 + tm);
                        quotaInternal[i] = z0;
                    }
                    else if (z0 < q)
                    {
                        regime0[i] = TradeRegime.InQuota;
                        logB0[i] = Math.Log(1 + tin);
                    }
                    else
                    {
                        regime0[i] = TradeRegime.OverQuota;
                        logB0[i] = Math.Log(1 + tout);
                    }
                }
            }
        }

        var (linkStart, linkTarget, linkUse, linkSource, linkE) = BuildLinks(source, data.CrossPrices, cellIndex, useStart, useKind, commodities, cellCommodity);
        var linked = new bool[commodities.Length];
        for (var l = 0; l < linkTarget.Length; l++)
        {
            linked[cellCommodity[linkTarget[l]]] = true;
            linked[cellCommodity[linkSource[l]]] = true;
        }

        var policies = ordered.Select(m => m.Policy).ToArray();
        var arrays = new MarketArrays
        {
            Commodities = commodities,
            Regions = regions,
            WorldPrice0 = commodities.Select(c => prices[c]).ToArray(),
            CellStart = cellStart,
            WorldScale = new double[commodities.Length],
            WorldNet0 = new double[commodities.Length],
            Linked = linked,
            CellCommodity = cellCommodity,
            CellRegion = cellRegion,
            Supply0 = supply0,
            Stock0 = stock0,
            Net0 = net0,
            Imports0 = imports0,
            Exports0 = exports0,
            Overlap = overlap,
            SupplyElasticity = eps,
            LogBorderFactor0 = logB0,
            Regime0 = regime0,
            UseStart = useStart,
            Demand0 = demand0,
            DemandElasticity = eta,
            UseKind = useKind,
            LinkStart = linkStart,
            LinkTargetCell = linkTarget,
            LinkTargetUse = linkUse,
            LinkSourceCell = linkSource,
            LinkElasticity = linkE,
            BasePolicies = policies,
            BasePolicy = new PolicyArrays(k),
        };
        FillPolicy(arrays, arrays.BasePolicy, policies, quotaInternal, options.DefaultDomesticRentShare, notes);
        arrays.QuotaInternal0 = quotaInternal;
        var baseState = new SolveState(arrays);
        for (var i = 0; i < k; i++)
        {
            // N0 exactly as the model computes it at the base, so that the base clears with no iteration.
            net0[i] = regime0[i] == TradeRegime.NoTrade ? 0.0 : -RegionResponse.NetImports(arrays, SolveCase.Base(arrays), baseState, i, 0.0, out _);
        }

        for (var c = 0; c < commodities.Length; c++)
        {
            double scale = 0, net = 0;
            for (var i = cellStart[c]; i < cellStart[c + 1]; i++)
            {
                scale += 0.5 * (supply0[i] + arrays.TotalDemand0(i));
                net += net0[i];
            }

            arrays.WorldScale[c] = scale;
            arrays.WorldNet0[c] = net;
            if (Math.Abs(net) > options.BalanceTolerance * scale)
            {
                notes.Add(new ModelNote(
                    ordered[cellStart[c]].Region,
                    commodities[c],
                    $"World net exports of {commodities[c]} in the base are {Num(net)} t, not zero (world imports and exports differ); the model holds this gap fixed and clears the market in changes."));
            }
        }

        return arrays;
    }

    /// <summary>Fills the policy arrays of one solve from a policy per cell.</summary>
    public static void FillPolicy(MarketArrays m, PolicyArrays p, BorderPolicy[] policies, double[] quotaInternal, double defaultShare, List<ModelNote>? notes)
    {
        for (var i = 0; i < policies.Length; i++)
        {
            var policy = policies[i];
            FillCell(m, p, i, policy.ImportTariff.Fraction, policy.ExportWedge.Fraction, policy.ProducerSupport.Fraction, policy.ConsumerWedge.Fraction, policy.Quota, quotaInternal[i], defaultShare, notes);
        }
    }

    /// <summary>
    /// Fills one cell of the policy arrays from its wedges (fractions) and quota: the step <see cref="FillPolicy"/>
    /// takes for every cell, which a caller that starts from the base arrays takes for the cells it changes only.
    /// </summary>
    internal static void FillCell(MarketArrays m, PolicyArrays p, int i, double tm, double te, double pse, double cw, TariffRateQuota? quota, double quotaInternal, double defaultShare, List<ModelNote>? notes)
    {
        var tin = quota?.InQuotaRate.Fraction ?? tm;
        var tout = quota?.OutOfQuotaRate.Fraction ?? tm;
        if (te > tin && notes is not null)
        {
            notes.Add(new ModelNote(
                m.Regions[m.CellRegion[i]],
                m.Commodities[m.CellCommodity[i]],
                $"The export subsidy ({Num(te)}) exceeds the import rate ({Num(tin)}); the model assumes re-imports are prevented, so imports pay at least the subsidy rate and the domestic price never falls below export parity."));
        }

        p.ImportTariff[i] = Math.Max(tm, te);
        p.ExportWedge[i] = te;
        p.ProducerSupport[i] = pse;
        p.ConsumerWedge[i] = cw;
        p.InQuota[i] = Math.Max(tin, te);
        p.OutOfQuota[i] = Math.Max(tout, te);
        p.HasQuota[i] = quota is not null;
        p.Quota[i] = quota is null ? double.PositiveInfinity : quotaInternal;
        p.RentShare[i] = quota?.DomesticRentShare ?? defaultShare;
        var b0 = m.LogBorderFactor0[i];
        p.LogExport[i] = Math.Log(1 + te) - b0;
        p.LogIn[i] = Math.Log(1 + p.InQuota[i]) - b0;
        p.LogOut[i] = Math.Log(1 + p.OutOfQuota[i]) - b0;
        var basePolicy = m.BasePolicies[i];
        p.LogProducer[i] = Math.Log(1 + pse) - Math.Log(1 + basePolicy.ProducerSupport.Fraction);
        p.LogConsumer[i] = Math.Log(1 + cw) - Math.Log(1 + basePolicy.ConsumerWedge.Fraction);
    }

    private static void Validate(string source, RegionMarketBase m, WorldMarketOptions options)
    {
        NonNegative(source, m, "production", m.Production.Value);
        NonNegative(source, m, "imports", m.Imports.Value);
        NonNegative(source, m, "exports", m.Exports.Value);
        if (!double.IsFinite(m.SupplyElasticity) || m.SupplyElasticity < 0)
        {
            throw Error(source, Field(m.Region, m.Commodity, "supplyElasticity"), $"the supply elasticity of {m.Commodity} in {m.Region} is {Num(m.SupplyElasticity)}", "a supply elasticity of at least 0 (supply does not fall when the price rises)");
        }

        var total = 0.0;
        foreach (var d in m.Demand)
        {
            var name = "demand." + d.Use.ToString().ToLowerInvariant();
            NonNegative(source, m, name, d.Quantity.Value);
            if (!double.IsFinite(d.PriceElasticity) || d.PriceElasticity > 0)
            {
                throw Error(source, Field(m.Region, m.Commodity, name + ".elasticity"), $"the {d.Use.ToString().ToLowerInvariant()} demand elasticity of {m.Commodity} in {m.Region} is {Num(d.PriceElasticity)}", "a demand elasticity of at most 0 (demand does not rise when the price rises)");
            }

            total += d.Quantity.Value;
        }

        if (m.Production.Value == 0 && total == 0)
        {
            throw Error(source, Field(m.Region, m.Commodity, "production"), $"{m.Region} has no production and no consumption of {m.Commodity}", "leave the row out, or give its production or demand");
        }

        var volume = Math.Max(Math.Max(m.Production.Value, total), Math.Max(Math.Max(m.Imports.Value, m.Exports.Value), Math.Abs(m.StockChange.Value)));
        var residual = m.Production.Value + m.Imports.Value - m.Exports.Value - total - m.StockChange.Value;
        if (Math.Abs(residual) > options.BalanceTolerance * volume)
        {
            throw Error(
                source,
                Field(m.Region, m.Commodity, "imports"),
                $"the balance of {m.Commodity} in {m.Region} does not add up: production {Num(m.Production.Value)} + imports {Num(m.Imports.Value)} - exports {Num(m.Exports.Value)} - demand {Num(total)} - stock change {Num(m.StockChange.Value)} = {Num(residual)} t",
                "production + imports - exports = demand + stock change");
        }
    }

    private static (int[] Start, int[] Target, int[] Use, int[] Source, double[] E) BuildLinks(
        string source,
        IReadOnlyList<CrossPriceElasticity> links,
        Dictionary<(MemberId, CommodityId), int> cellIndex,
        int[] useStart,
        DemandUse[] useKind,
        CommodityId[] commodities,
        int[] cellCommodity)
    {
        var list = new List<(int Commodity, int Target, int Use, int Source, double E)>();
        foreach (var link in links ?? [])
        {
            var field = Field(link.Region, link.Commodity, "crossPrice." + link.PriceOf);
            if (link.PriceOf == link.Commodity)
            {
                throw Error(source, field, $"a cross-price elasticity of {link.Commodity} on its own price", "own-price elasticities go in the market rows; a cross-price link names another commodity");
            }

            if (!double.IsFinite(link.Elasticity))
            {
                throw Error(source, field, $"the cross-price elasticity is {Num(link.Elasticity)}", "a finite number");
            }

            if (!cellIndex.TryGetValue((link.Region, link.Commodity), out var target) || !cellIndex.TryGetValue((link.Region, link.PriceOf), out var from))
            {
                throw Error(source, field, $"a cross-price elasticity links {link.Commodity} and {link.PriceOf} in {link.Region}, but one of the two has no market row there", "a market row for both commodities in that region");
            }

            var use = -1;
            if (link.Side == CrossPriceSide.Demand)
            {
                for (var u = useStart[target]; u < useStart[target + 1]; u++)
                {
                    if (useKind[u] == link.Use)
                    {
                        use = u;
                    }
                }

                if (use < 0)
                {
                    throw Error(source, field, $"a cross-price elasticity applies to {link.Use.ToString().ToLowerInvariant()} demand for {link.Commodity} in {link.Region}, which has no such demand component", "a demand component of that use");
                }
            }

            if (link.Elasticity != 0)
            {
                list.Add((cellCommodity[target], target, use, from, link.Elasticity));
            }
        }

        var sorted = list.OrderBy(l => l.Commodity).ThenBy(l => l.Target).ToArray();
        var start = new int[commodities.Length + 1];
        for (int c = 0, i = 0; c < commodities.Length; c++)
        {
            start[c] = i;
            while (i < sorted.Length && sorted[i].Commodity == c)
            {
                i++;
            }

            start[c + 1] = i;
        }

        return (start, sorted.Select(l => l.Target).ToArray(), sorted.Select(l => l.Use).ToArray(), sorted.Select(l => l.Source).ToArray(), sorted.Select(l => l.E).ToArray());
    }

    private static void NonNegative(string source, RegionMarketBase m, string field, double value)
    {
        if (!(value >= 0))
        {
            throw Error(source, Field(m.Region, m.Commodity, field), $"{field} of {m.Commodity} in {m.Region} is {Num(value)} t", "a quantity of at least 0");
        }
    }

    internal static string Field(MemberId region, CommodityId commodity, string field) => $"{region} {commodity} {field}";

    internal static CampoException Error(string source, string field, string problem, string expected) =>
        new(problem, expected, new SourceLocation(source, null, null, field));

    internal static string Num(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
