using Campo.Domain;

namespace Campo.Markets.World;

/// <summary>
/// The calibrated world market as flat arrays: commodities own contiguous ranges of cells (one cell per
/// region and commodity), cells own contiguous ranges of demand components. Built once by
/// <see cref="Calibration"/>, read-only afterwards and shared by every solve and Monte Carlo draw.
/// Prices inside the solver are log ratios: x = ln(pw/pw0) per commodity, y = ln(pb/pb0) per cell.
/// </summary>
internal sealed class MarketArrays
{
    private ShiftPlan? _shifts;

    public required CommodityId[] Commodities { get; init; }

    public required MemberId[] Regions { get; init; }

    /// <summary>Base world price per commodity, USD/t.</summary>
    public required double[] WorldPrice0 { get; init; }

    /// <summary>Cells of commodity c are CellStart[c] .. CellStart[c+1]-1.</summary>
    public required int[] CellStart { get; init; }

    /// <summary>Half of world production plus world demand, the yardstick of the relative residual.</summary>
    public required double[] WorldScale { get; init; }

    /// <summary>Σ_r N_r0: the base world net exports that market clearing preserves (zero when the data balance).</summary>
    public required double[] WorldNet0 { get; init; }

    /// <summary>True when a cross-price link touches the commodity.</summary>
    public required bool[] Linked { get; init; }

    public required int[] CellCommodity { get; init; }

    public required int[] CellRegion { get; init; }

    public required double[] Supply0 { get; init; }

    /// <summary>Stock change used by the model (the base value, or the balance residual for a region with no net trade).</summary>
    public required double[] Stock0 { get; init; }

    /// <summary>Base net exports N0 as the model computes them at the base.</summary>
    public required double[] Net0 { get; init; }

    public required double[] Imports0 { get; init; }

    public required double[] Exports0 { get; init; }

    /// <summary>min(imports, exports) of the base: two-way trade held constant and reported, carrying no instrument.</summary>
    public required double[] Overlap { get; init; }

    public required double[] SupplyElasticity { get; init; }

    /// <summary>ln(pb0/pw0): the base border price factor that the base regime implies.</summary>
    public required double[] LogBorderFactor0 { get; init; }

    public required TradeRegime[] Regime0 { get; init; }

    /// <summary>Demand components of cell k are UseStart[k] .. UseStart[k+1]-1.</summary>
    public required int[] UseStart { get; init; }

    public required double[] Demand0 { get; init; }

    public required double[] DemandElasticity { get; init; }

    public required DemandUse[] UseKind { get; init; }

    /// <summary>Cross-price links sorted by target commodity; those of commodity c are LinkStart[c] .. LinkStart[c+1]-1.</summary>
    public required int[] LinkStart { get; init; }

    public required int[] LinkTargetCell { get; init; }

    /// <summary>The demand component shifted, or -1 for supply.</summary>
    public required int[] LinkTargetUse { get; init; }

    public required int[] LinkSourceCell { get; init; }

    public required double[] LinkElasticity { get; init; }

    /// <summary>The cross-price links grouped by the shift they set (built on first use, then shared).</summary>
    public ShiftPlan Shifts => LazyInitializer.EnsureInitialized(ref _shifts, () => ShiftPlan.Of(this));

    public required BorderPolicy[] BasePolicies { get; init; }

    public required PolicyArrays BasePolicy { get; init; }

    /// <summary>The base quota of each cell as the model uses it (the base imports where the base fills it exactly).</summary>
    public double[] QuotaInternal0 { get; set; } = [];

    public int CommodityCount => Commodities.Length;

    public int CellCount => CellCommodity.Length;

    public int UseCount => Demand0.Length;

    public double TotalDemand0(int k)
    {
        var d = 0.0;
        for (var u = UseStart[k]; u < UseStart[k + 1]; u++)
        {
            d += Demand0[u];
        }

        return d;
    }
}

/// <summary>
/// The cross-price links of each commodity grouped by the shift they set (one cell's supply or one demand
/// component), so that <see cref="WorldPriceSolver.UpdateShifts"/> sums each shift in one pass instead of clearing
/// every target and then scattering the links. Within a shift the links keep the order of
/// <see cref="MarketArrays.LinkStart"/>, so each shift is the same sum, 0 + a₁ + a₂ + …, added in the same order:
/// the same number to the bit.
/// </summary>
internal sealed class ShiftPlan
{
    private ShiftPlan(int[] slotStart, int[] slotTarget, bool[] slotDemand, int[] slotLinkStart, int[] source, double[] elasticity)
    {
        SlotStart = slotStart;
        SlotTarget = slotTarget;
        SlotDemand = slotDemand;
        SlotLinkStart = slotLinkStart;
        Source = source;
        Elasticity = elasticity;
    }

    /// <summary>The shifts of commodity c are SlotStart[c] .. SlotStart[c+1]-1.</summary>
    public int[] SlotStart { get; }

    /// <summary>The shifted cell (supply) or demand component (demand).</summary>
    public int[] SlotTarget { get; }

    /// <summary>True for a demand component's shift, false for a cell's supply shift.</summary>
    public bool[] SlotDemand { get; }

    /// <summary>The links of shift j are SlotLinkStart[j] .. SlotLinkStart[j+1]-1.</summary>
    public int[] SlotLinkStart { get; }

    /// <summary>Each link's source cell, in shift order.</summary>
    public int[] Source { get; }

    /// <summary>Each link's elasticity, in shift order.</summary>
    public double[] Elasticity { get; }

    public static ShiftPlan Of(MarketArrays m)
    {
        var slotStart = new int[m.CommodityCount + 1];
        var slotTarget = new List<int>();
        var slotDemand = new List<bool>();
        var slotLinkStart = new List<int>();
        var source = new List<int>();
        var elasticity = new List<double>();
        for (var c = 0; c < m.CommodityCount; c++)
        {
            slotStart[c] = slotTarget.Count;
            var slots = new Dictionary<(bool Demand, int Target), List<int>>();
            var order = new List<(bool Demand, int Target)>();
            for (var l = m.LinkStart[c]; l < m.LinkStart[c + 1]; l++)
            {
                var use = m.LinkTargetUse[l];
                var key = use < 0 ? (false, m.LinkTargetCell[l]) : (true, use);
                if (!slots.TryGetValue(key, out var links))
                {
                    slots[key] = links = [];
                    order.Add(key);
                }

                links.Add(l);
            }

            foreach (var key in order)
            {
                slotTarget.Add(key.Target);
                slotDemand.Add(key.Demand);
                slotLinkStart.Add(source.Count);
                foreach (var l in slots[key])
                {
                    source.Add(m.LinkSourceCell[l]);
                    elasticity.Add(m.LinkElasticity[l]);
                }
            }
        }

        slotStart[m.CommodityCount] = slotTarget.Count;
        slotLinkStart.Add(source.Count);
        return new ShiftPlan(slotStart, [.. slotTarget], [.. slotDemand], [.. slotLinkStart], [.. source], [.. elasticity]);
    }
}

/// <summary>The policy in force in one solve, per cell, with the log price factors the regimes use.</summary>
internal sealed class PolicyArrays
{
    public PolicyArrays(int cells)
    {
        ImportTariff = new double[cells];
        ExportWedge = new double[cells];
        ProducerSupport = new double[cells];
        ConsumerWedge = new double[cells];
        InQuota = new double[cells];
        OutOfQuota = new double[cells];
        Quota = new double[cells];
        RentShare = new double[cells];
        HasQuota = new bool[cells];
        LogExport = new double[cells];
        LogIn = new double[cells];
        LogOut = new double[cells];
        LogProducer = new double[cells];
        LogConsumer = new double[cells];
    }

    /// <summary>Effective tariff without a quota (raised to the export subsidy where that is higher).</summary>
    public double[] ImportTariff { get; }

    public double[] ExportWedge { get; }

    public double[] ProducerSupport { get; }

    public double[] ConsumerWedge { get; }

    /// <summary>Effective in-quota rate (the tariff when there is no quota).</summary>
    public double[] InQuota { get; }

    /// <summary>Effective out-of-quota rate (the tariff when there is no quota).</summary>
    public double[] OutOfQuota { get; }

    /// <summary>Quota on net imports; +∞ without a quota.</summary>
    public double[] Quota { get; }

    public double[] RentShare { get; }

    public bool[] HasQuota { get; }

    /// <summary>ln(1 + export wedge) − ln(pb0/pw0): y at export parity is x + LogExport.</summary>
    public double[] LogExport { get; }

    /// <summary>y at the in-quota (or only) import parity is x + LogIn.</summary>
    public double[] LogIn { get; }

    /// <summary>y at the out-of-quota import parity is x + LogOut.</summary>
    public double[] LogOut { get; }

    /// <summary>ln((1 + pse)/(1 + pse0)): ln(pp/pp0) = y + LogProducer.</summary>
    public double[] LogProducer { get; }

    /// <summary>ln((1 + cw)/(1 + cw0)): ln(pc/pc0) = y + LogConsumer.</summary>
    public double[] LogConsumer { get; }

    /// <summary>Copies every array of another policy of the same size (a cheap start from the base policy).</summary>
    public void CopyFrom(PolicyArrays other)
    {
        Array.Copy(other.ImportTariff, ImportTariff, ImportTariff.Length);
        Array.Copy(other.ExportWedge, ExportWedge, ExportWedge.Length);
        Array.Copy(other.ProducerSupport, ProducerSupport, ProducerSupport.Length);
        Array.Copy(other.ConsumerWedge, ConsumerWedge, ConsumerWedge.Length);
        Array.Copy(other.InQuota, InQuota, InQuota.Length);
        Array.Copy(other.OutOfQuota, OutOfQuota, OutOfQuota.Length);
        Array.Copy(other.Quota, Quota, Quota.Length);
        Array.Copy(other.RentShare, RentShare, RentShare.Length);
        Array.Copy(other.HasQuota, HasQuota, HasQuota.Length);
        Array.Copy(other.LogExport, LogExport, LogExport.Length);
        Array.Copy(other.LogIn, LogIn, LogIn.Length);
        Array.Copy(other.LogOut, LogOut, LogOut.Length);
        Array.Copy(other.LogProducer, LogProducer, LogProducer.Length);
        Array.Copy(other.LogConsumer, LogConsumer, LogConsumer.Length);
    }
}
