using Campo.Domain;

namespace Campo.Markets.World;

/// <summary>
/// A change of policy for one region and commodity. Each property left null keeps the base value; a new
/// <see cref="Quota"/> replaces the base quota, and <see cref="RemoveQuota"/> removes it (the import tariff
/// then applies to all imports).
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Commodity">The commodity.</param>
public sealed record PolicyChange(MemberId Region, CommodityId Commodity)
{
    /// <summary>New applied import tariff, or null to keep the base.</summary>
    public Rate? ImportTariff { get; init; }

    /// <summary>New export subsidy (positive) or tax (negative), or null to keep the base.</summary>
    public Wedge? ExportWedge { get; init; }

    /// <summary>New producer support wedge, or null to keep the base.</summary>
    public Wedge? ProducerSupport { get; init; }

    /// <summary>New consumer wedge, or null to keep the base.</summary>
    public Wedge? ConsumerWedge { get; init; }

    /// <summary>New tariff-rate quota, or null to keep the base one (if any).</summary>
    public TariffRateQuota? Quota { get; init; }

    /// <summary>True to remove the base quota; cannot be combined with a new <see cref="Quota"/>.</summary>
    public bool RemoveQuota { get; init; }
}

/// <summary>
/// A scenario for the world market model: the policy changes a draft makes, relative to the base. The solve
/// is a pure function of the base and the shock, so a multi-year path is a sequence of shocks.
/// </summary>
/// <param name="Changes">The changes; a region and commodity may appear once at most.</param>
/// <param name="Name">A name for messages and reports.</param>
public sealed record WorldMarketShock(IReadOnlyList<PolicyChange> Changes, string Name = "scenario")
{
    /// <summary>No change: the solve returns the base.</summary>
    public static WorldMarketShock None { get; } = new([], "base");
}
