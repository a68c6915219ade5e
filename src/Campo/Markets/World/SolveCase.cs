namespace Campo.Markets.World;

/// <summary>What one solve varies on the calibrated market: elasticities (Monte Carlo draws) and policy (the shock).</summary>
internal sealed class SolveCase
{
    public SolveCase(double[] supplyElasticity, double[] demandElasticity, PolicyArrays policy)
    {
        SupplyElasticity = supplyElasticity;
        DemandElasticity = demandElasticity;
        Policy = policy;
    }

    public double[] SupplyElasticity { get; }

    public double[] DemandElasticity { get; }

    public PolicyArrays Policy { get; }

    public static SolveCase Base(MarketArrays m) => new(m.SupplyElasticity, m.DemandElasticity, m.BasePolicy);
}

/// <summary>The state of one solve: prices, shifters and regimes. One per thread; reused across draws.</summary>
internal sealed class SolveState
{
    public SolveState(MarketArrays m)
    {
        X = new double[m.CommodityCount];
        Y = new double[m.CellCount];
        YAtSweepStart = new double[m.CellCount];
        LogSupplyShift = new double[m.CellCount];
        LogDemandShift = new double[m.UseCount];
        Regime = (TradeRegime[])m.Regime0.Clone();
        Net = (double[])m.Net0.Clone();
        Iterations = new int[m.CommodityCount];
        Residual = new double[m.CommodityCount];
        Converged = new bool[m.CommodityCount];
        ExitReason = new string[m.CommodityCount];
    }

    /// <summary>ln(pw/pw0) per commodity.</summary>
    public double[] X { get; }

    /// <summary>ln(pb/pb0) per cell.</summary>
    public double[] Y { get; }

    /// <summary>Y at the start of the current Gauss–Seidel sweep.</summary>
    public double[] YAtSweepStart { get; }

    /// <summary>ln of the cross-price factor on supply, per cell.</summary>
    public double[] LogSupplyShift { get; }

    /// <summary>ln of the cross-price factor on each demand component.</summary>
    public double[] LogDemandShift { get; }

    public TradeRegime[] Regime { get; }

    /// <summary>Net exports per cell.</summary>
    public double[] Net { get; }

    public int[] Iterations { get; }

    /// <summary>Relative residual per commodity at the end of the solve.</summary>
    public double[] Residual { get; }

    public bool[] Converged { get; }

    public string[] ExitReason { get; }

    public int Sweeps { get; set; }

    /// <summary>Resets prices to the base (a cold start).</summary>
    public void Reset(MarketArrays m)
    {
        Array.Clear(X);
        Array.Clear(Y);
        Array.Clear(LogSupplyShift);
        Array.Clear(LogDemandShift);
        Array.Copy(m.Regime0, Regime, Regime.Length);
        Array.Copy(m.Net0, Net, Net.Length);
        Array.Clear(Iterations);
        Array.Clear(Residual);
        Array.Clear(Converged);
        Array.Fill(ExitReason, string.Empty);
        Sweeps = 0;
    }

    /// <summary>Copies another state's prices as a warm start.</summary>
    public void WarmStartFrom(SolveState other)
    {
        Array.Copy(other.X, X, X.Length);
        Array.Copy(other.Y, Y, Y.Length);
        Array.Copy(other.LogSupplyShift, LogSupplyShift, LogSupplyShift.Length);
        Array.Copy(other.LogDemandShift, LogDemandShift, LogDemandShift.Length);
        Array.Clear(Iterations);
        Sweeps = 0;
    }
}
