using System.Globalization;
using System.Text;
using Campo.Domain;
using Campo.Evaluation;
using Spectre.Console;

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
    }

    /// <summary>The region whose path is shown: the member asked for when it is a party, otherwise the first importer under a quota.</summary>
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
        var table = new Table().Border(TableBorder.Rounded).Title("What the agreement asks, flow by flow");
        table.AddColumn("commodity");
        table.AddColumn("flow");
        table.AddColumn("terms");
        table.AddColumn(new TableColumn("base tariff").RightAligned());
        table.AddColumn(new TableColumn(terms.Horizon.ToString(CultureInfo.InvariantCulture) + " legal").RightAligned());
        table.AddColumn(new TableColumn(terms.Horizon.ToString(CultureInfo.InvariantCulture) + " applied").RightAligned());
        foreach (var line in terms.Schedule)
        {
            table.AddRow(
                Markup.Escape(line.CommodityName),
                Markup.Escape(line.Exporter + " → " + line.Importer),
                Markup.Escape(line.Terms),
                Format.Rate(line.BaseTariff),
                Format.Rate(line.LegalAtHorizon),
                Format.Rate(line.AppliedAtHorizon));
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape("Flows the agreement does not name keep their base tariffs. The tariff on the last tonne is the in-quota rate, the rate that makes imports equal the quota (binding), or the over-quota rate.") + "[/]");
        console.WriteLine();
    }

    private static void YearByYear(IAnsiConsole console, DraftEvaluation evaluation, AgreementTerms terms, MemberId region, CommodityId commodity)
    {
        var legal = Years(evaluation, commodity, "legal");
        var applied = Years(evaluation, commodity, "applied");
        if (legal.Count == 0)
        {
            return;
        }

        var name = legal.Values.First().CommodityName;
        var observed = evaluation.LookBack?.Series.FirstOrDefault(s => s.Region == region && s.Commodity == commodity && s.Measure == "imports");
        var margins = evaluation.Dumping?.FirstOrDefault(d => string.Equals(d.Commodity, name, StringComparison.OrdinalIgnoreCase));
        var chosen = terms.Duties == "applied" ? applied : legal;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(name + " in " + region + ", year by year against the " + terms.BasePeriod + " market"));
        table.AddColumn("year");
        table.AddColumn(new TableColumn("quota (kt)").RightAligned());
        table.AddColumn(new TableColumn("last tonne, legal").RightAligned());
        table.AddColumn(new TableColumn("last tonne, applied").RightAligned());
        table.AddColumn(new TableColumn("imports observed").RightAligned());
        table.AddColumn(new TableColumn("legal").RightAligned());
        table.AddColumn(new TableColumn("applied").RightAligned());
        table.AddColumn(new TableColumn("producer price legal / applied").RightAligned());
        table.AddColumn(new TableColumn("farmers (" + terms.Duties + ")").RightAligned());
        if (margins is not null)
        {
            table.AddColumn(new TableColumn("US dumping margin").RightAligned());
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
                year.ToString(CultureInfo.InvariantCulture),
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
        console.MarkupLine("[grey]" + Markup.Escape("Last tonne: the tariff on the last tonne of the quota flow (in = in quota, bind = binding, over = over quota). Imports from every origin, thousand t; observed: FAOSTAT. Producer price: change against the base. Farmers: producer surplus, million USD a year." + (margins is null ? string.Empty : " Dumping margin: (US cost of production − export price)/cost, IATP's method (campo dumping).")) + "[/]");
        console.WriteLine();
    }

    private static void Chart(IAnsiConsole console, DraftEvaluation evaluation, MemberId region, CommodityId commodity)
    {
        var series = evaluation.LookBack?.Series.FirstOrDefault(s => s.Region == region && s.Commodity == commodity && s.Measure == "imports");
        if (series is null || series.Points.Count == 0)
        {
            return;
        }

        var max = series.Points.Max(p => Math.Max(p.Observed, Math.Max(p.Legal, p.Applied)));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(series.CommodityName + " imports into " + region + ": observed against modelled (thousand t; base " + Format.Kt(series.Base) + ")"));
        table.AddColumn("year");
        table.AddColumn("observed (FAOSTAT)");
        table.AddColumn("model, legal duties");
        table.AddColumn("model, applied duties");
        foreach (var p in series.Points)
        {
            table.AddRow(
                p.Year.ToString(CultureInfo.InvariantCulture),
                "[green]" + Bar(p.Observed, max) + "[/] " + Format.Kt(p.Observed),
                "[blue]" + Bar(p.Legal, max) + "[/] " + Format.Kt(p.Legal),
                "[yellow]" + Bar(p.Applied, max) + "[/] " + Format.Kt(p.Applied));
        }

        console.Write(table);
    }

    private static void Errors(IAnsiConsole console, DraftEvaluation evaluation, MemberId region, CommodityId commodity)
    {
        var series = evaluation.LookBack?.Series.Where(s => s.Commodity == commodity && (s.Region == region || s.Measure == "export price")).ToArray() ?? [];
        foreach (var s in series.Where(s => s.Errors.Count > 0 && s.Points.Count > 0))
        {
            var years = s.Points[0].Year.ToString(CultureInfo.InvariantCulture) + "-" + s.Points[^1].Year.ToString(CultureInfo.InvariantCulture);
            var measures = string.Join("; ", s.Errors.Select(e => string.Create(
                CultureInfo.InvariantCulture,
                $"{e.MeanAbsolutePercentageError * 100:0.0}% with the {e.Duties} duties (the model is {e.Bias} what happened on average: {e.MeanPercentageError * 100:+0.0;-0.0}%)")));
            console.MarkupLine(Markup.Escape(s.CommodityName + " " + s.Measure + " of " + s.Region + ", " + years + ": mean absolute percentage error " + measures + "."));
        }

        console.WriteLine();
    }

    private static void Dumping(IAnsiConsole console, DraftEvaluation evaluation)
    {
        foreach (var d in evaluation.Dumping ?? [])
        {
            var first = d.Years[0].Year.ToString(CultureInfo.InvariantCulture);
            var last = d.Years[^1].Year.ToString(CultureInfo.InvariantCulture);
            var above = d.Years.Count(y => y.Margin > 0);
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"US {d.Commodity.ToLowerInvariant()} sold below its cost of production (IATP's margin) in {above} of the {d.Years.Count} years {first}-{last}; mean margin {d.MeanMargin * 100:+0.0;-0.0}%. See campo dumping and docs/models/dumping.md.")));
            console.MarkupLine("[grey]" + Markup.Escape(d.Gap) + "[/]");
            console.WriteLine();
        }
    }

    private static Dictionary<int, PathYear> Years(DraftEvaluation evaluation, CommodityId commodity, string duties) =>
        evaluation.Path!.Where(p => p.Commodity == commodity && p.Duties == duties).ToDictionary(p => p.Year);

    private static string Short(string regime) => regime switch
    {
        "in quota" => "in",
        "binding" => "bind",
        _ => "over",
    };

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
