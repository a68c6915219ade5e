using System.Globalization;
using Campo.Domain;
using Campo.Evaluation;

namespace Campo.Cli.Commands.Run;

/// <summary>The farmers' view of a market in words: who bears the adjustment, and the commodities a member section shows first.</summary>
internal static class FarmersView
{
    /// <summary>
    /// "Maize: farmers bear 72% of the losses (-612), quota and licence holders 28% (-234); consumers gain +1,203.
    /// Net +357 million USD a year."
    /// </summary>
    public static string WhoBears(MarketOutcome market)
    {
        var split = market.Adjustment;
        var parts = new (string Who, double Change, double Share)[]
        {
            ("farmers", split.Farmers, split.FarmersShareOfLosses),
            ("consumers", split.Consumers, split.ConsumersShareOfLosses),
            ("the treasury", split.Treasury, split.TreasuryShareOfLosses),
            ("quota and licence holders", split.QuotaHolders, split.QuotaHoldersShareOfLosses),
        };
        var losers = parts.Where(p => p.Change < -AdjustmentSplit.Negligible).OrderByDescending(p => p.Share).ToArray();
        var gainers = parts.Where(p => p.Change > AdjustmentSplit.Negligible).OrderByDescending(p => p.Change).ToArray();
        var text = market.CommodityName + ": ";
        if (losers.Length == 0 && gainers.Length == 0)
        {
            return text + "no change.";
        }

        text += losers.Length == 0
            ? "no one loses"
            : losers[0].Who + " bear " + Percent(losers[0].Share) + " of the losses (" + Format.Money(losers[0].Change) + ")"
              + string.Concat(losers.Skip(1).Select(l => ", " + l.Who + " " + Percent(l.Share) + " (" + Format.Money(l.Change) + ")"));
        if (gainers.Length > 0)
        {
            text += "; " + string.Join(", ", gainers.Select(g => g.Who + (g.Who == "the treasury" ? " gains " : " gain ") + Format.Money(g.Change)));
        }

        var net = split.Farmers + split.Consumers + split.Treasury + split.QuotaHolders;
        return text + ". Net " + Format.Money(net) + " million USD a year.";
    }

    /// <summary>A member's markets in report order: the evaluation's focus commodities first, then the largest changes.</summary>
    public static IReadOnlyList<MarketOutcome> Ordered(DraftEvaluation evaluation, MemberId region, int count)
    {
        var focus = evaluation.FocusCommodities;
        int Rank(CommodityId commodity)
        {
            for (var i = 0; i < focus.Count; i++)
            {
                if (focus[i] == commodity)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        return evaluation.Markets.Where(m => m.Region == region)
            .OrderBy(m => Rank(m.Commodity))
            .ThenByDescending(m => Math.Abs(m.Welfare.ProducerSurplus) + Math.Abs(m.Welfare.ConsumerSurplus))
            .Take(count)
            .ToArray();
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
