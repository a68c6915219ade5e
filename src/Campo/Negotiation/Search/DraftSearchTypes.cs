using Campo.Domain;
using Campo.Errors;

namespace Campo.Negotiation;

/// <summary>The welfare part a search objective adds up.</summary>
public enum ObjectivePart
{
    /// <summary>National welfare: farmers, consumers, treasury and quota rents.</summary>
    Total,

    /// <summary>Farmers (producer surplus).</summary>
    Farmers,

    /// <summary>Consumers (consumer surplus).</summary>
    Consumers,

    /// <summary>Treasuries.</summary>
    Treasury,
}

/// <summary>What the search maximises over the passable drafts: a part of a group's welfare change against the alternative.</summary>
/// <param name="Group">"world", a status group ("developed", "developing", "ldc") or a coalition code ("G20", "G90", ...).</param>
/// <param name="Part">The part summed over the group's market regions (each region once).</param>
public sealed record SearchObjective(string Group, ObjectivePart Part)
{
    /// <summary>World welfare.</summary>
    public static SearchObjective World { get; } = new("world", ObjectivePart.Total);

    /// <summary>The objective in words, such as "ldc farmers".</summary>
    public override string ToString() => Group + " " + Part.ToString().ToLowerInvariant();

    /// <summary>Reads <c>group</c> or <c>group-part</c> (world, ldc-farmers, G20-total, developing-consumers).</summary>
    /// <exception cref="CampoException">A malformed objective or an unknown part.</exception>
    public static SearchObjective Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('-', 2);
        if (parts[0].Length == 0)
        {
            throw new CampoException("an empty objective", "write world, ldc-farmers or G20-total", SourceLocation.OfField("--best"));
        }

        if (parts.Length == 1)
        {
            return new SearchObjective(parts[0], ObjectivePart.Total);
        }

        if (!Enum.TryParse<ObjectivePart>(parts[1], ignoreCase: true, out var part) || !Enum.IsDefined(part))
        {
            throw new CampoException("unknown part \"" + parts[1] + "\" in the objective " + text, "one of total, farmers, consumers, treasury (as in ldc-farmers)", SourceLocation.OfField("--best"));
        }

        return new SearchObjective(parts[0], part);
    }
}

/// <summary>A draft search: which knobs vary over which ranges, how drafts are sampled, and what the best draft maximises.</summary>
public sealed record DraftSearchRequest
{
    /// <summary>The knobs and their ranges; at least one, each knob once.</summary>
    public required IReadOnlyList<SearchDimension> Dimensions { get; init; }

    /// <summary>Drafts in the Latin hypercube (ignored with <see cref="GridPoints"/>). Default 1,000.</summary>
    public int Drafts { get; init; } = 1000;

    /// <summary>Points per knob of a full grid instead of a Latin hypercube, or null.</summary>
    public int? GridPoints { get; init; }

    /// <summary>The seed of the Latin hypercube.</summary>
    public ulong Seed { get; init; } = Defaults.Seed;

    /// <summary>What the best passable draft maximises.</summary>
    public SearchObjective Objective { get; init; } = SearchObjective.World;

    /// <summary>True to measure and report the time taken (drafts per minute).</summary>
    public bool Timing { get; init; }

    /// <summary>Told the number of drafts judged so far as the search goes (in this process only), or null.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Judges the drafts elsewhere (a cluster: <c>--cluster</c>), or null to judge them in this process.</summary>
    public IDraftSearchExecutor? Executor { get; init; }

    /// <summary>Checks the request.</summary>
    /// <exception cref="CampoException">No knob, a knob twice, or a sample size out of range.</exception>
    public void Validate()
    {
        var field = SourceLocation.OfField("--search");
        if (Dimensions.Count == 0)
        {
            throw new CampoException("a search needs at least one draft parameter", "give --search swiss=10:60 (repeat for more)", field);
        }

        if (Dimensions.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new CampoException(twice.Key + " is searched twice", "give each parameter once", field);
        }

        if (GridPoints is { } g && (g < 2 || Math.Pow(g, Dimensions.Count) > 1_000_000))
        {
            throw new CampoException("a grid of " + g + " points per parameter is out of range", "give 2 or more points and at most 1,000,000 drafts in all", SourceLocation.OfField("--grid"));
        }

        if (GridPoints is null && Drafts is < 1 or > 1_000_000)
        {
            throw new CampoException("a search of " + Drafts + " drafts is out of range", "give 1 to 1,000,000 drafts", SourceLocation.OfField("--drafts"));
        }
    }
}

/// <summary>One searched dimension, with where the passable drafts lie on it.</summary>
/// <param name="Name">The knob's name.</param>
/// <param name="Meaning">What it sets, with units.</param>
/// <param name="Low">The range's low end.</param>
/// <param name="High">The range's high end.</param>
/// <param name="Tabled">The tabled draft's value, or null when it has none (the distance then takes the end of the range stated in <paramref name="TabledNote"/>).</param>
/// <param name="TabledNote">How the tabled value is read.</param>
/// <param name="PassableLow">The lowest value among passable drafts, or null when none passes.</param>
/// <param name="PassableHigh">The highest value among passable drafts, or null.</param>
public sealed record SearchDimensionReport(string Name, string Meaning, double Low, double High, double? Tabled, string TabledNote, double? PassableLow, double? PassableHigh);

/// <summary>A searched draft.</summary>
/// <param name="Values">The knob values, parallel to the dimensions.</param>
/// <param name="Passes">True when no member objects.</param>
/// <param name="Objecting">Members whose final position is to object.</param>
/// <param name="Objective">The objective's value, million USD a year.</param>
/// <param name="Distance">Normalised distance to the tabled draft (each knob divided by its range).</param>
/// <param name="Blocking">Members that object and speak for themselves (only for the drafts reported in full; empty in <see cref="DraftSearchReport.Points"/>).</param>
public sealed record SearchedDraft(IReadOnlyList<double> Values, bool Passes, int Objecting, double Objective, double Distance, IReadOnlyList<MemberId> Blocking)
{
    /// <summary>
    /// Each knob's step from the tabled draft divided by its searched range, (value − tabled) / (high − low), parallel to
    /// the dimensions; <see cref="Distance"/> is their Euclidean norm. Only for the drafts reported in full (empty in
    /// <see cref="DraftSearchReport.Points"/>).
    /// </summary>
    public IReadOnlyList<double> Steps { get; init; } = [];
}

/// <summary>How often a member objects across the searched drafts.</summary>
/// <param name="Member">The member.</param>
/// <param name="Name">Its name.</param>
/// <param name="Share">Share of the converged drafts in which it objects.</param>
public sealed record BlockerShare(MemberId Member, string Name, double Share);

/// <summary>The time a search took (noisy: it depends on the machine's load).</summary>
/// <param name="Seconds">Wall-clock seconds for the drafts, schedules to verdict.</param>
/// <param name="DraftsPerMinute">Drafts evaluated per minute of wall-clock time.</param>
/// <param name="Threads">Threads used.</param>
/// <param name="CpuSeconds">Processor seconds the process used meanwhile (all threads): on a busy machine, the drafts per minute the threads would reach with a core each is about Threads × 60 × drafts / CpuSeconds.</param>
public sealed record SearchTiming(double Seconds, double DraftsPerMinute, int Threads, double CpuSeconds);

/// <summary>The result of a draft search.</summary>
/// <param name="Method">How drafts were sampled and judged, in words.</param>
/// <param name="Dimensions">The searched knobs.</param>
/// <param name="Objective">What the best draft maximises.</param>
/// <param name="Drafts">Drafts evaluated.</param>
/// <param name="Converged">Drafts whose markets all cleared (the others are left out).</param>
/// <param name="Passable">Drafts that pass.</param>
/// <param name="Tabled">The tabled draft.</param>
/// <param name="Nearest">The passable draft nearest the tabled one, or null when none passes.</param>
/// <param name="Best">The passable draft best for the objective, or null when none passes.</param>
/// <param name="Closest">The draft with the fewest objectors (closest to consensus; nearest the tabled among ties).</param>
/// <param name="Blockers">Every member that speaks for itself and objects in some draft, most frequent first.</param>
/// <param name="Timing">The time taken, or null when not asked.</param>
/// <param name="Points">Every draft evaluated, in sampling order.</param>
public sealed record DraftSearchReport(
    string Method,
    IReadOnlyList<SearchDimensionReport> Dimensions,
    string Objective,
    int Drafts,
    int Converged,
    int Passable,
    SearchedDraft Tabled,
    SearchedDraft? Nearest,
    SearchedDraft? Best,
    SearchedDraft Closest,
    IReadOnlyList<BlockerShare> Blockers,
    SearchTiming? Timing,
    IReadOnlyList<SearchedDraft> Points)
{
    /// <summary>
    /// The nearest passable draft refined: <see cref="Nearest"/> moved towards the tabled draft one knob at a time while
    /// it still passes (tabled value, else bisection on the segment); null when none passes. It passes, and its
    /// distance is at most the nearest's: the smallest change of each knob the search can show.
    /// </summary>
    public SearchedDraft? Refined { get; init; }
}
