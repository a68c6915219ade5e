using Campo.Negotiation;

namespace Campo.Reports.Views;

/// <summary>
/// A row of the objectors' table: the member whose payoff the row shows and the members sharing its market region
/// (they share its payoff and reasons), with the named coalitions it belongs to.
/// </summary>
/// <param name="Member">The member the row is about: the one with its own region first, then by code.</param>
/// <param name="Sharing">The other objecting members of the same region and kind of payoff, by code.</param>
/// <param name="Coalitions">The named coalitions the member belongs to, separated by spaces ("G20 G33").</param>
public sealed record ObjectorLine(MemberVerdict Member, IReadOnlyList<MemberVerdict> Sharing, string Coalitions)
{
    /// <summary>How many objecting members the row stands for.</summary>
    public int Count => 1 + Sharing.Count;
}

/// <summary>
/// The rows of the screens of <c>campo negotiate</c> and of a draft's verdict, built once from the outcome: the
/// terminal presenter (src/Campo.Cli) and the HTML parts (Reports/Sections/Verdict) write them.
/// </summary>
public static class NegotiationViews
{
    /// <summary>The coalitions a table names beside a member.</summary>
    public static IReadOnlyList<string> NamedCoalitions { get; } = ["G20", "G33", "G90", "C4", "CAIRNS"];

    /// <summary>
    /// Who objects, one row per market region (members sharing a region share its payoff and reasons), the largest
    /// stake first; members the EU represents are left out (the EU's own row stands for them).
    /// </summary>
    /// <param name="outcome">The negotiation's outcome.</param>
    public static IReadOnlyList<ObjectorLine> Objectors(NegotiationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return [.. outcome.Members.Where(m => m.Position == Position.Object && m.PayoffSource != PayoffSource.RepresentedByEu)
            .GroupBy(m => (m.Region?.Code ?? m.Member.Code, m.Own))
            .Select(g => g.OrderByDescending(m => m.PayoffSource == PayoffSource.OwnRegion).ThenBy(m => m.Member).ToArray())
            .OrderByDescending(g => g[0].Index).ThenBy(g => g[0].Member)
            .Select(g => new ObjectorLine(g[0], g[1..], string.Join(" ", g[0].Coalitions.Where(NamedCoalitions.Contains))))];
    }

    /// <summary>The members without data of their own, whose position is the model's default.</summary>
    /// <param name="outcome">The negotiation's outcome.</param>
    public static IReadOnlyList<MemberVerdict> WithoutData(NegotiationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return [.. outcome.Members.Where(m => m.PayoffSource == PayoffSource.NoData)];
    }
}
