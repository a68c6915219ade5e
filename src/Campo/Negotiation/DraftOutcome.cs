using Campo.Markets;
using Campo.Markets.World;
using Campo.Schedules.Engine;

namespace Campo.Negotiation;

/// <summary>
/// What one draft does to every market, in the lean form the negotiation reads: per cell (region × commodity) the
/// welfare parts in million USD, the producer price relative to the base, imports and consumption in tonnes, and
/// whether the draft designates it a special or sensitive product; per model region the summed parts. Allocated once
/// per thread and overwritten by each evaluation.
/// </summary>
internal sealed class DraftOutcome
{
    public DraftOutcome(int cells, int regions)
    {
        Parts = new WelfareParts[cells];
        PriceFactor = new double[cells];
        Imports = new double[cells];
        Consumption = new double[cells];
        Designated = new bool[cells];
        RegionTotal = new WelfareParts[regions];
    }

    /// <summary>Welfare parts per cell against the 2005 base, million USD.</summary>
    public WelfareParts[] Parts { get; }

    /// <summary>Producer price over its base value, per cell.</summary>
    public double[] PriceFactor { get; }

    /// <summary>Gross imports per cell, tonnes.</summary>
    public double[] Imports { get; }

    /// <summary>Total demand per cell, tonnes.</summary>
    public double[] Consumption { get; }

    /// <summary>True where the draft designates the commodity a special or sensitive product of the region's lead.</summary>
    public bool[] Designated { get; }

    /// <summary>Welfare parts summed by model region, million USD.</summary>
    public WelfareParts[] RegionTotal { get; }

    /// <summary>True when every world market cleared.</summary>
    public bool Converged { get; set; }

    /// <summary>The largest relative residual of the solve.</summary>
    public double MaxResidual { get; set; }

    /// <summary>The status quo: no change anywhere.</summary>
    public static DraftOutcome StatusQuo(MarketArrays m)
    {
        var outcome = new DraftOutcome(m.CellCount, m.Regions.Length) { Converged = true };
        for (var k = 0; k < m.CellCount; k++)
        {
            outcome.PriceFactor[k] = 1;
            outcome.Imports[k] = m.Imports0[k];
            outcome.Consumption[k] = m.TotalDemand0(k);
        }

        return outcome;
    }

    /// <summary>Copies another outcome into this one.</summary>
    public void CopyFrom(DraftOutcome other)
    {
        Array.Copy(other.Parts, Parts, Parts.Length);
        Array.Copy(other.PriceFactor, PriceFactor, PriceFactor.Length);
        Array.Copy(other.Imports, Imports, Imports.Length);
        Array.Copy(other.Consumption, Consumption, Consumption.Length);
        Array.Copy(other.Designated, Designated, Designated.Length);
        Array.Copy(other.RegionTotal, RegionTotal, RegionTotal.Length);
        Converged = other.Converged;
        MaxResidual = other.MaxResidual;
    }

    /// <summary>Fills the outcome from a solved state.</summary>
    public void Fill(MarketArrays m, SolveCase s, SolveState w, WelfareChange[] welfare)
    {
        Array.Clear(RegionTotal);
        var converged = true;
        var residual = 0.0;
        for (var c = 0; c < m.CommodityCount; c++)
        {
            converged &= w.Converged[c];
            residual = Math.Max(residual, w.Residual[c]);
        }

        Converged = converged;
        MaxResidual = residual;
        for (var k = 0; k < m.CellCount; k++)
        {
            var c = m.CellCommodity[k];
            var pw0 = m.WorldPrice0[c];
            var pw1 = pw0 * Math.Exp(w.X[c]);
            var net = w.Net[k];
            var overlap = m.Overlap[k];
            var exports = overlap + Math.Max(net, 0);
            var change = welfare[k];
            var parts = new WelfareParts(
                change.ProducerSurplus.Value * 1e-6,
                change.ConsumerSurplus.Value * 1e-6,
                change.Government.Value * 1e-6,
                change.QuotaRent.Value * 1e-6,
                ((pw1 * exports) - (pw0 * m.Exports0[k])) * 1e-6);
            Parts[k] = parts;
            RegionTotal[m.CellRegion[k]] += parts;
            PriceFactor[k] = Math.Exp(w.Y[k] + s.Policy.LogProducer[k]);
            Imports[k] = overlap + Math.Max(-net, 0);
            var logPc = w.Y[k] + s.Policy.LogConsumer[k];
            var d = 0.0;
            for (var u = m.UseStart[k]; u < m.UseStart[k + 1]; u++)
            {
                var q0 = m.Demand0[u];
                d += q0 == 0 ? 0 : q0 * Math.Exp((s.DemandElasticity[u] * logPc) + w.LogDemandShift[u]);
            }

            Consumption[k] = d;
        }
    }

    /// <summary>Marks the cells of the draft's designated special or sensitive products.</summary>
    public static bool IsDesignated(LineOutcome outcome) => (outcome & (LineOutcome.SpecialProduct | LineOutcome.Sensitive)) != 0;
}
