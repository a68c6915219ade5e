using Campo.Domain;
using Campo.Evaluation;
using Campo.Reports.Localization;

namespace Campo.Reports.Views;

/// <summary>
/// A row of a welfare table: who it is about, in the language, the code of what it is about, the four figures and the
/// 90% band of the total. The terminal, the HTML report and the web page render the same rows, each in its own
/// typography (the terminal writes "-1.2" and lower-case headers, the HTML "−1.2" with the exact value beside it).
/// </summary>
/// <param name="Label">Who, in the language: a group with its count of regions ("Developing (26)"), a member's name.</param>
/// <param name="Key">The code of what the row is about: a group's code, a region's code.</param>
/// <param name="Welfare">The welfare change, million USD at base prices.</param>
/// <param name="Band">The 90% band of the total, or null without draws.</param>
public sealed record WelfareLine(string Label, string Key, WelfareFigures Welfare, Band? Band);

/// <summary>A commodity's farmers against its consumers, summed over every region of the evaluation.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Name">Its name in the language.</param>
/// <param name="Farmers">Producer surplus change, million USD.</param>
/// <param name="Consumers">Consumer surplus change, million USD.</param>
/// <param name="Treasury">Government revenue change, million USD.</param>
/// <param name="RegionsLosing">Regions whose farmers lose more than <see cref="RunViews.Negligible"/>.</param>
public sealed record CommodityBalance(CommodityId Commodity, string Name, double Farmers, double Consumers, double Treasury, int RegionsLosing);

/// <summary>A group present in both drafts of a comparison, with its welfare under each.</summary>
/// <param name="Label">The group's name in the language.</param>
/// <param name="Key">The group's code.</param>
/// <param name="A">Its welfare under the first draft.</param>
/// <param name="B">Its welfare under the second draft.</param>
public sealed record WelfarePair(string Label, string Key, WelfareFigures A, WelfareFigures B);

/// <summary>
/// The rows of the screens of <c>campo run</c> and <c>campo compare</c>, built once from an evaluation: which rows,
/// in which order, with which figures and labels. The terminal presenters (src/Campo.Cli) and the HTML sections
/// (src/Campo/Reports/Sections) only choose how many to show and how to write them.
/// </summary>
public static class RunViews
{
    /// <summary>Money changes smaller than this (million USD) count as no change in words and colours.</summary>
    public const double Negligible = 0.005;

    /// <summary>Welfare by group of members (development status, coalitions, net food importers), as the evaluation orders them.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="text">The language.</param>
    public static IReadOnlyList<WelfareLine> Groups(DraftEvaluation evaluation, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(text);
        return [.. evaluation.Groups.Select(g => new WelfareLine(text.Group(g.Group) + " (" + text.Format.Count(g.Regions.Count) + ")", g.Group, g.Welfare, g.Bands?.Total))];
    }

    /// <summary>Every region's welfare, the largest total gain first (ties in the evaluation's order).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="text">The language.</param>
    /// <param name="dataset">The dataset with members' names in four languages, or null for the evaluation's names.</param>
    public static IReadOnlyList<WelfareLine> RegionsByTotal(DraftEvaluation evaluation, ReportText text, Data.Dataset? dataset)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(text);
        return [.. evaluation.Regions
            .OrderByDescending(r => r.Welfare.Total)
            .Select(r => new WelfareLine(text.Region(r.Region, r.Name, dataset), r.Region.Code, r.Welfare, r.Bands?.Total))];
    }

    /// <summary>The largest gains then the largest losses, at most <paramref name="count"/> each (no change is neither).</summary>
    /// <param name="items">The items and their values.</param>
    /// <param name="count">How many on each side.</param>
    public static IReadOnlyList<(T Item, double Value)> GainsThenLosses<T>(IEnumerable<(T Item, double Value)> items, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.ToArray();
        var gains = all.Where(x => x.Value > Negligible).OrderByDescending(x => x.Value).Take(count);
        var losses = all.Where(x => x.Value < -Negligible).OrderBy(x => x.Value).Take(count).Reverse();
        return [.. gains, .. losses];
    }

    /// <summary>Farmers against consumers by commodity, world: sums over every region, the largest stakes first.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="text">The language.</param>
    public static IReadOnlyList<CommodityBalance> FarmersAndConsumers(DraftEvaluation evaluation, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(text);
        return [.. evaluation.Markets.GroupBy(m => m.Commodity)
            .Select(g => new CommodityBalance(
                g.Key,
                text.Commodity(g.Key, g.First().CommodityName),
                g.Sum(m => m.Welfare.ProducerSurplus),
                g.Sum(m => m.Welfare.ConsumerSurplus),
                g.Sum(m => m.Welfare.Government),
                g.Count(m => m.Welfare.ProducerSurplus < -Negligible)))
            .OrderByDescending(x => Math.Abs(x.Farmers) + Math.Abs(x.Consumers))];
    }

    /// <summary>World prices, the largest relative change first.</summary>
    /// <param name="evaluation">The evaluation.</param>
    public static IReadOnlyList<WorldPriceOutcome> PricesByChange(DraftEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return [.. evaluation.WorldPrices.OrderByDescending(p => Math.Abs(p.Change))];
    }

    /// <summary>The groups both drafts report, in the first draft's order, each with its welfare under both.</summary>
    /// <param name="first">The first draft's evaluation.</param>
    /// <param name="second">The second draft's evaluation.</param>
    /// <param name="text">The language.</param>
    public static IReadOnlyList<WelfarePair> GroupPairs(DraftEvaluation first, DraftEvaluation second, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(text);
        var other = second.Groups.ToDictionary(g => g.Group, StringComparer.Ordinal);
        return [.. first.Groups.Where(g => other.ContainsKey(g.Group)).Select(g => new WelfarePair(text.Group(g.Group), g.Group, g.Welfare, other[g.Group].Welfare))];
    }
}
