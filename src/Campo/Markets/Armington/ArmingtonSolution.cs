using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.Armington;

/// <summary>One region's outcome in the Armington model.</summary>
/// <param name="Region">The region.</param>
/// <param name="ExportPriceChange">p̂*_r, the proportional change of its export (world) price.</param>
/// <param name="CompositePriceChange">P̂_v, the proportional change of its composite import price (exact form).</param>
/// <param name="Exports">Its exports at world prices, base and scenario.</param>
/// <param name="Imports">Its imports at world prices, base and scenario.</param>
/// <param name="Welfare">Its welfare change: GSIM's producer (exporter) surplus, consumer (importer) surplus and tariff revenue.</param>
public sealed record ArmingtonRegionResult(
    MemberId Region,
    double ExportPriceChange,
    double CompositePriceChange,
    BaseAndScenario<Usd> Exports,
    BaseAndScenario<Usd> Imports,
    WelfareChange Welfare);

/// <summary>One bilateral flow's outcome.</summary>
/// <param name="Exporter">The exporter.</param>
/// <param name="Importer">The importer.</param>
/// <param name="Value">The flow at world prices, base and scenario.</param>
/// <param name="Tariff">The tariff factor T = 1 + t, base and scenario.</param>
/// <param name="QuantityChange">M̂_rv, the proportional change of the quantity traded (linear form).</param>
public sealed record BilateralFlowResult(MemberId Exporter, MemberId Importer, BaseAndScenario<Usd> Value, BaseAndScenario<double> Tariff, double QuantityChange);

/// <summary>The Armington model's answer to one shock.</summary>
public sealed class ArmingtonSolution
{
    internal ArmingtonSolution(string scenario, CommodityId product, bool converged, int iterations, double residual, string exitReason, IReadOnlyList<ArmingtonRegionResult> regions, IReadOnlyList<BilateralFlowResult> flows)
    {
        Scenario = scenario;
        Product = product;
        Converged = converged;
        Iterations = iterations;
        RelativeResidual = residual;
        ExitReason = exitReason;
        Regions = regions;
        Flows = flows;
        Welfare = new WelfareTable(regions.Select(r => new WelfareEntry(r.Region, product, r.Welfare)));
    }

    /// <summary>The shock's name.</summary>
    public string Scenario { get; }

    /// <summary>The product.</summary>
    public CommodityId Product { get; }

    /// <summary>True when every exporter's market clears within the tolerance.</summary>
    public bool Converged { get; }

    /// <summary>Newton steps taken (0 when the start solves the system, 1 for any tariff shock).</summary>
    public int Iterations { get; }

    /// <summary>max_r |F_r|: the largest market-clearing residual, a pure number (share-weighted proportional quantity change).</summary>
    public double RelativeResidual { get; }

    /// <summary>Why the solver stopped.</summary>
    public string ExitReason { get; }

    /// <summary>Each region's outcome, in the model's order.</summary>
    public IReadOnlyList<ArmingtonRegionResult> Regions { get; }

    /// <summary>Each bilateral flow with trade in the base, exporter-major.</summary>
    public IReadOnlyList<BilateralFlowResult> Flows { get; }

    /// <summary>Welfare by region, shared with the world market model's reporting.</summary>
    public WelfareTable Welfare { get; }

    /// <summary>One region's outcome.</summary>
    /// <exception cref="KeyNotFoundException">The region is not in the model.</exception>
    public ArmingtonRegionResult Region(MemberId region) =>
        Regions.FirstOrDefault(r => r.Region == region) ?? throw new KeyNotFoundException($"{region} is not in the model.");

    /// <summary>Throws when the system was not solved.</summary>
    /// <exception cref="SolverException">Names the product, residual and iterations.</exception>
    public void EnsureConverged()
    {
        if (!Converged)
        {
            throw new SolverException(
                string.Create(CultureInfo.InvariantCulture, $"the bilateral market for {Product} did not clear in scenario '{Scenario}': relative residual {RelativeResidual:G3} after {Iterations} iterations ({ExitReason})"),
                "check the elasticities (an exporter with no supply response and no sales) or the tariffs");
        }
    }
}
