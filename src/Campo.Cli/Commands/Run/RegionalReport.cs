using System.Text;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Regional;
using Spectre.Console;
using static Campo.Cli.Infrastructure.CliText;

namespace Campo.Cli.Commands.Run;

/// <summary>
/// The sections of <c>campo run</c> that only a regional agreement has: its schedule, its path year by year beside the
/// dumping margins, and the look-back against what happened (a chart, a table and the error measures).
/// </summary>
internal static class RegionalReport
{
    private const int BarWidth = 22;

    public static void Print(IAnsiConsole console, DraftEvaluation evaluation, MemberId? focus)
    {
        var terms = evaluation.Agreement!;
        Schedule(console, terms);
        var region = Region(evaluation, terms, focus);
        var commodities = evaluation.FocusCommodities.Count > 0 ? evaluation.FocusCommodities : evaluation.Markets.Select(m => m.Commodity).Distinct().ToArray();
        foreach (var commodity in commodities)
        {
            YearByYear(console, evaluation, terms, region, commodity);
            Chart(console, evaluation, region, commodity);
            Errors(console, evaluation, region, commodity);
        }

        if (evaluation.LookBack is { } lookBack)
        {
            foreach (var note in lookBack.Notes)
            {
                console.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
            }

            console.WriteLine();
        }

        Dumping(console, evaluation);
        if (region.Code == "MEX" && evaluation.MexicoMaize is { } maize)
        {
            MexicoMaize(console, maize);
        }
    }

    /// <summary>The Mexican maize model: the three paths beside the record, the errors, the parameters and the farmers' view.</summary>
    private static void MexicoMaize(IAnsiConsole console, Regional.MexicoMaizeReport maize)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Maize_Title)));
        table.AddColumn(Text(CliStrings.Col_Year));
        var columns = new List<string> { CliStrings.Maize_ColWorld, CliStrings.Maize_ColProduction, CliStrings.Maize_ColImports, CliStrings.Maize_ColWhitePrice };
        if (maize.Draws > 0)
        {
            columns.Add(CliStrings.Maize_ColImportsBand);
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(Text(column))).RightAligned());
        }

        var observed = maize.Observed.ToDictionary(o => o.Year);
        foreach (var year in maize.Years.Select(y => y.Year).Distinct())
        {
            var without = maize.Years.Single(y => y.Year == year && y.Path == Regional.MaizePath.WithoutNafta);
            var legal = maize.Years.Single(y => y.Year == year && y.Path == Regional.MaizePath.Legal);
            var applied = maize.Years.Single(y => y.Year == year && y.Path == Regional.MaizePath.Applied);
            var seen = observed.GetValueOrDefault(year);
            string Three(Func<Regional.MaizeYear, double> f, double? o) => Format.Kt(o ?? double.NaN) + " | " + Format.Kt(f(without)) + " | " + Format.Kt(f(legal)) + " | " + Format.Kt(f(applied));
            var cells = new List<string>
            {
                Format.Year(year),
                Format.Number(legal.WorldRealIndex, "0.00"),
                Markup.Escape(Three(y => y.ProductionKt, seen?.ProductionKt)),
                Markup.Escape(Three(y => y.ImportsKt, seen?.ImportsKt)),
                Markup.Escape((seen?.WhitePriceIndex is { } w ? Format.Number(w, "0.00") : "-") + " | " + Format.Number(legal.WhitePriceIndex, "0.00") + " | " + Format.Number(applied.WhitePriceIndex, "0.00")),
            };
            if (maize.Draws > 0)
            {
                var band = maize.Bands.FirstOrDefault(b => b.Series == "imports" && b.Path == Regional.MaizePath.Legal && b.Year == year);
                cells.Add(band is null ? "-" : Markup.Escape(Format.Kt(band.Low) + " - " + Format.Kt(band.High)));
            }

            table.AddRow([.. cells]);
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Maize_ColumnsNote)) + "[/]");
        foreach (var e in maize.Errors)
        {
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Maize_Error, e.Series, PathName(e.Path), Format.Number(e.MeanAbsolutePercentageError * 100, "0.0") + Format.PercentSign, Format.Change(e.MeanPercentageError), Format.Count(e.Years))));
        }

        foreach (var e in maize.ErrorBands)
        {
            static string Percent(double v) => Format.Number(v * 100, "0.0") + Format.PercentSign;
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Maize_ErrorBand, e.Series, PathName(e.Path), Format.Count(maize.Draws), Percent(e.Median), Percent(e.Low), Percent(e.High))));
        }

        console.MarkupLine("[bold]" + Markup.Escape(Text(CliStrings.Maize_Parameters)) + "[/]");
        foreach (var p in maize.Parameters)
        {
            var range = p.Low is { } low && p.High is { } high ? " (" + Format.Number(low, "0.###") + " to " + Format.Number(high, "0.###") + ")" : string.Empty;
            var key = p.ScenarioKey is null ? string.Empty : " {" + p.ScenarioKey + "}";
            console.MarkupLine(Markup.Escape("  " + p.Key + key + " = " + Format.Number(p.Value, "0.###") + range + " [" + p.Status + "]: " + p.Source));
        }

        console.MarkupLine("[bold]" + Markup.Escape(Text(CliStrings.Maize_Farmers)) + "[/]");
        foreach (var f in maize.Farmers)
        {
            var value = double.IsNaN(f.Value) ? "-" : Format.Number(f.Value, Math.Abs(f.Value) >= 100 ? "#,0" : "0.##");
            var band = f.Low is { } low && f.High is { } high ? " [" + Format.Number(low, Math.Abs(low) >= 100 ? "#,0" : "0.##") + ", " + Format.Number(high, Math.Abs(high) >= 100 ? "#,0" : "0.##") + "]" : string.Empty;
            console.MarkupLine(Markup.Escape("  " + f.Key + ": " + value + band + " " + f.Unit + " (" + f.Source + ")"));
        }

        foreach (var note in maize.Notes)
        {
            console.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
        }

        console.WriteLine();
    }

    /// <summary>The region whose path is shown: the member asked for when it is a party, otherwise the first importer under a quota.</summary>
    /// <summary>A maize path in the reader's language (not the enum's name).</summary>
    private static string PathName(Regional.MaizePath path) => Text(path switch
    {
        Regional.MaizePath.WithoutNafta => CliStrings.Maize_PathWithoutNafta,
        Regional.MaizePath.Legal => CliStrings.Regional_DutiesLegal,
        _ => CliStrings.Regional_DutiesApplied,
    });

    private static MemberId Region(DraftEvaluation evaluation, AgreementTerms terms, MemberId? focus)
    {
        if (focus is { } member && terms.Parties.Contains(member))
        {
            return member;
        }

        return evaluation.Path!.SelectMany(p => p.Quotas).Select(q => q.Importer).FirstOrDefault(terms.Parties[0]);
    }

    private static void Schedule(IAnsiConsole console, AgreementTerms terms)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Regional_ScheduleTitle)));
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(Text(CliStrings.Col_Flow));
        table.AddColumn(Text(CliStrings.Col_Terms));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_BaseTariff)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(Fill(CliStrings.Col_LegalInYear, Format.Year(terms.Horizon)))).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(Fill(CliStrings.Col_AppliedInYear, Format.Year(terms.Horizon)))).RightAligned());
        foreach (var line in terms.Schedule)
        {
            table.AddRow(
                Markup.Escape(Commodity(line.Commodity, line.CommodityName)),
                Markup.Escape(line.Exporter + " → " + line.Importer),
                Markup.Escape(line.Terms),
                Format.Rate(line.BaseTariff),
                Format.Rate(line.LegalAtHorizon),
                Format.Rate(line.AppliedAtHorizon));
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Regional_ScheduleNote)) + "[/]");
        console.WriteLine();
    }

    private static void YearByYear(IAnsiConsole console, DraftEvaluation evaluation, AgreementTerms terms, MemberId region, CommodityId commodity)
    {
        var legal = Years(evaluation, commodity, DutyRegime.Legal);
        var applied = Years(evaluation, commodity, DutyRegime.Applied);
        if (legal.Count == 0)
        {
            return;
        }

        var name = legal.Values.First().CommodityName;
        var observed = evaluation.LookBack?.Series.FirstOrDefault(s => s.Region == region && s.Commodity == commodity && s.Measure == LookBackMeasure.Imports);
        var margins = evaluation.Dumping?.FirstOrDefault(d => string.Equals(d.Commodity, name, StringComparison.OrdinalIgnoreCase));
        var chosen = terms.Duties == DutyRegime.Applied ? applied : legal;
        var title = Capitalize(Fill(CliStrings.Regional_YearByYearTitle, Report.CommodityInSentence(commodity, name), region.Code, terms.BasePeriod));
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        // On a narrow terminal the quota mechanics leave first; observed and modelled imports and farmers stay.
        table.AddColumn(Text(CliStrings.Col_Year));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_QuotaKt)).RightAligned().Priority(3));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_LastTonneLegal)).RightAligned().Priority(2));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_LastTonneApplied)).RightAligned().Priority(1));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_ImportsObserved)).RightAligned().Priority(9));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Legal)).RightAligned().Priority(8));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Applied)).RightAligned().Priority(7));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_ProducerPriceLegalApplied)).RightAligned().Priority(5));
        table.AddColumn(new TableColumn(Markup.Escape(Fill(CliStrings.Col_FarmersUnder, Text(terms.Duties == DutyRegime.Applied ? CliStrings.Col_Applied : CliStrings.Col_Legal)))).RightAligned().Priority(6));
        if (margins is not null)
        {
            table.AddColumn(new TableColumn(Text(CliStrings.Col_UsDumpingMargin)).RightAligned().Priority(4));
        }

        foreach (var year in legal.Keys.Order())
        {
            var l = legal[year];
            var a = applied[year];
            var ql = l.Quotas.FirstOrDefault(q => q.Importer == region);
            var qa = a.Quotas.FirstOrDefault(q => q.Importer == region);
            var ml = l.Markets.Single(m => m.Region == region);
            var ma = a.Markets.Single(m => m.Region == region);
            var seen = observed?.Points.FirstOrDefault(p => p.Year == year);
            var cells = new List<string>
            {
                Format.Year(year),
                ql is null ? "-" : Format.Kt(ql.QuotaKt),
                ql is null ? "-" : Markup.Escape(Format.Rate(ql.MarginalTariff) + " " + Short(ql.Regime)),
                qa is null ? "-" : Markup.Escape(Format.Rate(qa.MarginalTariff) + " " + Short(qa.Regime)),
                seen is null ? "-" : Format.Kt(seen.Observed),
                Format.Kt(ml.Imports),
                Format.Kt(ma.Imports),
                Markup.Escape(Format.Change(ml.ProducerPriceChange) + " / " + Format.Change(ma.ProducerPriceChange)),
                RunReport.Colour(chosen[year].Markets.Single(m => m.Region == region).Welfare.ProducerSurplus, Format.Money(chosen[year].Markets.Single(m => m.Region == region).Welfare.ProducerSurplus)),
            };
            if (margins is not null)
            {
                var margin = margins.Years.FirstOrDefault(m => m.Year == year);
                cells.Add(margin is null ? "-" : Format.Change(margin.Margin));
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Regional_YearByYearNote) + (margins is null ? string.Empty : " " + Text(CliStrings.Regional_DumpingNote))) + "[/]");
        console.WriteLine();
    }

    private static void Chart(IAnsiConsole console, DraftEvaluation evaluation, MemberId region, CommodityId commodity)
    {
        var series = evaluation.LookBack?.Series.FirstOrDefault(s => s.Region == region && s.Commodity == commodity && s.Measure == LookBackMeasure.Imports);
        if (series is null || series.Points.Count == 0)
        {
            return;
        }

        var max = series.Points.Max(p => Math.Max(p.Observed, Math.Max(p.Legal, p.Applied)));
        var title = Capitalize(Fill(CliStrings.Regional_ChartTitle, Report.CommodityInSentence(series.Commodity, series.CommodityName), region.Code, Format.Kt(series.Base)));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn(Text(CliStrings.Col_Year));
        table.AddColumn(Markup.Escape(Text(CliStrings.Col_ObservedFaostat)));
        table.AddColumn(Text(CliStrings.Col_ModelLegal));
        table.AddColumn(Text(CliStrings.Col_ModelApplied));
        foreach (var p in series.Points)
        {
            table.AddRow(
                Format.Year(p.Year),
                "[green]" + Bar(p.Observed, max) + "[/] " + Format.Kt(p.Observed),
                "[blue]" + Bar(p.Legal, max) + "[/] " + Format.Kt(p.Legal),
                "[yellow]" + Bar(p.Applied, max) + "[/] " + Format.Kt(p.Applied));
        }

        console.Write(table);
    }

    private static void Errors(IAnsiConsole console, DraftEvaluation evaluation, MemberId region, CommodityId commodity)
    {
        var series = evaluation.LookBack?.Series.Where(s => s.Commodity == commodity && (s.Region == region || s.Measure == LookBackMeasure.ExportPrice)).ToArray() ?? [];
        foreach (var s in series.Where(s => s.Errors.Count > 0 && s.Points.Count > 0))
        {
            var years = Format.Year(s.Points[0].Year) + "-" + Format.Year(s.Points[^1].Year);
            var measures = string.Join(RunReport.ListSeparator, s.Errors.Select(e => Fill(
                CliStrings.Regional_ErrorMeasure,
                Format.Number(e.MeanAbsolutePercentageError * 100, "0.0") + Format.PercentSign,
                Duties(e.Duties),
                Fill(e.Bias switch { ErrorBias.Below => CliStrings.Regional_BiasBelow, ErrorBias.Above => CliStrings.Regional_BiasAbove, _ => CliStrings.Regional_BiasOn }, Format.Change(e.MeanPercentageError)))));
            var measure = Fill(
                s.Measure switch { LookBackMeasure.Imports => CliStrings.Regional_MeasureImports, LookBackMeasure.Production => CliStrings.Regional_MeasureProduction, LookBackMeasure.ExportPrice => CliStrings.Regional_MeasureExportPrice, _ => CliStrings.Regional_MeasureOther },
                Report.CommodityInSentence(s.Commodity, s.CommodityName),
                LookBackSeries.MeasureName(s.Measure));
            console.MarkupLine(Markup.Escape(Capitalize(Fill(CliStrings.Regional_ErrorSentence, measure, s.Region.Code, years, measures))));
        }

        console.WriteLine();
    }

    private static void Dumping(IAnsiConsole console, DraftEvaluation evaluation)
    {
        foreach (var d in evaluation.Dumping ?? [])
        {
            var first = Format.Year(d.Years[0].Year);
            var last = Format.Year(d.Years[^1].Year);
            var above = d.Years.Count(y => y.Margin > 0);
            var id = evaluation.Markets.FirstOrDefault(m => string.Equals(m.CommodityName, d.Commodity, StringComparison.OrdinalIgnoreCase))?.Commodity;
            var name = id is { } known ? Report.CommodityInSentence(known, d.Commodity) : d.Commodity.ToLowerInvariant();
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Regional_DumpingSentence, name, Format.Count(above), Format.Count(d.Years.Count), first, last, Format.Change(d.MeanMargin))));
            console.MarkupLine("[grey]" + Markup.Escape(d.Comparison + " " + d.Gap) + "[/]");
            console.WriteLine();
        }
    }

    private static Dictionary<int, PathYear> Years(DraftEvaluation evaluation, CommodityId commodity, DutyRegime duties) =>
        evaluation.Path!.Where(p => p.Commodity == commodity && p.Duties == duties).ToDictionary(p => p.Year);

    /// <summary>The duties in words: "legal duties" or "applied duties".</summary>
    public static string Duties(DutyRegime duties) => Text(duties == DutyRegime.Applied ? CliStrings.Regional_DutiesApplied : CliStrings.Regional_DutiesLegal);

    /// <summary>A sentence with its first letter in upper case (it may start with a commodity's name).</summary>
    public static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpper(text[0], Culture) + text[1..] : text;

    private static string Short(Markets.Armington.QuotaRegime regime) => Text(regime switch
    {
        Markets.Armington.QuotaRegime.InQuota => CliStrings.Regional_ShortIn,
        Markets.Armington.QuotaRegime.Binding => CliStrings.Regional_ShortBinding,
        _ => CliStrings.Regional_ShortOver,
    });

    private static string Bar(double value, double max)
    {
        var eighths = max > 0 ? (int)Math.Round(Math.Max(0, value) / max * BarWidth * 8) : 0;
        var text = new StringBuilder(new string('█', eighths / 8));
        if (eighths % 8 > 0)
        {
            text.Append("▏▎▍▌▋▊▉"[(eighths % 8) - 1]);
        }

        return text.ToString().PadRight(BarWidth);
    }
}
