using Campo.Domain;

namespace Campo.Markets.Uncertainty;

/// <summary>How many draws, from which seed, on how many threads.</summary>
public sealed record MonteCarloOptions
{
    /// <summary>Number of draws; at least 1. Default 1000.</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The seed; the same seed gives the same results whatever the thread count. Default 2005.</summary>
    public ulong Seed { get; init; } = Defaults.Seed;

    /// <summary>Threads to use; −1 (default) for all cores, 1 for a sequential run.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    internal void Validate()
    {
        if (Draws < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "A Monte Carlo run needs at least one draw.");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use −1 for all cores or a positive thread count.");
        }
    }
}

/// <summary>Named groups of regions whose welfare the Monte Carlo summarises (coalitions, LDCs, net food importers).</summary>
public static class RegionGroups
{
    /// <summary>No groups.</summary>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyCollection<MemberId>>> None { get; } = [];
}
