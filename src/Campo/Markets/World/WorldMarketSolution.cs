using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.World;

/// <summary>How one commodity's world market was solved.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="BaseWorldPrice">The base world price.</param>
/// <param name="WorldPrice">The scenario's world price (the last iterate when not converged).</param>
/// <param name="Converged">True when the market clears within the tolerance.</param>
/// <param name="Iterations">Newton, line-search and bisection steps over all sweeps; 0 when the start cleared it.</param>
/// <param name="RelativeResidual">|Σ N − Σ N0| divided by the world volume (half of production plus demand).</param>
/// <param name="ExitReason">Why the solver stopped, in a sentence.</param>
public sealed record CommoditySolution(
    CommodityId Commodity,
    UsdPerTonne BaseWorldPrice,
    UsdPerTonne WorldPrice,
    bool Converged,
    int Iterations,
    double RelativeResidual,
    string ExitReason)
{
    /// <summary>Proportional change of the world price: pw/pw0 − 1.</summary>
    public double PriceChange => (WorldPrice.Value / BaseWorldPrice.Value) - 1.0;
}

/// <summary>One region's market for one commodity, in the base and in the scenario.</summary>
public sealed record RegionMarketResult
{
    /// <summary>The region.</summary>
    public required MemberId Region { get; init; }

    /// <summary>The commodity.</summary>
    public required CommodityId Commodity { get; init; }

    /// <summary>The base regime.</summary>
    public required TradeRegime BaseRegime { get; init; }

    /// <summary>The scenario regime.</summary>
    public required TradeRegime Regime { get; init; }

    /// <summary>Producer price in the base and the scenario.</summary>
    public required BaseAndScenario<UsdPerTonne> ProducerPrice { get; init; }

    /// <summary>Consumer price in the base and the scenario.</summary>
    public required BaseAndScenario<UsdPerTonne> ConsumerPrice { get; init; }

    /// <summary>Border (wholesale) price before producer and consumer wedges, base and scenario.</summary>
    public required BaseAndScenario<UsdPerTonne> BorderPrice { get; init; }

    /// <summary>Production, base and scenario.</summary>
    public required BaseAndScenario<Tonnes> Production { get; init; }

    /// <summary>Total demand, base and scenario.</summary>
    public required BaseAndScenario<Tonnes> Consumption { get; init; }

    /// <summary>Gross imports, base and scenario (two-way trade of the base held constant).</summary>
    public required BaseAndScenario<Tonnes> Imports { get; init; }

    /// <summary>Gross exports, base and scenario.</summary>
    public required BaseAndScenario<Tonnes> Exports { get; init; }

    /// <summary>The rent its own quota generates (whoever receives it), base and scenario.</summary>
    public required BaseAndScenario<Usd> QuotaRentGenerated { get; init; }

    /// <summary>The region's welfare change on this market.</summary>
    public required WelfareChange Welfare { get; init; }

    /// <summary>Net trade (exports − imports) in the scenario.</summary>
    public Tonnes NetExports => Exports.Scenario - Imports.Scenario;
}

/// <summary>
/// The world market model's answer to one shock: world prices and how they were solved, every region's
/// market and its welfare, and the notes on what the model did with the data.
/// </summary>
public sealed class WorldMarketSolution
{
    private readonly Lazy<Dictionary<(MemberId, CommodityId), RegionMarketResult>> _byCell;

    internal WorldMarketSolution(string scenario, double tolerance, int sweeps, IReadOnlyList<CommoditySolution> commodities, IReadOnlyList<RegionMarketResult> markets, IReadOnlyList<ModelNote> notes)
    {
        Scenario = scenario;
        Tolerance = tolerance;
        Sweeps = sweeps;
        Commodities = commodities;
        Markets = markets;
        Notes = notes;
        Welfare = new WelfareTable(markets.Select(r => new WelfareEntry(r.Region, r.Commodity, r.Welfare)).ToArray(), distinct: true);
        _byCell = new(() => markets.ToDictionary(r => (r.Region, r.Commodity)));
    }

    /// <summary>The shock's name.</summary>
    public string Scenario { get; }

    /// <summary>True when every commodity's market clears within the tolerance.</summary>
    public bool Converged => Commodities.All(c => c.Converged);

    /// <summary>The relative clearing tolerance used.</summary>
    public double Tolerance { get; }

    /// <summary>Gauss–Seidel sweeps over commodities linked by cross-price elasticities (0 when none are).</summary>
    public int Sweeps { get; }

    /// <summary>The largest relative residual over all commodities.</summary>
    public double MaxRelativeResidual => Commodities.Count == 0 ? 0 : Commodities.Max(c => c.RelativeResidual);

    /// <summary>Every commodity's world price and solver status, by commodity code.</summary>
    public IReadOnlyList<CommoditySolution> Commodities { get; }

    /// <summary>Every region's market, by commodity then region.</summary>
    public IReadOnlyList<RegionMarketResult> Markets { get; }

    /// <summary>Welfare by region and commodity, with sums by region, commodity, group and world.</summary>
    public WelfareTable Welfare { get; }

    /// <summary>What the model did with the data and the shock that readers must know.</summary>
    public IReadOnlyList<ModelNote> Notes { get; }

    /// <summary>One commodity's solve.</summary>
    /// <exception cref="KeyNotFoundException">The commodity is not in the model.</exception>
    public CommoditySolution Commodity(CommodityId commodity) =>
        Commodities.FirstOrDefault(c => c.Commodity == commodity) ?? throw new KeyNotFoundException($"{commodity} is not in the model.");

    /// <summary>One region's market for one commodity.</summary>
    /// <exception cref="KeyNotFoundException">The region has no market for the commodity.</exception>
    public RegionMarketResult Market(MemberId region, CommodityId commodity) =>
        _byCell.Value.TryGetValue((region, commodity), out var r) ? r : throw new KeyNotFoundException($"{region} has no market for {commodity}.");

    /// <summary>Throws when a market did not clear, for callers that need an answer.</summary>
    /// <exception cref="SolverException">Names the first commodity that did not converge, its residual and iterations.</exception>
    public void EnsureConverged()
    {
        var failed = Commodities.FirstOrDefault(c => !c.Converged);
        if (failed is not null)
        {
            throw new SolverException(
                string.Create(CultureInfo.InvariantCulture, $"the world market for {failed.Commodity} did not clear in scenario '{Scenario}': relative residual {failed.RelativeResidual:G3} after {failed.Iterations} iterations ({failed.ExitReason})"),
                "check the shock for that commodity (a quota or tariff that no price can clear) or the elasticities, or loosen the tolerance");
        }
    }
}
