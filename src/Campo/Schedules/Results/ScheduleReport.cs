using Campo.Domain;
using Campo.Schedules.Formulas;

namespace Campo.Schedules.Results;

/// <summary>A rate pair in percent, for reports (null when unknown).</summary>
/// <param name="Before">Before the draft, percent.</param>
/// <param name="After">After the draft, percent.</param>
public sealed record PercentPair(double? Before, double? After);

/// <summary>A product group's averages in percent, for JSON and tables.</summary>
/// <param name="Group">The group label.</param>
/// <param name="Lines">Lines in the group.</param>
/// <param name="Unknown">Lines left out of the averages (unknown AVE).</param>
/// <param name="AppliedFalls">Lines whose applied rate falls.</param>
/// <param name="Bound">Simple-average bound, percent.</param>
/// <param name="Applied">Simple-average applied, percent.</param>
/// <param name="Overhang">Binding overhang (bound minus applied averages), percentage points.</param>
/// <param name="TradeWeightedApplied">Trade-weighted applied, percent (null without trade values).</param>
public sealed record GroupReport(string Group, int Lines, int Unknown, int AppliedFalls, PercentPair Bound, PercentPair Applied, PercentPair Overhang, PercentPair TradeWeightedApplied);

/// <summary>A draft number the result rests on that is to verify or an assumption.</summary>
/// <param name="Path">The key, such as <c>market_access.developed.bands</c>.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Status">"to verify" or "assumption".</param>
/// <param name="Source">The source or justification.</param>
/// <param name="Where">File, line and column.</param>
public sealed record FlaggedReport(string Path, double Value, string Status, string Source, string Where);

/// <summary>What <c>campo schedule --json</c> prints: the result in percent, with its notes and flagged numbers.</summary>
/// <param name="Member">The member.</param>
/// <param name="Treatment">The member's treatment, in words.</param>
/// <param name="Draft">The draft's title.</param>
/// <param name="Formula">The formula applied.</param>
/// <param name="Level">How detailed the schedule is.</param>
/// <param name="Source">Where the schedule comes from.</param>
/// <param name="Groups">Averages by product group.</param>
/// <param name="Total">Averages over all lines.</param>
/// <param name="AverageCutPercent">Simple-average cut over dutiable lines, percent.</param>
/// <param name="Instalments">Equal annual instalments.</param>
/// <param name="Staging">Simple averages year by year: year, bound and applied in percent.</param>
/// <param name="Jumps">Tiered-formula jumps at band edges: edge, new rate at the edge and just above, percent.</param>
/// <param name="FlaggedParameters">Numbers to verify or assumed.</param>
/// <param name="Notes">What readers must know.</param>
public sealed record ScheduleReport(
    MemberId Member,
    string Treatment,
    string Draft,
    string Formula,
    ScheduleLevel Level,
    string Source,
    IReadOnlyList<GroupReport> Groups,
    GroupReport Total,
    double AverageCutPercent,
    int Instalments,
    IReadOnlyList<double[]> Staging,
    IReadOnlyList<double[]> Jumps,
    IReadOnlyList<FlaggedReport> FlaggedParameters,
    IReadOnlyList<string> Notes)
{
    /// <summary>Builds the report of a result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="draftTitle">The draft's title.</param>
    public static ScheduleReport From(ScheduleResult result, string draftTitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScheduleReport(
            result.Member,
            result.Treatment.ToString(),
            draftTitle,
            result.Formula,
            result.Level,
            result.Source,
            result.Groups.Select(Group).ToArray(),
            Group(result.Total),
            result.Summary.AverageCut * 100,
            result.Instalments,
            result.Staging.Select(s => new[] { s.Year, s.Bound.Percent, s.Applied.Percent }).ToArray(),
            result.Jumps.Select(j => new[] { j.Edge * 100, j.AtEdge * 100, j.JustAbove * 100 }).ToArray(),
            result.FlaggedParameters.Select(p => new FlaggedReport(p.Path, p.Value, p.Provenance.Reliability == Reliability.ToVerify ? "to verify" : "assumption", p.Provenance.Source, p.Location.Position)).ToArray(),
            result.Notes);
    }

    /// <summary>The report row of a group summary.</summary>
    public static GroupReport Group(GroupSummary g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new GroupReport(
            g.Group,
            g.Lines,
            g.Unknown,
            g.AppliedFalls,
            new PercentPair(g.BoundBefore?.Percent, g.BoundAfter?.Percent),
            new PercentPair(g.AppliedBefore?.Percent, g.AppliedAfter?.Percent),
            new PercentPair(g.OverhangBefore * 100, g.OverhangAfter * 100),
            new PercentPair(g.TradeWeightedAppliedBefore?.Percent, g.TradeWeightedAppliedAfter?.Percent));
    }
}

/// <summary>Writes line results as CSV (invariant culture, rates in percent), the file <c>campo schedule --lines</c> writes.</summary>
public static class LineResultsCsv
{
    /// <summary>The header.</summary>
    public const string Header = "line,description,group,duty_type,bound_before_pct,bound_after_pct,cut_pct,applied_before_pct,applied_after_pct,applied_falls,outcome,quota_tonnes_after,in_quota_after_pct,bound_source,note";

    /// <summary>Writes the lines.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ScheduleResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header + "\n");
        foreach (var r in result.Lines)
        {
            var fields = new[]
            {
                r.Line.Id,
                r.Line.Description ?? string.Empty,
                r.Line.Group,
                r.Line.Bound?.Type.ToString() ?? "unknown",
                Pct(r.BoundBefore.Rate?.Fraction),
                Pct(r.BoundAfter?.Fraction),
                Pct(r.Cut),
                Pct(r.AppliedBefore.Rate?.Fraction),
                Pct(r.AppliedAfter?.Fraction),
                r.AppliedFalls ? "yes" : "no",
                r.Outcome.ToString().Replace(", ", ";", StringComparison.Ordinal),
                r.QuotaAfter is { } q ? q.Quantity.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
                r.QuotaAfter is { } q2 ? Pct(q2.InQuota.Fraction) : string.Empty,
                r.Line.BoundProvenance.Source,
                r.Note ?? string.Empty,
            };
            writer.Write(string.Join(',', fields.Select(Escape)) + "\n");
        }
    }

    private static string Pct(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : "unknown";

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

/// <summary>Staging of a single line, year by year (for reports that show one line's path).</summary>
public static class LineStaging
{
    /// <summary>The bound and applied rates of a line after each instalment.</summary>
    /// <param name="line">The line's result.</param>
    /// <param name="instalments">Equal annual instalments.</param>
    /// <returns>Pairs of bound and applied rates (fractions), one per year; empty when the line's rates are unknown.</returns>
    public static IReadOnlyList<(double Bound, double Applied)> Path(LineResult line, int instalments)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.BoundBefore.Rate is not { } b0 || line.BoundAfter is not { } b1 || line.AppliedBefore.Rate is not { } a0)
        {
            return [];
        }

        return Staging.Path(b0.Fraction, b1.Fraction, instalments).Select(b => (b, Math.Min(a0.Fraction, b))).ToArray();
    }
}
