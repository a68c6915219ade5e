using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Domain;
using Campo.Evaluation;

namespace Campo.Cli.Commands.Run;

/// <summary>The farmers' view of a market in words: who bears the adjustment, and the commodities a member section shows first.</summary>
internal static class FarmersView
{
    /// <summary>
    /// "Maize: farmers bear 72% of the losses (-612), quota and licence holders 28% (-234); consumers gain +1,203.
    /// Net +357 million USD a year." In the language of the run.
    /// </summary>
    public static string WhoBears(MarketOutcome market)
    {
        var split = market.Adjustment;
        var parts = new (Actor Who, double Change, double Share)[]
        {
            (Actor.Farmers, split.Farmers, split.FarmersShareOfLosses),
            (Actor.Consumers, split.Consumers, split.ConsumersShareOfLosses),
            (Actor.Treasury, split.Treasury, split.TreasuryShareOfLosses),
            (Actor.QuotaHolders, split.QuotaHolders, split.QuotaHoldersShareOfLosses),
        };
        var losers = parts.Where(p => p.Change < -AdjustmentSplit.Negligible).OrderByDescending(p => p.Share).ToArray();
        var gainers = parts.Where(p => p.Change > AdjustmentSplit.Negligible).OrderByDescending(p => p.Change).ToArray();
        var commodity = CliText.Commodity(market.Commodity, market.CommodityName);
        if (losers.Length == 0 && gainers.Length == 0)
        {
            return CliText.Fill(CliStrings.Bears_NoChange, commodity);
        }

        var text = losers.Length == 0
            ? CliText.Text(CliStrings.Bears_NoOneLoses)
            : CliText.Fill(FirstLoser(losers[0].Who), Format.Share(losers[0].Share), Format.Money(losers[0].Change))
              + string.Concat(losers.Skip(1).Select(l => ", " + CliText.Fill(CliStrings.Bears_OtherLoser, Name(l.Who), Format.Share(l.Share), Format.Money(l.Change))));
        if (gainers.Length > 0)
        {
            text += RunReport.ListSeparator + string.Join(", ", gainers.Select(g => CliText.Fill(Gains(g.Who), Format.Money(g.Change))));
        }

        var net = split.Farmers + split.Consumers + split.Treasury + split.QuotaHolders;
        return CliText.Fill(CliStrings.Bears_Sentence, commodity, text, Format.Money(net));
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

    private static string Name(Actor actor) => CliText.Text(actor switch
    {
        Actor.Farmers => CliStrings.Bears_Farmers,
        Actor.Consumers => CliStrings.Bears_Consumers,
        Actor.Treasury => CliStrings.Bears_Treasury,
        _ => CliStrings.Bears_QuotaHolders,
    });

    private static string FirstLoser(Actor actor) => actor switch
    {
        Actor.Farmers => CliStrings.Bears_FarmersBear,
        Actor.Consumers => CliStrings.Bears_ConsumersBear,
        Actor.Treasury => CliStrings.Bears_TreasuryBears,
        _ => CliStrings.Bears_QuotaHoldersBear,
    };

    private static string Gains(Actor actor) => actor switch
    {
        Actor.Farmers => CliStrings.Bears_FarmersGain,
        Actor.Consumers => CliStrings.Bears_ConsumersGain,
        Actor.Treasury => CliStrings.Bears_TreasuryGains,
        _ => CliStrings.Bears_QuotaHoldersGain,
    };

    private enum Actor
    {
        Farmers,
        Consumers,
        Treasury,
        QuotaHolders,
    }
}
