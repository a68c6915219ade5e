using Campo.Domain;

namespace Campo.Schedules.Results;

/// <summary>
/// Simple and trade-weighted averages of line results. A line enters an average only when both its before and its
/// after values are known, so that before and after are averages over the same lines.
/// <para>Simple average: (1/n) Σ t_i. Trade-weighted: Σ w_i t_i / Σ w_i, with w_i the line's import value
/// (biased downward: see <see cref="ScheduleResult.TradeWeightBias"/>; reference market-models-and-modalities.md §4.3).</para>
/// </summary>
public static class Averages
{
    /// <summary>Summarises a set of line results under a label.</summary>
    /// <param name="group">The label.</param>
    /// <param name="lines">The lines.</param>
    public static GroupSummary Summarise(string group, IReadOnlyList<LineResult> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double boundBefore = 0, boundAfter = 0, appliedBefore = 0, appliedAfter = 0;
        double weight = 0, weightedBefore = 0, weightedAfter = 0;
        int bounds = 0, applieds = 0, weighted = 0, unknown = 0, falls = 0;
        foreach (var line in lines)
        {
            var known = false;
            if (line.BoundBefore.Rate is { } b0 && line.BoundAfter is { } b1)
            {
                boundBefore += b0.Fraction;
                boundAfter += b1.Fraction;
                bounds++;
                known = true;
            }

            if (line.AppliedBefore.Rate is { } a0 && line.AppliedAfter is { } a1)
            {
                appliedBefore += a0.Fraction;
                appliedAfter += a1.Fraction;
                applieds++;
                if (line.Line.TradeValue is { } w && w.Value > 0)
                {
                    weight += w.Value;
                    weightedBefore += w.Value * a0.Fraction;
                    weightedAfter += w.Value * a1.Fraction;
                    weighted++;
                }
            }
            else
            {
                known = false;
            }

            if (!known)
            {
                unknown++;
            }

            if (line.AppliedFalls)
            {
                falls++;
            }
        }

        return new GroupSummary(
            group,
            lines.Count,
            unknown,
            falls,
            Mean(boundBefore, bounds),
            Mean(boundAfter, bounds),
            Mean(appliedBefore, applieds),
            Mean(appliedAfter, applieds),
            Mean(weightedBefore, weight),
            Mean(weightedAfter, weight),
            weighted);
    }

    private static Rate? Mean(double sum, double count) => count > 0 ? new Rate(Math.Max(0, sum / count)) : null;
}

/// <summary>The applied rate of a product group or commodity before and after, the figure the market model consumes.</summary>
/// <param name="Group">The group label (the commodity code at the commodity level).</param>
/// <param name="Commodity">The commodity, at the commodity level; otherwise null.</param>
/// <param name="SimpleBefore">Simple-average applied before.</param>
/// <param name="SimpleAfter">Simple-average applied after.</param>
/// <param name="TradeWeightedBefore">Trade-weighted applied before, or null without trade values.</param>
/// <param name="TradeWeightedAfter">Trade-weighted applied after, or null without trade values.</param>
public sealed record AppliedRateChange(string Group, CommodityId? Commodity, Rate? SimpleBefore, Rate? SimpleAfter, Rate? TradeWeightedBefore, Rate? TradeWeightedAfter);

/// <summary>The new applied rates a schedule result implies, by product group or commodity, for the market model.</summary>
public static class NewAppliedRates
{
    /// <summary>The applied rate before and after for every group of the result (every commodity at the commodity level).</summary>
    /// <param name="result">A schedule result.</param>
    public static IReadOnlyList<AppliedRateChange> ByGroup(ScheduleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var commodities = result.Lines.Where(l => l.Line.Commodity is not null).ToDictionary(l => l.Line.Group, l => l.Line.Commodity, StringComparer.Ordinal);
        return result.Groups.Select(g => new AppliedRateChange(
            g.Group,
            commodities.TryGetValue(g.Group, out var commodity) ? commodity : null,
            g.AppliedBefore,
            g.AppliedAfter,
            g.TradeWeightedAppliedBefore,
            g.TradeWeightedAppliedAfter)).ToArray();
    }

    /// <summary>The applied rate before and after by commodity (commodity-level results only).</summary>
    /// <param name="result">A commodity-level schedule result.</param>
    /// <exception cref="ArgumentException">The result is not at the commodity level.</exception>
    public static IReadOnlyDictionary<CommodityId, AppliedRateChange> ByCommodity(ScheduleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Level != ScheduleLevel.Commodity)
        {
            throw new ArgumentException("Rates by commodity need a commodity-level schedule; use ByGroup for line-level results.", nameof(result));
        }

        return ByGroup(result).Where(c => c.Commodity is not null).ToDictionary(c => c.Commodity!.Value);
    }
}
