using Campo.Domain;

namespace Campo.Schedules;

/// <summary>How a duty is expressed in a schedule.</summary>
public enum DutyType
{
    /// <summary>A percentage of the customs value.</summary>
    AdValorem,

    /// <summary>An amount per unit of quantity (here US dollars per tonne).</summary>
    Specific,

    /// <summary>An ad valorem part plus a specific part, both charged.</summary>
    Compound,

    /// <summary>The higher of an ad valorem part and a specific part (the usual "whichever is higher" clause).</summary>
    Mixed,
}

/// <summary>
/// A duty as scheduled: its type, its ad valorem part and its specific part. Which parts are present depends on
/// <see cref="Type"/>: ad valorem needs only <see cref="AdValorem"/>, specific only <see cref="Specific"/>,
/// compound and mixed both.
/// </summary>
public sealed record Duty
{
    /// <summary>Creates a duty.</summary>
    /// <param name="type">How the duty is expressed.</param>
    /// <param name="adValorem">The ad valorem part; required unless the duty is specific.</param>
    /// <param name="specific">The specific part in US dollars per tonne; required unless the duty is ad valorem.</param>
    /// <exception cref="ArgumentException">A part the type needs is missing, or a part it does not use is given.</exception>
    public Duty(DutyType type, Rate? adValorem, UsdPerTonne? specific)
    {
        var needsAdValorem = type != DutyType.Specific;
        var needsSpecific = type != DutyType.AdValorem;
        if (needsAdValorem != adValorem.HasValue)
        {
            throw new ArgumentException($"A {type} duty {(needsAdValorem ? "needs" : "has no")} ad valorem part.", nameof(adValorem));
        }

        if (needsSpecific != specific.HasValue)
        {
            throw new ArgumentException($"A {type} duty {(needsSpecific ? "needs" : "has no")} specific part.", nameof(specific));
        }

        Type = type;
        AdValorem = adValorem;
        Specific = specific;
    }

    /// <summary>How the duty is expressed.</summary>
    public DutyType Type { get; }

    /// <summary>The ad valorem part, or null for a specific duty.</summary>
    public Rate? AdValorem { get; }

    /// <summary>The specific part in US dollars per tonne, or null for an ad valorem duty.</summary>
    public UsdPerTonne? Specific { get; }

    /// <summary>An ad valorem duty.</summary>
    public static Duty Ad(Rate rate) => new(DutyType.AdValorem, rate, null);

    /// <summary>The duty as a short text: "12.0%", "206.00 USD/t", "5.0% + 30.00 USD/t", "max(5.0%, 30.00 USD/t)".</summary>
    public override string ToString() => Type switch
    {
        DutyType.AdValorem => AdValorem!.Value.ToString(),
        DutyType.Specific => Specific!.Value.ToString(),
        DutyType.Compound => AdValorem!.Value + " + " + Specific!.Value,
        _ => "max(" + AdValorem!.Value + ", " + Specific!.Value + ")",
    };
}

/// <summary>
/// A tariff-rate quota: a quantity admitted at the in-quota rate; imports beyond it pay the out-of-quota rate, which
/// is the line's bound duty (<see cref="TariffLine.Bound"/>), the rate the formula cuts.
/// </summary>
/// <param name="Quantity">The quota quantity.</param>
/// <param name="InQuota">The in-quota rate (ad valorem).</param>
public sealed record TariffQuota(Tonnes Quantity, Rate InQuota);

/// <summary>Designations a member writes against a line.</summary>
[Flags]
public enum LineFlags
{
    /// <summary>No designation.</summary>
    None = 0,

    /// <summary>A sensitive product: a smaller cut against more tariff-quota access.</summary>
    Sensitive = 1,

    /// <summary>A special product (developing members): a smaller or no cut.</summary>
    SpecialProduct = 2,

    /// <summary>The line may use the special agricultural safeguard (AoA Article 5).</summary>
    SpecialSafeguard = 4,

    /// <summary>A processed product subject to the tariff-escalation rule (its primary product is named on the line).</summary>
    Processed = 8,
}

/// <summary>
/// One line of a member's agricultural schedule: an HS subheading or national line, or (at the commodity level)
/// one model commodity standing for all its lines. Rates are the scheduled duties; their ad valorem equivalents
/// are computed by <see cref="AdValoremEquivalent"/>.
/// </summary>
public sealed record TariffLine
{
    /// <summary>The line's identifier as shown: HS digits, or a commodity code at the commodity level.</summary>
    public required string Id { get; init; }

    /// <summary>The HS code, or null for a commodity pseudo-line.</summary>
    public HsCode? Hs { get; init; }

    /// <summary>The model commodity, for a commodity pseudo-line; otherwise null.</summary>
    public CommodityId? Commodity { get; init; }

    /// <summary>A description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The product group the line is reported under (see <see cref="ProductGroups"/>).</summary>
    public required string Group { get; init; }

    /// <summary>The bound (final bound) duty, or null when the source gives no rate at all (its results are then flagged unknown, never zero).</summary>
    public required Duty? Bound { get; init; }

    /// <summary>Where the bound duty comes from; an assumption (for example "bound rate unknown: applied rate used") is flagged in every output.</summary>
    public required Provenance BoundProvenance { get; init; }

    /// <summary>The MFN applied duty, or null when unknown (its results are then flagged unknown).</summary>
    public Duty? Applied { get; init; }

    /// <summary>The unit import value used for ad valorem equivalents of specific parts, or null.</summary>
    public UsdPerTonne? UnitValue { get; init; }

    /// <summary>The tariff-rate quota on the line, or null.</summary>
    public TariffQuota? Quota { get; init; }

    /// <summary>The member's designations.</summary>
    public LineFlags Flags { get; init; }

    /// <summary>For a processed product, the line of its primary product (tariff escalation); otherwise null.</summary>
    public string? Primary { get; init; }

    /// <summary>Import value used as the trade weight, or null.</summary>
    public Usd? TradeValue { get; init; }

    /// <summary>Domestic consumption, for tariff-quota expansion of sensitive products; or null.</summary>
    public Tonnes? Consumption { get; init; }

    /// <summary>Domestic production valued at world prices, the second tie-break of designation (<see cref="DesignationOrder"/>); or null.</summary>
    public Usd? ProductionValue { get; init; }
}
