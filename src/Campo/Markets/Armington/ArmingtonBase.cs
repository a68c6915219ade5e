using Campo.Domain;

namespace Campo.Markets.Armington;

/// <summary>A region of the Armington model with its elasticities (reference §2.3).</summary>
/// <param name="Region">The region.</param>
/// <param name="ImportDemandElasticity">E_m, the elasticity of its composite import demand; at most 0 (GSIM example −1.25).</param>
/// <param name="ExportSupplyElasticity">E_x, the elasticity of its export supply; at least 0 (GSIM example 1.5; WITS uses 99 for "infinite").</param>
/// <param name="SubstitutionElasticity">E_s, the elasticity of substitution between sources in its market; at least 0 (GSIM example 5).</param>
public sealed record ArmingtonRegion(MemberId Region, double ImportDemandElasticity, double ExportSupplyElasticity, double SubstitutionElasticity);

/// <summary>A base-year bilateral flow: exports of one region to another, at world prices, and the tariff on it.</summary>
/// <param name="Exporter">The exporting region (row r).</param>
/// <param name="Importer">The importing region (column v); may equal the exporter for domestic shipments.</param>
/// <param name="Value">The flow at world (c.i.f.) prices; at least 0.</param>
/// <param name="Tariff">The ad valorem tariff the importer levies on it (GSIM's T = 1 + t).</param>
public sealed record BilateralFlow(MemberId Exporter, MemberId Importer, Usd Value, Rate Tariff);

/// <summary>
/// The base of a GSIM-style model for one product: the regions with their elasticities and the bilateral flows
/// at world prices with their tariffs. Pairs with no flow are zero trade at zero tariff.
/// </summary>
/// <param name="Product">The product the model describes.</param>
/// <param name="Regions">The regions, each once.</param>
/// <param name="Flows">The flows; an (exporter, importer) pair once at most.</param>
/// <param name="SourceName">What to call the data in messages.</param>
public sealed record ArmingtonBase(CommodityId Product, IReadOnlyList<ArmingtonRegion> Regions, IReadOnlyList<BilateralFlow> Flows, string SourceName = "bilateral base data");

/// <summary>A new tariff on one bilateral flow.</summary>
/// <param name="Exporter">The exporter.</param>
/// <param name="Importer">The importer.</param>
/// <param name="Tariff">The new ad valorem tariff.</param>
public sealed record BilateralTariffChange(MemberId Exporter, MemberId Importer, Rate Tariff);

/// <summary>
/// A scenario for the Armington model: new bilateral tariffs relative to the base (a preferential agreement, a
/// unilateral cut, one year of a phase-in). The solve is a pure function of base and shock.
/// </summary>
/// <param name="Changes">The tariff changes; a pair once at most.</param>
/// <param name="Name">A name for messages.</param>
public sealed record ArmingtonShock(IReadOnlyList<BilateralTariffChange> Changes, string Name = "scenario")
{
    /// <summary>No change.</summary>
    public static ArmingtonShock None { get; } = new([], "base");
}
