using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace Campo.Cluster;

/// <summary>
/// Places a grain on the silo whose address its string key is (<see cref="SiloAddress.ToParsableString"/>), and nowhere
/// else: a silo's sweep worker lives on that silo, and a worker whose silo has left the cluster cannot be activated
/// elsewhere (its batches go back to the queue instead).
/// </summary>
[Serializable]
[GenerateSerializer]
[Immutable]
[SuppressReferenceTracking]
public sealed class TargetSiloPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static TargetSiloPlacement Instance { get; } = new();
}

/// <summary>Marks a grain class as placed by <see cref="TargetSiloPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TargetSiloPlacementAttribute : PlacementAttribute
{
    /// <summary>Creates the attribute.</summary>
    public TargetSiloPlacementAttribute()
        : base(TargetSiloPlacement.Instance)
    {
    }
}

/// <summary>Chooses the silo named by the grain's key among the compatible silos.</summary>
public sealed class TargetSiloPlacementDirector : IPlacementDirector
{
    /// <inheritdoc />
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = target.GrainIdentity.Key.ToString();
        foreach (var silo in context.GetCompatibleSilos(target))
        {
            if (string.Equals(silo.ToParsableString(), key, StringComparison.Ordinal))
            {
                return Task.FromResult(silo);
            }
        }

        throw new SiloUnavailableException("The silo " + key + " is not in the cluster.");
    }
}
