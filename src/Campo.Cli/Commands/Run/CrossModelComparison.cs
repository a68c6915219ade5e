using System.Globalization;
using Campo.Domain;
using Campo.Evaluation;
using Spectre.Console;

namespace Campo.Cli.Commands.Run;

/// <summary>
/// <c>campo compare</c> for a regional agreement against a multilateral draft (NAFTA against Cancún): the two use
/// different models on different data, so their money cannot be added or subtracted. What is compared is one member's
/// farmers, commodity by commodity: the producer price change and the farmers' surplus under each, and what the
/// multilateral draft would add on top of the agreement's price change; the caveats are printed with it.
/// </summary>
internal static class CrossModelComparison
{
    /// <summary>True when one evaluation is a regional agreement and the other a multilateral draft.</summary>
    public static bool Applies(DraftEvaluation a, DraftEvaluation b) => (a.Agreement is null) != (b.Agreement is null);

    /// <summary>What the comparison does and does not say, in plain words.</summary>
    public static IReadOnlyList<string> Caveats(DraftEvaluation a, DraftEvaluation b)
    {
        var (regional, multilateral) = a.Agreement is not null ? (a, b) : (b, a);
        var terms = regional.Agreement!;
        return
        [
            "The two drafts use different models on different data, so their money figures cannot be added or subtracted; what is compared is each commodity's producer price change and farmers' surplus.",
            string.Create(CultureInfo.InvariantCulture, $"{regional.Scenario.Title}: the bilateral (Armington) model, {terms.EvaluatedYear} against the {terms.BasePeriod} market, money at {terms.BasePeriod} prices, {terms.Duties} duties."),
            string.Create(CultureInfo.InvariantCulture, $"{multilateral.Scenario.Title}: the world market model (one world price per commodity), the draft fully applied to the {multilateral.Scenario.BaseYear} market, money at {multilateral.Scenario.BaseYear} prices."),
            string.Create(CultureInfo.InvariantCulture, $"The {multilateral.Scenario.BaseYear} market already holds the agreement's first {multilateral.Scenario.BaseYear - terms.EntryIntoForce + 1} years, so the multilateral draft's results are what it would add on top of the agreement as it then stood. 'Both' composes the two price changes, (1 + a)(1 + b) − 1: an arithmetic composition, not a joint model."),
            "The world market model cuts each member's average applied tariff over all origins: it cannot tell duty-free imports from the agreement's partners from the rest, so it overstates how much of the member's trade a tariff cut reaches.",
            "Neither model includes demand growth, incomes, exchange rates or harvests; the regional run's look-back shows how far its path is from what happened.",
        ];
    }

    public static void Print(IAnsiConsole console, DraftEvaluation a, DraftEvaluation b, MemberId? member)
    {
        var (regional, multilateral) = a.Agreement is not null ? (a, b) : (b, a);
        var who = member ?? regional.Agreement!.Parties[0];
        console.Write(new Rule("[bold]A: " + Markup.Escape(a.Scenario.Title) + "[/]").LeftJustified());
        console.Write(new Rule("[bold]B: " + Markup.Escape(b.Scenario.Title) + "[/]").LeftJustified());
        foreach (var caveat in Caveats(a, b))
        {
            console.MarkupLine("[grey]" + Markup.Escape(caveat) + "[/]");
        }

        console.WriteLine();
        var regionA = Region(regional, who);
        var regionB = Region(multilateral, who);
        if (regionA is null || regionB is null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(who + " is not in both evaluations: " + (regionA is null ? regional.Scenario.Title : multilateral.Scenario.Title) + " has no market for it.") + "[/]");
            return;
        }

        var marketsB = multilateral.Markets.Where(m => m.Region == regionB.Region).ToDictionary(m => m.Commodity);
        var rows = FarmersView.Ordered(regional, regionA.Region, 20).Where(m => marketsB.ContainsKey(m.Commodity)).Take(regional.FocusCommodities.Count > 0 ? regional.FocusCommodities.Count : 5).ToArray();
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(who + "'s farmers under the regional agreement and under the multilateral draft"));
        table.AddColumn("commodity");
        table.AddColumn(new TableColumn("agreement: producer price").RightAligned());
        table.AddColumn(new TableColumn("farmers").RightAligned());
        table.AddColumn(new TableColumn("per t").RightAligned());
        table.AddColumn(new TableColumn("draft: tariff").RightAligned());
        table.AddColumn(new TableColumn("producer price").RightAligned());
        table.AddColumn(new TableColumn("farmers").RightAligned());
        table.AddColumn(new TableColumn("per t").RightAligned());
        table.AddColumn(new TableColumn("both: producer price").RightAligned());
        foreach (var m in rows)
        {
            var other = marketsB[m.Commodity];
            table.AddRow(
                Markup.Escape(m.CommodityName),
                Markup.Escape(Format.Change(m.ProducerPriceChange)),
                RunReport.Colour(m.Welfare.ProducerSurplus, Format.Money(m.Welfare.ProducerSurplus)),
                Markup.Escape(Format.Signed(m.ProducerSurplusPerTonne)),
                Markup.Escape(Format.Rate(other.TariffBefore) + " → " + Format.Rate(other.TariffAfter)),
                Markup.Escape(Format.Change(other.ProducerPriceChange)),
                RunReport.Colour(other.Welfare.ProducerSurplus, Format.Money(other.Welfare.ProducerSurplus)),
                Markup.Escape(Format.Signed(other.ProducerSurplusPerTonne)),
                Markup.Escape(Format.Change(((1 + m.ProducerPriceChange) * (1 + other.ProducerPriceChange)) - 1)));
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Farmers: producer surplus, million USD a year, at {RunReport.PricesOf(regional)} prices for the agreement and {RunReport.PricesOf(multilateral)} prices for the draft; per t: US dollars per tonne produced.")) + "[/]");
        foreach (var m in rows)
        {
            var other = marketsB[m.Commodity];
            var world = multilateral.WorldPrices.FirstOrDefault(p => p.Commodity == m.Commodity);
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"{m.CommodityName}: the agreement moves {who}'s producer price by {Format.Change(m.ProducerPriceChange)} (farmers {Format.Money(m.Welfare.ProducerSurplus)} million USD a year); the multilateral draft would move it a further {Format.Change(other.ProducerPriceChange)} from its {multilateral.Scenario.BaseYear} level (farmers {Format.Money(other.Welfare.ProducerSurplus)}), through {who}'s tariff {Format.Rate(other.TariffBefore)} → {Format.Rate(other.TariffAfter)}{(world is null ? string.Empty : " and a world price change of " + Format.Change(world.Change))}.")));
        }

        console.WriteLine();
    }

    private static RegionOutcome? Region(DraftEvaluation evaluation, MemberId member) =>
        evaluation.Regions.FirstOrDefault(r => r.Region == member || r.Lead == member || r.Represented.Contains(member));
}
