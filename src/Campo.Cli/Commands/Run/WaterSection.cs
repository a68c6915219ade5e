using Campo.Cli.Resources;
using Campo.Domain;
using Campo.Evaluation;
using Spectre.Console;
using static Campo.Cli.Infrastructure.CliText;

namespace Campo.Cli.Commands.Run;

/// <summary>
/// The member's tariffs in <c>campo run --member</c>: bound, applied and water (binding overhang) before and after,
/// each commodity's treatment, where its bound rate comes from, and which cuts water absorbed.
/// </summary>
internal static class WaterSection
{
    private const int Rows = 20;

    /// <summary>Prints the section for one region; nothing when the draft touched none of its tariffs.</summary>
    public static void Print(IAnsiConsole console, DraftEvaluation evaluation, MemberId region)
    {
        var lines = evaluation.Tariffs.Where(t => t.Region == region).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var names = evaluation.Markets.Where(m => m.Region == region).GroupBy(m => m.Commodity).ToDictionary(g => g.Key, g => g.First().CommodityName);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Water_Title)));
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(new TableColumn(Text(CliStrings.Water_ColBound)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Water_ColApplied)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Water_ColWater)).RightAligned());
        table.AddColumn(Text(CliStrings.Water_ColTreatment));
        table.AddColumn(Text(CliStrings.Water_ColBoundFrom));
        // Designated lines (sensitive, special) and lines with a tariff quota first: their treatment is what the draft
        // asks of the member even where the water absorbs the cut (Japan's rice under Rev.4); then the lines whose
        // applied rate falls; then the highest bound rates.
        var shown = lines
            .OrderByDescending(t => t.QuotaAfter is not null || t.Treatment.StartsWith("sensitive", StringComparison.Ordinal) || t.Treatment.StartsWith("special", StringComparison.Ordinal))
            .ThenByDescending(t => t.AppliedAfter is { } a && a < t.AppliedBefore - 1e-12)
            .ThenByDescending(t => t.BoundBefore)
            .ThenBy(t => t.Commodity.Code, StringComparer.Ordinal)
            .Take(Rows);
        foreach (var t in shown)
        {
            var treatment = TreatmentText(t.Treatment);
            if (t.AbsorbedByWater)
            {
                treatment += "; " + Text(CliStrings.Water_Absorbed);
            }

            if (t.QuotaAfter is { } q)
            {
                treatment += "; " + Fill(CliStrings.Water_Quota, q.ToString("N0", Culture));
            }

            table.AddRow(
                Markup.Escape(Commodity(t.Commodity, names.GetValueOrDefault(t.Commodity, t.Commodity.Code))),
                Markup.Escape(Arrow(t.BoundBefore, t.BoundAfter)),
                Markup.Escape(Arrow(t.AppliedBefore, t.AppliedAfter)),
                Markup.Escape(Arrow(t.WaterBefore, t.WaterAfter)),
                Markup.Escape(treatment),
                Markup.Escape(Text("BoundFrom_" + t.BoundSource)));
        }

        console.Write(table);
        double Mean(Func<TariffOutcome, double?> f) => lines.Select(f).Where(x => x is not null).Select(x => x!.Value).DefaultIfEmpty(0).Average();
        var cuts = lines.Count(t => t.Cut is > 0);
        console.MarkupLine(Markup.Escape(Fill(
            CliStrings.Water_Summary,
            Format.Rate(Mean(t => t.BoundBefore)),
            Format.Rate(Mean(t => t.BoundAfter)),
            Format.Rate(Mean(t => t.AppliedBefore)),
            Format.Rate(Mean(t => t.AppliedAfter)),
            Format.Rate(Mean(t => t.WaterBefore)),
            Format.Rate(Mean(t => t.WaterAfter)),
            Format.Count(lines.Count(t => t.AbsorbedByWater)),
            Format.Count(cuts))));
        if (lines.Count > Rows)
        {
            console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Water_More, Format.Count(lines.Count - Rows))) + "[/]");
        }

        if (lines.Any(t => t.Treatment.StartsWith("sensitive", StringComparison.Ordinal) || t.Treatment.StartsWith("special", StringComparison.Ordinal)))
        {
            console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Water_Designation)) + "[/]");
        }

        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Water_Note)) + "[/]");
    }

    private static string Arrow(double before, double? after) =>
        after is { } a && Math.Abs(a - before) > 5e-4 ? Format.Rate(before) + " → " + Format.Rate(a) : Format.Rate(before);

    private static string TreatmentText(string treatment) => treatment switch
    {
        "formula" => Text(CliStrings.Treat_formula),
        "sensitive" => Text(CliStrings.Treat_sensitive),
        "special" => Text(CliStrings.Treat_special),
        "special, zero cut" => Text(CliStrings.Treat_special_zero_cut),
        "capped" => Text(CliStrings.Treat_capped),
        "exempt" => Text(CliStrings.Treat_exempt),
        "duty-free" => Text(CliStrings.Treat_duty_free),
        _ => treatment,
    };
}
