using Campo.Domain;

namespace Campo.Markets.World;

/// <summary>
/// Turns a solved state into per-region results and welfare (reference §1.2 item 8, with exact integrals).
/// <para>
/// Surpluses, for each region and commodity, with exact areas under the calibrated curves
/// (<see cref="SurplusIntegrals"/>):
/// <code>
///   ΔPS = K̃s·∫[pp0, pp1] S0·(p/pp0)^ε dp
///   ΔCS = −Σ_u K̃u·∫[pc0, pc1] D_u0·(p/pc0)^η_u dp
/// </code>
/// With cross-price links the change is a line integral whose value depends on the path; the path is the
/// sequential one (Just, Hueth and Schmitz): commodities move to their new prices one after another in
/// commodity-code order, so K̃ is the cross-price factor with commodities earlier in that order at their new
/// prices and later ones at their base prices. Without links K̃ = 1 and the areas are exact.
/// </para>
/// <para>
/// Treasury and rents, as levels in the base and the scenario, their difference being the change. With z the
/// net imports, N the net exports, pw the world price and pb the border price:
/// <code>
///   tariff revenue   = pw·(t_in·min(z, Q) + t_out·max(z − Q, 0))   (pw·t·z without a quota)
///   quota rent       = (pb − pw·(1 + t_in))·Q when binding; (t_out − t_in)·pw·Q over quota; 0 in quota
///   export taxes     = −te·pw·N for a net exporter (a subsidy is negative)
///   domestic support = pb·(cw·D − pse·S)   (consumer taxes less producer and consumer subsidies)
/// </code>
/// A share h of each quota rent stays in the importing region; 1 − h goes to the net exporters of the
/// commodity in proportion to their net exports (the whole rent stays home if nobody exports).
/// </para>
/// </summary>
internal static class WorldResults
{
    internal readonly record struct Levels(double Tariff, double Rent, double ExportTax, double Support, double RentShare);

    /// <summary>Work arrays of the welfare step, reused across Monte Carlo draws (no large allocation per draw).</summary>
    internal sealed class WelfareScratch(MarketArrays m)
    {
        public Levels[] NewLevels { get; } = new Levels[m.CellCount];

        public double[] BaseRentIn { get; } = new double[m.CellCount];

        public double[] NewRentIn { get; } = new double[m.CellCount];

        public double[] PartialSupply { get; } = new double[m.CellCount];

        public double[] PartialDemand { get; } = new double[m.UseCount];
    }

    /// <summary>The treasury and rent levels of the base (independent of elasticities: the base is the calibration point).</summary>
    public static Levels[] BaseLevels(MarketArrays m)
    {
        var levels = new Levels[m.CellCount];
        var state = new SolveState(m);
        var scenario = SolveCase.Base(m);
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = LevelsOf(m, scenario, state, i, 0.0);
        }

        return levels;
    }

    /// <summary>
    /// Each cell's welfare change; returns the scenario's treasury and rent levels. <paramref name="rentShare"/>, when given, replaces every quota's domestic
    /// rent share in the base and the scenario alike (a Monte Carlo assumption).
    /// </summary>
    public static Levels[] Welfare(MarketArrays m, SolveCase s, SolveState w, Levels[] baseLevels, double? rentShare, WelfareChange[] output, WelfareScratch? scratch = null)
    {
        var k = m.CellCount;
        scratch ??= new WelfareScratch(m);
        var newLevels = scratch.NewLevels;
        for (var i = 0; i < k; i++)
        {
            newLevels[i] = LevelsOf(m, s, w, i, w.X[m.CellCommodity[i]]);
        }

        var baseRentIn = scratch.BaseRentIn;
        var newRentIn = scratch.NewRentIn;
        AllocateRents(m, baseLevels, m.Net0, rentShare, baseRentIn);
        AllocateRents(m, newLevels, w.Net, rentShare, newRentIn);
        var partialSupply = scratch.PartialSupply;
        var partialDemand = scratch.PartialDemand;
        Array.Clear(partialSupply);
        Array.Clear(partialDemand);
        for (var l = 0; l < m.LinkTargetCell.Length; l++)
        {
            var target = m.LinkTargetCell[l];
            var source = m.LinkSourceCell[l];
            if (m.CellCommodity[source] >= m.CellCommodity[target])
            {
                continue;
            }

            var use = m.LinkTargetUse[l];
            if (use < 0)
            {
                partialSupply[target] += m.LinkElasticity[l] * (w.Y[source] + s.Policy.LogProducer[source]);
            }
            else
            {
                partialDemand[use] += m.LinkElasticity[l] * (w.Y[source] + s.Policy.LogConsumer[source]);
            }
        }

        var bp = m.BasePolicy;
        for (var i = 0; i < k; i++)
        {
            var pb0 = m.WorldPrice0[m.CellCommodity[i]] * Math.Exp(m.LogBorderFactor0[i]);
            var logPp = w.Y[i] + s.Policy.LogProducer[i];
            var logPc = w.Y[i] + s.Policy.LogConsumer[i];
            var ps = Math.Exp(partialSupply[i]) * SurplusIntegrals.Area(m.Supply0[i], pb0 * (1 + bp.ProducerSupport[i]), s.SupplyElasticity[i], logPp);
            var cs = 0.0;
            for (var u = m.UseStart[i]; u < m.UseStart[i + 1]; u++)
            {
                cs -= Math.Exp(partialDemand[u]) * SurplusIntegrals.Area(m.Demand0[u], pb0 * (1 + bp.ConsumerWedge[i]), s.DemandElasticity[u], logPc);
            }

            var b = baseLevels[i];
            var n = newLevels[i];
            output[i] = new WelfareChange(
                new Usd(ps),
                new Usd(cs),
                new Usd(n.Tariff - b.Tariff),
                new Usd(n.ExportTax - b.ExportTax),
                new Usd(n.Support - b.Support),
                new Usd(newRentIn[i] - baseRentIn[i]));
        }

        return newLevels;
    }

    public static List<RegionMarketResult> Build(MarketArrays m, SolveCase s, SolveState w, Levels[] baseLevels, WelfareChange[]? welfare = null, WelfareScratch? scratch = null)
    {
        var k = m.CellCount;
        welfare ??= new WelfareChange[k];
        var newLevels = Welfare(m, s, w, baseLevels, null, welfare, scratch);
        var results = new List<RegionMarketResult>(k);
        var bp = m.BasePolicy;
        for (var i = 0; i < k; i++)
        {
            var c = m.CellCommodity[i];
            var pb0 = m.WorldPrice0[c] * Math.Exp(m.LogBorderFactor0[i]);
            var pp0 = pb0 * (1 + bp.ProducerSupport[i]);
            var pc0 = pb0 * (1 + bp.ConsumerWedge[i]);
            var logPp = w.Y[i] + s.Policy.LogProducer[i];
            var logPc = w.Y[i] + s.Policy.LogConsumer[i];
            var s0 = m.Supply0[i];
            var s1 = s0 == 0 ? 0 : s0 * Math.Exp((s.SupplyElasticity[i] * logPp) + w.LogSupplyShift[i]);
            double d0 = 0, d1 = 0;
            for (var u = m.UseStart[i]; u < m.UseStart[i + 1]; u++)
            {
                var q0 = m.Demand0[u];
                d0 += q0;
                d1 += q0 == 0 ? 0 : q0 * Math.Exp((s.DemandElasticity[u] * logPc) + w.LogDemandShift[u]);
            }

            var overlap = m.Overlap[i];
            var net1 = w.Net[i];
            results.Add(new RegionMarketResult
            {
                Region = m.Regions[m.CellRegion[i]],
                Commodity = m.Commodities[c],
                BaseRegime = m.Regime0[i],
                Regime = w.Regime[i],
                BorderPrice = new(new UsdPerTonne(pb0), new UsdPerTonne(pb0 * Math.Exp(w.Y[i]))),
                ProducerPrice = new(new UsdPerTonne(pp0), new UsdPerTonne(pp0 * Math.Exp(logPp))),
                ConsumerPrice = new(new UsdPerTonne(pc0), new UsdPerTonne(pc0 * Math.Exp(logPc))),
                Production = new(new Tonnes(s0), new Tonnes(s1)),
                Consumption = new(new Tonnes(d0), new Tonnes(d1)),
                Imports = new(new Tonnes(m.Imports0[i]), new Tonnes(overlap + Math.Max(-net1, 0))),
                Exports = new(new Tonnes(m.Exports0[i]), new Tonnes(overlap + Math.Max(net1, 0))),
                QuotaRentGenerated = new(new Usd(baseLevels[i].Rent), new Usd(newLevels[i].Rent)),
                Welfare = welfare[i],
            });
        }

        return results;
    }

    private static Levels LevelsOf(MarketArrays m, SolveCase s, SolveState w, int i, double x)
    {
        var p = s.Policy;
        var c = m.CellCommodity[i];
        var pw = m.WorldPrice0[c] * Math.Exp(x);
        var pb = m.WorldPrice0[c] * Math.Exp(m.LogBorderFactor0[i] + w.Y[i]);
        var net = w.Net[i];
        var z = Math.Max(-net, 0);
        var quota = p.Quota[i];
        double tariff, rent = 0;
        if (p.HasQuota[i])
        {
            tariff = pw * ((p.InQuota[i] * Math.Min(z, quota)) + (p.OutOfQuota[i] * Math.Max(z - quota, 0)));
            rent = w.Regime[i] switch
            {
                TradeRegime.QuotaBinding => Math.Max(pb - (pw * (1 + p.InQuota[i])), 0) * quota,
                TradeRegime.OverQuota => (p.OutOfQuota[i] - p.InQuota[i]) * pw * quota,
                _ => 0,
            };
        }
        else
        {
            tariff = pw * p.ImportTariff[i] * z;
        }

        var exportTax = net > 0 ? -p.ExportWedge[i] * pw * net : 0;
        var logPp = w.Y[i] + p.LogProducer[i];
        var logPc = w.Y[i] + p.LogConsumer[i];
        var s1 = m.Supply0[i] == 0 ? 0 : m.Supply0[i] * Math.Exp((s.SupplyElasticity[i] * logPp) + w.LogSupplyShift[i]);
        var d1 = 0.0;
        for (var u = m.UseStart[i]; u < m.UseStart[i + 1]; u++)
        {
            d1 += m.Demand0[u] == 0 ? 0 : m.Demand0[u] * Math.Exp((s.DemandElasticity[u] * logPc) + w.LogDemandShift[u]);
        }

        var support = pb * ((p.ConsumerWedge[i] * d1) - (p.ProducerSupport[i] * s1));
        return new Levels(tariff, rent, exportTax, support, p.RentShare[i]);
    }

    private static void AllocateRents(MarketArrays m, Levels[] levels, double[] net, double? shareOverride, double[] received)
    {
        for (var c = 0; c < m.CommodityCount; c++)
        {
            double abroad = 0, exports = 0;
            for (var i = m.CellStart[c]; i < m.CellStart[c + 1]; i++)
            {
                abroad += (1 - (shareOverride ?? levels[i].RentShare)) * levels[i].Rent;
                exports += Math.Max(net[i], 0);
            }

            for (var i = m.CellStart[c]; i < m.CellStart[c + 1]; i++)
            {
                var own = exports > 0 ? (shareOverride ?? levels[i].RentShare) * levels[i].Rent : levels[i].Rent;
                received[i] = own + (exports > 0 ? abroad * Math.Max(net[i], 0) / exports : 0);
            }
        }
    }
}
