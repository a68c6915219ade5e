using Campo.Cli.Resources;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Regional;
using Campo.Reports.Localization;
using Spectre.Console;
using static Campo.Cli.Infrastructure.CliText;

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

    /// <summary>What the comparison does and does not say, in plain words, in English (as <c>--json</c> gives them).</summary>
    public static IReadOnlyList<string> Caveats(DraftEvaluation a, DraftEvaluation b) => Caveats(a, b, ReportLanguage.English);

    /// <summary>What the comparison does and does not say, in plain words, in a language.</summary>
    public static IReadOnlyList<string> Caveats(DraftEvaluation a, DraftEvaluation b, ReportLanguage language)
    {
        var (regional, multilateral) = a.Agreement is not null ? (a, b) : (b, a);
        var terms = regional.Agreement!;
        var baseYear = multilateral.Scenario.BaseYear;
        var duties = TextIn(language, terms.Duties == DutyRegime.Applied ? CliStrings.Regional_DutiesApplied : CliStrings.Regional_DutiesLegal);
        return
        [
            TextIn(language, CliStrings.Cross_DifferentModels),
            FillIn(language, CliStrings.Cross_Regional, regional.Scenario.Title, Format.Year(terms.EvaluatedYear), terms.BasePeriod, duties),
            FillIn(language, CliStrings.Cross_Multilateral, multilateral.Scenario.Title, Format.Year(baseYear)),
            FillIn(language, CliStrings.Cross_AlreadyHolds, Format.Year(baseYear), baseYear - terms.EntryIntoForce + 1),
            TextIn(language, CliStrings.Cross_AverageTariff),
            TextIn(language, CliStrings.Cross_NoDemandGrowth),
        ];
    }

    public static void Print(IAnsiConsole console, DraftEvaluation a, DraftEvaluation b, MemberId? member)
    {
        var (regional, multilateral) = a.Agreement is not null ? (a, b) : (b, a);
        var who = member ?? regional.Agreement!.Parties[0];
        console.Write(new Rule("[bold]A: " + Markup.Escape(a.Scenario.Title) + "[/]").LeftJustified());
        console.Write(new Rule("[bold]B: " + Markup.Escape(b.Scenario.Title) + "[/]").LeftJustified());
        foreach (var caveat in Caveats(a, b, Language))
        {
            console.MarkupLine("[grey]" + Markup.Escape(caveat) + "[/]");
        }

        console.WriteLine();
        var regionA = Region(regional, who);
        var regionB = Region(multilateral, who);
        if (regionA is null || regionB is null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(Fill(CliStrings.Cross_NotInBoth, who.Code, regionA is null ? regional.Scenario.Title : multilateral.Scenario.Title)) + "[/]");
            return;
        }

        var marketsB = multilateral.Markets.Where(m => m.Region == regionB.Region).ToDictionary(m => m.Commodity);
        var rows = FarmersView.Ordered(regional, regionA.Region, 20).Where(m => marketsB.ContainsKey(m.Commodity)).Take(regional.FocusCommodities.Count > 0 ? regional.FocusCommodities.Count : 5).ToArray();
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Fill(CliStrings.Cross_TableTitle, who.Code)));
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_AgreementProducerPrice)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Farmers)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_PerTonne)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_DraftTariff)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_ProducerPrice)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Farmers)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_PerTonne)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_BothProducerPrice)).RightAligned());
        foreach (var m in rows)
        {
            var other = marketsB[m.Commodity];
            table.AddRow(
                Markup.Escape(Commodity(m.Commodity, m.CommodityName)),
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
        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Cross_TableNote, RunReport.PricesOf(regional), RunReport.PricesOf(multilateral))) + "[/]");
        foreach (var m in rows)
        {
            var other = marketsB[m.Commodity];
            var world = multilateral.WorldPrices.FirstOrDefault(p => p.Commodity == m.Commodity);
            console.MarkupLine(Markup.Escape(Fill(
                world is null ? CliStrings.Cross_Sentence : CliStrings.Cross_SentenceWorld,
                Commodity(m.Commodity, m.CommodityName),
                who.Code,
                Format.Change(m.ProducerPriceChange),
                Format.Money(m.Welfare.ProducerSurplus),
                Format.Change(other.ProducerPriceChange),
                Format.Year(multilateral.Scenario.BaseYear),
                Format.Money(other.Welfare.ProducerSurplus),
                Format.Rate(other.TariffBefore),
                Format.Rate(other.TariffAfter),
                world is null ? string.Empty : Format.Change(world.Change))));
        }

        console.WriteLine();
    }

    private static RegionOutcome? Region(DraftEvaluation evaluation, MemberId member) =>
        evaluation.Regions.FirstOrDefault(r => r.Region == member || r.Lead == member || r.Represented.Contains(member));
}
