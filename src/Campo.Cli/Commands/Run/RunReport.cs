using System.Globalization;
using Campo.Domain;
using Campo.Evaluation;
using Spectre.Console;

namespace Campo.Cli.Commands.Run;

/// <summary>The terminal report of <c>campo run</c>: one screen for the draft, its prices, and who gains or loses.</summary>
internal static class RunReport
{
    private const int Top = 10;

    public static void Print(IAnsiConsole console, DraftEvaluation evaluation, MemberId? focus)
    {
        Header(console, evaluation);
        if (focus is { } member)
        {
            MemberSection(console, evaluation, member);
        }

        if (evaluation.Agreement is not null)
        {
            RegionalReport.Print(console, evaluation, focus);
        }
        else
        {
            Commitments(console, evaluation);
        }

        WorldPrices(console, evaluation);
        Groups(console, evaluation);
        if (evaluation.Agreement is null)
        {
            WinnersAndLosers(console, evaluation);
        }

        FarmersAgainstConsumers(console, evaluation);
        Flagged(console, evaluation);
        Footer(console, evaluation);
    }

    public static void Header(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var s = evaluation.Scenario;
        console.Write(new Rule("[bold]" + Markup.Escape(s.Title) + "[/]").LeftJustified());
        if (s.Source is { } source)
        {
            console.MarkupLine("[grey]Source:[/] " + Markup.Escape(source));
        }

        var draws = evaluation.Uncertainty is { } u
            ? u.Converged.ToString(CultureInfo.InvariantCulture) + " draws (seed " + u.Seed.ToString(CultureInfo.InvariantCulture) + ") for the 90% bands in brackets"
            : "no draws: central results only";
        if (evaluation.Agreement is { } terms)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Parties: {string.Join(", ", terms.Parties)}. In force {terms.EntryIntoForce}; results for {terms.EvaluatedYear} against the {terms.BasePeriod} market, {terms.Duties} duties (--set regional.duties=applied|legal switches). Data: {s.Dataset}. {draws}.")));
        }
        else
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"WTO members on {s.MembersAt:yyyy-MM-dd}: {s.Members}. Data: {s.Dataset}, base {s.BaseYear}. {draws}.")));
        }

        console.MarkupLine("[grey]Money in million US dollars a year at " + Markup.Escape(PricesOf(evaluation)) + " prices. Farmers = producer surplus; consumers = consumer surplus; treasury = tariff revenue less support and subsidy outlays.[/]");
        console.WriteLine();
    }

    private static void MemberSection(IAnsiConsole console, DraftEvaluation evaluation, MemberId member)
    {
        var region = evaluation.Regions.FirstOrDefault(r => r.Region == member || r.Lead == member || r.Represented.Contains(member));
        if (region is null)
        {
            var why = evaluation.Agreement is null ? " has no market region in the dataset." : " is not a party to the agreement: non-parties are summed in ROW, the rest of the world.";
            console.MarkupLine("[yellow]" + Markup.Escape(member + why) + "[/]");
            return;
        }

        var commitment = evaluation.Commitments.First(c => c.Region == region.Region);
        var title = region.Region == member ? member.Code + ", " + region.Name : member.Code + " (market region " + region.Region + ", " + region.Name + ")";
        console.Write(new Rule("[bold]" + Markup.Escape(title) + "[/]: " + Markup.Escape(Format.Status(region.Status))).LeftJustified());
        console.MarkupLine(Markup.Escape(CommitmentText(commitment)));
        var markets = FarmersView.Ordered(evaluation, region.Region, 15);
        var order = evaluation.FocusCommodities.Count > 0 ? "the agreement's focus first, then largest" : "largest first";
        var table = new Table().Border(TableBorder.Rounded).Title("Farmers, consumers and treasury by commodity (" + order + ")");
        table.AddColumn("commodity");
        table.AddColumn(new TableColumn("tariff").RightAligned());
        table.AddColumn(new TableColumn("producer price").RightAligned());
        table.AddColumn(new TableColumn("production").RightAligned());
        table.AddColumn(new TableColumn("farm revenue").RightAligned());
        table.AddColumn(new TableColumn("farmers").RightAligned());
        table.AddColumn(new TableColumn("per t / per ha").RightAligned());
        table.AddColumn(new TableColumn("consumers").RightAligned());
        table.AddColumn(new TableColumn("treasury").RightAligned());
        foreach (var m in markets)
        {
            table.AddRow(
                Markup.Escape(m.CommodityName),
                Markup.Escape(Format.Rate(m.TariffBefore) + (Format.Rate(m.TariffAfter) != Format.Rate(m.TariffBefore) ? " → " + Format.Rate(m.TariffAfter) : string.Empty)),
                Markup.Escape(Format.Change(m.ProducerPriceChange) + " " + Format.ChangeBand(m.ProducerPriceChangeBand)),
                Markup.Escape(Format.Change(m.ProductionBase > 0 ? (m.ProductionScenario / m.ProductionBase) - 1 : 0)),
                Colour(m.FarmRevenueChange, Format.Money(m.FarmRevenueChange)),
                Colour(m.Welfare.ProducerSurplus, Format.Money(m.Welfare.ProducerSurplus) + " " + Format.MoneyBand(m.ProducerSurplusBand)),
                Markup.Escape(Format.Signed(m.ProducerSurplusPerTonne) + " / " + Format.Signed(m.ProducerSurplusPerHectare)),
                Colour(m.Welfare.ConsumerSurplus, Format.Money(m.Welfare.ConsumerSurplus)),
                Colour(m.Welfare.Government, Format.Money(m.Welfare.Government)));
        }

        var w = region.Welfare;
        table.AddRow(
            "[bold]all commodities[/]", string.Empty, string.Empty, string.Empty, string.Empty,
            Colour(w.ProducerSurplus, Format.Money(w.ProducerSurplus) + " " + Format.MoneyBand(region.Bands?.ProducerSurplus)),
            string.Empty,
            Colour(w.ConsumerSurplus, Format.Money(w.ConsumerSurplus) + " " + Format.MoneyBand(region.Bands?.ConsumerSurplus)),
            Colour(w.Government, Format.Money(w.Government)));
        console.Write(table);
        console.MarkupLine("[grey]Farm revenue: producer price × production, change in million USD. Per t / per ha: change in farmers' surplus per tonne produced in the base and per hectare harvested in 2005, in US dollars.[/]");
        console.MarkupLine("[bold]Who bears the adjustment[/]");
        var explained = evaluation.FocusCommodities.Count > 0 ? markets.Where(m => evaluation.FocusCommodities.Contains(m.Commodity)) : markets.Take(3);
        foreach (var m in explained)
        {
            console.MarkupLine(Markup.Escape("  " + FarmersView.WhoBears(m)));
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"In all: {Format.Money(w.Total)} million USD a year {Format.MoneyBand(region.Bands?.Total)} (farmers {Format.Money(w.ProducerSurplus)}, consumers {Format.Money(w.ConsumerSurplus)}, treasury {Format.Money(w.Government)}, quota rents {Format.Money(w.QuotaRent)}).")));
        console.WriteLine();
    }

    public static string CommitmentText(CommitmentSummary c)
    {
        if (c.Lead is null)
        {
            return "No WTO member on this date: no commitment.";
        }

        var parts = new List<string>();
        if (c.Formula is not null)
        {
            parts.Add("tariffs: " + c.Formula + "; average applied tariff " + Format.Rate(c.AppliedBefore) + " → " + Format.Rate(c.AppliedAfter)
                + " (" + c.CommoditiesCut.ToString(CultureInfo.InvariantCulture) + " commodities cut)");
        }

        parts.Add(c.SupportCut is { } s ? "producer support cut " + Format.Rate(s) : "no support cut");
        parts.Add(c.ExportSubsidyCut is { } e ? "export subsidies cut " + Format.Rate(e) : "no export subsidy cut");
        return "Asked of " + c.Lead + ": " + string.Join("; ", parts) + ".";
    }

    private static void Commitments(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("What the draft asks, by group of members");
        table.AddColumn("group");
        table.AddColumn(new TableColumn("regions").RightAligned());
        table.AddColumn("tariff formula");
        table.AddColumn(new TableColumn("average applied tariff").RightAligned());
        table.AddColumn(new TableColumn("support cut").RightAligned());
        table.AddColumn(new TableColumn("export subsidy cut").RightAligned());
        foreach (var group in evaluation.Commitments.GroupBy(c => c.Status).OrderBy(g => g.Key is null ? 9 : (int)g.Key))
        {
            var withTariffs = group.Where(c => c.AppliedBefore is not null && c.AppliedAfter is not null).ToArray();
            var formula = group.Where(c => c.Formula is not null).GroupBy(c => c.Formula).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key ?? "-";
            table.AddRow(
                Markup.Escape(Format.Status(group.Key)),
                group.Count().ToString(CultureInfo.InvariantCulture),
                Markup.Escape(formula),
                withTariffs.Length == 0 ? "-" : Markup.Escape(Format.Rate(withTariffs.Average(c => c.AppliedBefore!.Value)) + " → " + Format.Rate(withTariffs.Average(c => c.AppliedAfter!.Value))),
                Markup.Escape(Distinct(group.Select(c => c.SupportCut))),
                Markup.Escape(Distinct(group.Select(c => c.ExportSubsidyCut))));
        }

        console.Write(table);
        console.MarkupLine("[grey]Average applied tariff: mean over the group's regions of each region's simple average across commodities.[/]");
        console.WriteLine();
    }

    private static string Distinct(IEnumerable<double?> cuts)
    {
        var values = cuts.Select(c => Format.Rate(c)).Distinct(StringComparer.Ordinal).ToArray();
        return values.Length == 1 ? values[0] : string.Join(" / ", values.Order(StringComparer.Ordinal));
    }

    private static void WorldPrices(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("World prices that move most");
        table.AddColumn("commodity");
        table.AddColumn(new TableColumn(PricesOf(evaluation) + " (USD/t)").RightAligned());
        table.AddColumn(new TableColumn("with the draft").RightAligned());
        table.AddColumn(new TableColumn("change").RightAligned());
        foreach (var p in evaluation.WorldPrices.OrderByDescending(p => Math.Abs(p.Change)).Take(Top))
        {
            table.AddRow(
                Markup.Escape(p.Name),
                p.Base.ToString("#,##0", CultureInfo.InvariantCulture),
                p.Scenario.ToString("#,##0", CultureInfo.InvariantCulture),
                Markup.Escape(Format.Change(p.Change) + " " + Format.ChangeBand(p.ChangeBand)));
        }

        console.Write(table);
        console.WriteLine();
    }

    private static void Groups(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = WelfareTable("Who gains and who loses, by group");
        foreach (var g in evaluation.Groups)
        {
            AddWelfareRow(table, g.Group + " (" + g.Regions.Count.ToString(CultureInfo.InvariantCulture) + ")", g.Welfare, g.Bands?.Total);
        }

        AddWelfareRow(table, "[bold]world[/]", evaluation.World, null, escape: false);
        console.Write(table);
        console.MarkupLine("[grey]A region is counted in a group through the WTO member that sets its policy; coalitions use the verified lists of 2003-2004 (ACP and African Group: 2015).[/]");
        console.WriteLine();
    }

    private static void WinnersAndLosers(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var ranked = evaluation.Regions.OrderByDescending(r => r.Welfare.Total).ToArray();
        var winners = WelfareTable("Ten largest winners");
        foreach (var r in ranked.Take(Top))
        {
            AddWelfareRow(winners, r.Region + " " + r.Name, r.Welfare, r.Bands?.Total);
        }

        var losers = WelfareTable("Ten largest losers");
        foreach (var r in ranked.Reverse().Take(Top))
        {
            AddWelfareRow(losers, r.Region + " " + r.Name, r.Welfare, r.Bands?.Total);
        }

        console.Write(winners);
        console.Write(losers);
        console.WriteLine();
    }

    private static void FarmersAgainstConsumers(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Farmers against consumers, world, by commodity");
        table.AddColumn("commodity");
        table.AddColumn(new TableColumn("farmers").RightAligned());
        table.AddColumn(new TableColumn("consumers").RightAligned());
        table.AddColumn(new TableColumn("treasury").RightAligned());
        table.AddColumn(new TableColumn("regions where farmers lose").RightAligned());
        var byCommodity = evaluation.Markets.GroupBy(m => m.CommodityName)
            .Select(g => (Name: g.Key, Farmers: g.Sum(m => m.Welfare.ProducerSurplus), Consumers: g.Sum(m => m.Welfare.ConsumerSurplus), Treasury: g.Sum(m => m.Welfare.Government), Losing: g.Count(m => m.Welfare.ProducerSurplus < -0.005)))
            .OrderByDescending(x => Math.Abs(x.Farmers) + Math.Abs(x.Consumers))
            .Take(Top);
        foreach (var x in byCommodity)
        {
            table.AddRow(Markup.Escape(x.Name), Colour(x.Farmers, Format.Money(x.Farmers)), Colour(x.Consumers, Format.Money(x.Consumers)), Colour(x.Treasury, Format.Money(x.Treasury)), x.Losing.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine();
    }

    public static void Flagged(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var toVerify = evaluation.Flagged.Where(f => f.Status == "to-verify").ToArray();
        var assumed = evaluation.Flagged.Where(f => f.Status == "assumption").ToArray();
        if (toVerify.Length + assumed.Length == 0)
        {
            return;
        }

        console.MarkupLine("[yellow]These results rest on " + toVerify.Length.ToString(CultureInfo.InvariantCulture) + " numbers still to verify and " + assumed.Length.ToString(CultureInfo.InvariantCulture) + " assumptions of the draft file:[/]");
        foreach (var f in toVerify.Concat(assumed).Take(12))
        {
            console.MarkupLine(Markup.Escape("  " + (f.Status == "to-verify" ? "to verify" : "assumption") + ": " + f.Path + " = " + f.Value.ToString(CultureInfo.InvariantCulture) + " (" + Shorten(f.Source, 110) + ")"));
        }

        if (toVerify.Length + assumed.Length > 12)
        {
            console.MarkupLine(Markup.Escape("  ... and " + (toVerify.Length + assumed.Length - 12).ToString(CultureInfo.InvariantCulture) + " more (see --json)."));
        }

        console.WriteLine();
    }

    public static void Footer(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var s = evaluation.Solver;
        var cleared = evaluation.Path is { } path
            ? string.Create(CultureInfo.InvariantCulture, $"All {s.Markets} bilateral markets solved in every year ({path.Count} commodity-years under the two sets of duties; largest relative residual {s.MaxRelativeResidual:0.0e+0}).")
            : string.Create(CultureInfo.InvariantCulture, $"All {evaluation.WorldPrices.Count} world markets cleared ({s.Markets} regional markets; largest relative residual {s.MaxRelativeResidual:0.0e+0}, {s.Sweeps} sweeps).");
        console.MarkupLine("[grey]" + Markup.Escape(cleared) + "[/]");
        if (evaluation.Uncertainty is { } u)
        {
            console.MarkupLine("[grey]" + Markup.Escape("Bands: " + u.Distributions.TrimEnd('.') + ".") + "[/]");
        }

        console.MarkupLine("[grey]" + Markup.Escape(evaluation.Notes.Count.ToString(CultureInfo.InvariantCulture) + " notes on assumptions and " + s.Notes.Count.ToString(CultureInfo.InvariantCulture) + " model notes are in the --json output; --out FILE.csv|.parquet writes every market.") + "[/]");
    }

    /// <summary>The prices money is expressed at: the base period of a regional agreement, the dataset's base year otherwise.</summary>
    public static string PricesOf(DraftEvaluation evaluation) =>
        evaluation.Agreement?.BasePeriod ?? evaluation.Scenario.BaseYear.ToString(CultureInfo.InvariantCulture);

    private static Table WelfareTable(string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        table.AddColumn("who");
        table.AddColumn(new TableColumn("farmers").RightAligned());
        table.AddColumn(new TableColumn("consumers").RightAligned());
        table.AddColumn(new TableColumn("treasury").RightAligned());
        table.AddColumn(new TableColumn("total").RightAligned());
        table.AddColumn(new TableColumn("90% band").RightAligned());
        return table;
    }

    private static void AddWelfareRow(Table table, string who, WelfareFigures w, Band? band, bool escape = true) =>
        table.AddRow(
            escape ? Markup.Escape(who) : who,
            Colour(w.ProducerSurplus, Format.Money(w.ProducerSurplus)),
            Colour(w.ConsumerSurplus, Format.Money(w.ConsumerSurplus)),
            Colour(w.Government, Format.Money(w.Government)),
            Colour(w.Total, Format.Money(w.Total)),
            Markup.Escape(Format.MoneyBand(band)));

    internal static string Colour(double value, string text) =>
        value > 0.005 ? "[green]" + Markup.Escape(text) + "[/]" : value < -0.005 ? "[red]" + Markup.Escape(text) + "[/]" : Markup.Escape(text);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
