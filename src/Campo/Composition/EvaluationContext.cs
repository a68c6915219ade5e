using System.Runtime.CompilerServices;
using Campo.Data;
using Campo.Markets.World;

namespace Campo.Composition;

/// <summary>
/// A dataset with its world market model calibrated once. Calibration takes a large share of a run, and every
/// draft evaluated on the same data (a comparison, a negotiation search, the web server) shares it.
/// </summary>
public sealed class EvaluationContext
{
    // Lazy: two threads asking at once (a run's calibration started beside its schedules, the web server's warm-up
    // and a first request) build one context, the second waiting for it; ConditionalWeakTable alone may build two.
    private static readonly ConditionalWeakTable<Dataset, Lazy<EvaluationContext>> WithCrossPrices = [];
    private static readonly ConditionalWeakTable<Dataset, Lazy<EvaluationContext>> WithoutCrossPrices = [];

    private EvaluationContext(Dataset dataset, bool crossPrices)
    {
        using var timing = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Calibration);
        Dataset = dataset;
        CrossPrices = crossPrices;
        var marketBase = MarketBaseBuilder.Build(dataset, crossPrices);
        BaseNotes = marketBase.Notes;
        Model = WorldMarketModel.Calibrate(marketBase.Data);
        Cells = marketBase.Data.Markets.Select(m => (m.Region, m.Commodity)).ToHashSet();
    }

    /// <summary>The dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>True when the food cross-price elasticities are in the model.</summary>
    public bool CrossPrices { get; }

    /// <summary>The calibrated world market model.</summary>
    public WorldMarketModel Model { get; }

    /// <summary>How gaps in the data were filled when the model was built.</summary>
    public IReadOnlyList<string> BaseNotes { get; }

    /// <summary>The region and commodity markets in the model.</summary>
    public IReadOnlySet<(Domain.MemberId Region, Domain.CommodityId Commodity)> Cells { get; }

    /// <summary>The context of a dataset, built on first use and shared afterwards (thread-safe).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="crossPrices">False to drop the food cross-price elasticities.</param>
    public static EvaluationContext For(Dataset dataset, bool crossPrices = true)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var table = crossPrices ? WithCrossPrices : WithoutCrossPrices;
        return table.GetValue(dataset, d => new Lazy<EvaluationContext>(() => new EvaluationContext(d, crossPrices))).Value;
    }

    /// <summary>True when the context of a dataset has been built, so that <see cref="For"/> returns it at once.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="crossPrices">False for the model without the food cross-price elasticities.</param>
    public static bool IsBuilt(Dataset dataset, bool crossPrices = true)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var table = crossPrices ? WithCrossPrices : WithoutCrossPrices;
        return table.TryGetValue(dataset, out var context) && context.IsValueCreated;
    }
}
