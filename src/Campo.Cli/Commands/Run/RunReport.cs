using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Data;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Reports.Localization;
using Campo.Reports.Views;
using Spectre.Console;
using static Campo.Cli.Infrastructure.CliText;

namespace Campo.Cli.Commands.Run;

/// <summary>The terminal report of <c>campo run</c>: one screen for the draft, its prices, and who gains or loses.</summary>
internal static class RunReport
{
    private const int Top = 10;

    /// <summary>Prints the report.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="focus">The member shown first, or null.</param>
    /// <param name="dataset">The dataset, for members' names in the language; null keeps the evaluation's English names.</param>
    public static void Print(IAnsiConsole console, DraftEvaluation evaluation, MemberId? focus, Dataset? dataset)
    {
        Header(console, evaluation);
        if (focus is { } member)
        {
            MemberSection(console, evaluation, member, dataset);
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
            WinnersAndLosers(console, evaluation, dataset);
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
            console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Run_Source)) + "[/] " + Markup.Escape(source));
        }

        var draws = evaluation.Uncertainty is { } u
            ? Fill(CliStrings.Run_Draws, Format.Count(u.Converged), u.Seed.ToString(CultureInfo.InvariantCulture))
            : RegionalReport.Capitalize(Text(CliStrings.Run_NoDraws));
        if (evaluation.Agreement is { } terms)
        {
            console.MarkupLine(Markup.Escape(Fill(
                CliStrings.Run_HeaderRegional,
                string.Join(", ", terms.Parties),
                Format.Year(terms.EntryIntoForce),
                Format.Year(terms.EvaluatedYear),
                terms.BasePeriod,
                RegionalReport.Duties(terms.Duties),
                DatasetName(s.Dataset),
                draws)));
        }
        else
        {
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Run_HeaderMultilateral, Format.Date(s.MembersAt), Format.Count(s.Members), DatasetName(s.Dataset), Format.Year(s.BaseYear), draws)));
        }

        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Run_MoneyNote, PricesOf(evaluation))) + "[/]");
        console.WriteLine();
    }

    private static void MemberSection(IAnsiConsole console, DraftEvaluation evaluation, MemberId member, Dataset? dataset)
    {
        var region = evaluation.Regions.FirstOrDefault(r => r.Region == member || r.Lead == member || r.Represented.Contains(member));
        if (region is null)
        {
            var why = evaluation.Agreement is null ? CliStrings.Run_NoRegion : CliStrings.Run_NotParty;
            console.MarkupLine("[yellow]" + Markup.Escape(Fill(why, member.Code)) + "[/]");
            return;
        }

        var commitment = evaluation.Commitments.First(c => c.Region == region.Region);
        var regionName = Region(region.Region, region.Name, dataset);
        var title = region.Region == member ? member.Code + ", " + regionName : Fill(CliStrings.Run_MemberInRegion, member.Code, region.Region.Code, regionName);
        console.Write(new Rule("[bold]" + Markup.Escape(title) + "[/]: " + Markup.Escape(Format.Status(region.Status))).LeftJustified());
        console.MarkupLine(Markup.Escape(CommitmentText(commitment, evaluation.Markets)));
        WaterSection.Print(console, evaluation, region.Region);
        var markets = FarmersView.Ordered(evaluation, region.Region, 15);
        var order = Text(evaluation.FocusCommodities.Count > 0 ? CliStrings.Run_OrderFocus : CliStrings.Run_OrderLargest);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Fill(CliStrings.Run_MemberTable, order)));
        // On a narrow terminal the columns leave in this order: per tonne/hectare, production, farm revenue, tariff.
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Tariff)).RightAligned().Priority(5));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_ProducerPrice)).RightAligned().Priority(6));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Production)).RightAligned().Priority(3));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_FarmRevenue)).RightAligned().Priority(4));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Farmers)).RightAligned().Priority(9));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_PerTonneHectare)).RightAligned().Priority(2));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Consumers)).RightAligned().Priority(8));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Treasury)).RightAligned().Priority(7));
        foreach (var m in markets)
        {
            table.AddRow(
                Markup.Escape(Commodity(m.Commodity, m.CommodityName)),
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
            "[bold]" + Markup.Escape(Text(CliStrings.Run_AllCommodities)) + "[/]", string.Empty, string.Empty, string.Empty, string.Empty,
            Colour(w.ProducerSurplus, Format.Money(w.ProducerSurplus) + " " + Format.MoneyBand(region.Bands?.ProducerSurplus)),
            string.Empty,
            Colour(w.ConsumerSurplus, Format.Money(w.ConsumerSurplus) + " " + Format.MoneyBand(region.Bands?.ConsumerSurplus)),
            Colour(w.Government, Format.Money(w.Government)));
        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Run_MemberNote)) + "[/]");
        if (commitment.Support is { } boxes)
        {
            SupportSection(console, boxes);
        }

        console.MarkupLine("[bold]" + Markup.Escape(Text(CliStrings.Run_WhoBears)) + "[/]");
        var explained = evaluation.FocusCommodities.Count > 0 ? markets.Where(m => evaluation.FocusCommodities.Contains(m.Commodity)) : markets.Take(3);
        foreach (var m in explained)
        {
            console.MarkupLine(Markup.Escape("  " + FarmersView.WhoBears(m)));
        }

        console.MarkupLine(Markup.Escape(SingleSpaced(Fill(
            CliStrings.Run_InAll,
            Format.Money(w.Total),
            Format.MoneyBand(region.Bands?.Total),
            Format.Money(w.ProducerSurplus),
            Format.Money(w.ConsumerSurplus),
            Format.Money(w.Government),
            Format.Money(w.QuotaRent)))));
        console.WriteLine();
    }

    /// <summary>The member's domestic support by box before and after the draft (docs/models/support.md).</summary>
    private static void SupportSection(IAnsiConsole console, Campo.Composition.SupportBoxes boxes)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Run_SupportTable)));
        table.AddColumn(Text(CliStrings.Run_SupportBox));
        table.AddColumn(new TableColumn(Text(CliStrings.Run_SupportBefore)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Run_SupportAfter)).RightAligned());
        void Row(string key, double before, double after) =>
            table.AddRow(Markup.Escape(Text(key)), Markup.Escape(Format.Money(before)), Markup.Escape(Format.Money(after)));
        void Notified(string key, double? value)
        {
            var text = value is { } v ? Format.Money(v) : Text(CliStrings.Run_SupportNotInData);
            table.AddRow(Markup.Escape(Text(key)), Markup.Escape(text), Markup.Escape(text));
        }

        Row(CliStrings.Run_SupportMps, boxes.MarketPriceSupport, boxes.MarketPriceSupport);
        Row(CliStrings.Run_SupportAmber, boxes.AmberBefore, boxes.AmberAfter);
        Row(CliStrings.Run_SupportBound, boxes.BoundAms, boxes.BoundAmsAfter);
        if (boxes.CurrentAms is { } current)
        {
            Row(CliStrings.Run_SupportCurrentAms, current, boxes.CurrentAmsAfter ?? current);
        }

        if (boxes.DeMinimisInModel is { } deMinimis)
        {
            Row(CliStrings.Run_SupportDeMinimisModel, deMinimis, boxes.DeMinimisInModelAfter ?? deMinimis);
        }

        Notified(CliStrings.Run_SupportBlue, boxes.Blue);
        Notified(CliStrings.Run_SupportDeMinimis, boxes.DeMinimis);
        Notified(CliStrings.Run_SupportGreen, boxes.Green);
        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Run_SupportSource, boxes.BoundSource)) + "[/]");
    }

    public static string CommitmentText(CommitmentSummary c, IReadOnlyList<MarketOutcome> markets)
    {
        if (c.Lead is null)
        {
            return Text(CliStrings.Run_NoCommitment);
        }

        var parts = new List<string>();
        if (c.Formula is not null)
        {
            parts.Add(Fill(CliStrings.Run_AskedTariffs, FormulaName(c.Formula, markets), Format.Rate(c.AppliedBefore), Format.Rate(c.AppliedAfter), Format.Count(c.CommoditiesCut)));
        }

        parts.Add(c.SupportCut is { } s ? Fill(CliStrings.Run_AskedSupportCut, Format.Rate(s)) : Text(CliStrings.Run_AskedNoSupportCut));
        parts.Add(c.ExportSubsidyCut is { } e ? Fill(CliStrings.Run_AskedSubsidyCut, Format.Rate(e)) : Text(CliStrings.Run_AskedNoSubsidyCut));
        return Fill(CliStrings.Run_AskedOf, c.Lead.Value.Code, string.Join(ListSeparator, parts));
    }

    /// <summary>A tariff formula's name as the reports write it ("Swiss", "suiza"), or the scenario's own name.</summary>
    public static string FormulaName(string formula) => Report.Find("Formula_" + formula.Replace('-', '_')) ?? formula;

    /// <summary>
    /// A member's tariff commitment as the reports write it: a formula's name, or a regional agreement's schedule with
    /// its commodities named in the language (the model writes "agreement schedule on maize, beans" in English).
    /// </summary>
    /// <param name="formula">The commitment as the evaluation gives it.</param>
    /// <param name="markets">The evaluation's markets, whose commodity names the schedule's text uses.</param>
    public static string FormulaName(string formula, IReadOnlyList<MarketOutcome> markets)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(markets);
        const string Agreement = "agreement schedule on ";
        if (Language == ReportLanguage.English)
        {
            return FormulaName(formula);
        }

        if (formula == "no change to its import tariffs")
        {
            return Text(CliStrings.Run_FormulaNoChange);
        }

        if (!formula.StartsWith(Agreement, StringComparison.Ordinal))
        {
            return FormulaName(formula);
        }

        var names = formula[Agreement.Length..].Split(", ").Select(name =>
            markets.FirstOrDefault(m => string.Equals(m.CommodityName, name, StringComparison.OrdinalIgnoreCase)) is { } market
                ? CommodityInSentence(market.Commodity, name)
                : name);
        return Fill(CliStrings.Run_FormulaAgreement, string.Join(", ", names));
    }

    /// <summary>The world market solver's sweeps, counted in words: "1 sweep", "9 sweeps".</summary>
    /// <param name="language">The language.</param>
    /// <param name="count">The sweeps.</param>
    public static string Sweeps(ReportLanguage language, int count) =>
        count == 1 ? TextIn(language, CliStrings.Run_SweepOne) : FillIn(language, CliStrings.Run_SweepMany, count.ToString("N0", language.Culture));

    /// <summary>The separator of a list of clauses: "; " (" ; " in French).</summary>
    public static string ListSeparator => Report[Strings.Word_ListSeparator];

    private static void Commitments(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Run_CommitmentsTitle)));
        table.AddColumn(Text(CliStrings.Col_Group));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Regions)).RightAligned());
        table.AddColumn(Text(CliStrings.Col_Formula));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_AverageTariff)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_SupportCut)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_SubsidyCut)).RightAligned());
        foreach (var group in evaluation.Commitments.GroupBy(c => c.Status).OrderBy(g => g.Key is null ? 9 : (int)g.Key))
        {
            var withTariffs = group.Where(c => c.AppliedBefore is not null && c.AppliedAfter is not null).ToArray();
            var formula = group.Where(c => c.Formula is not null).GroupBy(c => c.Formula).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            table.AddRow(
                Markup.Escape(Format.Status(group.Key)),
                Format.Count(group.Count()),
                Markup.Escape(formula is null ? "-" : FormulaName(formula)),
                withTariffs.Length == 0 ? "-" : Markup.Escape(Format.Rate(withTariffs.Average(c => c.AppliedBefore!.Value)) + " → " + Format.Rate(withTariffs.Average(c => c.AppliedAfter!.Value))),
                Markup.Escape(Distinct(group.Select(c => c.SupportCut))),
                Markup.Escape(Distinct(group.Select(c => c.ExportSubsidyCut))));
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Run_CommitmentsNote)) + "[/]");
        console.WriteLine();
    }

    private static string Distinct(IEnumerable<double?> cuts)
    {
        var values = cuts.Select(c => Format.Rate(c)).Distinct(StringComparer.Ordinal).ToArray();
        return values.Length == 1 ? values[0] : string.Join(" / ", values.Order(StringComparer.Ordinal));
    }

    private static void WorldPrices(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Run_PricesTitle)));
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(new TableColumn(Markup.Escape(PricesOf(evaluation) + " (USD/t)")).RightAligned());
        table.AddColumn(new TableColumn(Text(evaluation.Agreement is null ? CliStrings.Col_WithDraft : CliStrings.Col_WithAgreement)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Change)).RightAligned());
        foreach (var p in RunViews.PricesByChange(evaluation).Take(Top))
        {
            table.AddRow(
                Markup.Escape(Commodity(p.Commodity, p.Name)),
                Format.Number(p.Base, "#,##0"),
                Format.Number(p.Scenario, "#,##0"),
                Markup.Escape(Format.Change(p.Change) + " " + Format.ChangeBand(p.ChangeBand)));
        }

        console.Write(table);
        console.WriteLine();
    }

    private static void Groups(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = WelfareTable(Text(CliStrings.Run_GroupsTitle));
        foreach (var line in RunViews.Groups(evaluation, Report))
        {
            AddWelfareRow(table, line.Label, line.Welfare, line.Band);
        }

        AddWelfareRow(table, "[bold]" + Markup.Escape(Text(CliStrings.Word_World)) + "[/]", evaluation.World, null, escape: false);
        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Run_GroupsNote)) + "[/]");
        console.WriteLine();
    }

    private static void WinnersAndLosers(IAnsiConsole console, DraftEvaluation evaluation, Dataset? dataset)
    {
        // The terminal shows the ten at each end of the ranking (the HTML report only gains and only losses).
        var ranked = RunViews.RegionsByTotal(evaluation, Report, dataset);
        var winners = WelfareTable(Text(CliStrings.Run_Winners));
        foreach (var r in ranked.Take(Top))
        {
            AddWelfareRow(winners, r.Key + " " + r.Label, r.Welfare, r.Band);
        }

        var losers = WelfareTable(Text(CliStrings.Run_Losers));
        foreach (var r in ranked.Reverse().Take(Top))
        {
            AddWelfareRow(losers, r.Key + " " + r.Label, r.Welfare, r.Band);
        }

        console.Write(winners);
        console.Write(losers);
        console.WriteLine();
    }

    private static void FarmersAgainstConsumers(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Run_FarmersConsumersTitle)));
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Farmers)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Consumers)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Treasury)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_RegionsFarmersLose)).RightAligned());
        foreach (var x in RunViews.FarmersAndConsumers(evaluation, Report).Take(Top))
        {
            table.AddRow(Markup.Escape(x.Name), Colour(x.Farmers, Format.Money(x.Farmers)), Colour(x.Consumers, Format.Money(x.Consumers)), Colour(x.Treasury, Format.Money(x.Treasury)), Format.Count(x.RegionsLosing));
        }

        console.Write(table);
        console.WriteLine();
    }

    public static void Flagged(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var toVerify = evaluation.Flagged.Where(f => f.Status == ParameterStatus.ToVerify).ToArray();
        var assumed = evaluation.Flagged.Where(f => f.Status == ParameterStatus.Assumption).ToArray();
        if (toVerify.Length + assumed.Length == 0)
        {
            return;
        }

        console.MarkupLine("[yellow]" + Markup.Escape(Fill(CliStrings.Run_RestsOn, Format.Count(toVerify.Length), Format.Count(assumed.Length))) + "[/]");
        foreach (var f in toVerify.Concat(assumed).Take(12))
        {
            // The path and value as the file writes them (invariant), the source as the file states it.
            var status = Text(f.Status == ParameterStatus.ToVerify ? CliStrings.Run_StatusToVerify : CliStrings.Run_StatusAssumption);
            console.MarkupLine(Markup.Escape("  " + status + ": " + f.Path + " = " + f.Value.ToString(CultureInfo.InvariantCulture) + " (" + Shorten(f.Source, 110) + ")"));
        }

        if (toVerify.Length + assumed.Length > 12)
        {
            console.MarkupLine(Markup.Escape("  " + Fill(CliStrings.Run_AndMore, Format.Count(toVerify.Length + assumed.Length - 12))));
        }

        console.WriteLine();
    }

    public static void Footer(IAnsiConsole console, DraftEvaluation evaluation)
    {
        var s = evaluation.Solver;
        var residual = Format.Number(s.MaxRelativeResidual, "0.0e+0");
        var cleared = evaluation.Path is { } path
            ? Fill(CliStrings.Run_SolvedBilateral, Format.Count(s.Markets), Format.Count(path.Count), residual)
            : Fill(CliStrings.Run_SolvedWorld, Format.Count(evaluation.WorldPrices.Count), Format.Count(s.Markets), residual, Sweeps(Language, s.Sweeps));
        console.MarkupLine("[grey]" + Markup.Escape(cleared) + "[/]");
        if (evaluation.Uncertainty is { } u)
        {
            console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Run_Bands, u.Distributions.TrimEnd('.'))) + "[/]");
        }

        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Run_Footer, Format.Count(evaluation.Notes.Count), Format.Count(s.Notes.Count))) + "[/]");
    }

    /// <summary>The prices money is expressed at: the base period of a regional agreement, the dataset's base year otherwise.</summary>
    public static string PricesOf(DraftEvaluation evaluation) =>
        evaluation.Agreement?.BasePeriod ?? evaluation.Scenario.BaseYear.ToString(CultureInfo.InvariantCulture);

    private static Table WelfareTable(string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn(Text(CliStrings.Col_Who));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Farmers)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Consumers)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Treasury)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_QuotaRents)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Total)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(Text(CliStrings.Col_Band))).RightAligned());
        return table;
    }

    private static void AddWelfareRow(Table table, string who, WelfareFigures w, Band? band, bool escape = true) =>
        table.AddRow(
            escape ? Markup.Escape(who) : who,
            Colour(w.ProducerSurplus, Format.Money(w.ProducerSurplus)),
            Colour(w.ConsumerSurplus, Format.Money(w.ConsumerSurplus)),
            Colour(w.Government, Format.Money(w.Government)),
            Colour(w.QuotaRent, Format.Money(w.QuotaRent)),
            Colour(w.Total, Format.Money(w.Total)),
            Markup.Escape(Format.MoneyBand(band)));

    internal static string Colour(double value, string text) =>
        value > RunViews.Negligible ? "[green]" + Markup.Escape(text) + "[/]" : value < -RunViews.Negligible ? "[red]" + Markup.Escape(text) + "[/]" : Markup.Escape(text);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>The dataset as the report names it: the default one in the run's language, a folder as given.</summary>
    private static string DatasetName(string origin) =>
        Campo.Reports.Sections.HeaderSection.DatasetName(Campo.Reports.Localization.ReportText.For(Infrastructure.CliLanguage.Current), origin);

    /// <summary>A sentence with an empty placeholder (no band without draws) closed up: "a year (", not "a year  (".</summary>
    private static string SingleSpaced(string sentence) => string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
