using Campo.Evaluation;
using Campo.Regional;
using Campo.Reports.Charts;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.Agreements.AgreementParts;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections.Agreements;

/// <summary>
/// The look-back: the agreement's modelled path set against what happened. For each commodity, a line chart of the
/// followed region's imports (observed, and modelled with the legal and with the applied duties) with the table of the
/// same numbers; the error measures (mean absolute percentage error and bias) of every series, in plain words and in a
/// table; and what the comparison can and cannot say.
/// </summary>
public sealed class LookBackSection : IReportSection<DraftEvaluation>
{
    /// <summary>Colours of the observed series and the two modelled ones (ink, then BrBG's teal and brown).</summary>
    private static readonly (string Colour, string? Dash, LineMarker Marker)[] Styles =
    [
        (Palette.Ink, null, LineMarker.Circle),
        (Palette.Gain, "7 4", LineMarker.Square),
        (Palette.Loss, "2 3", LineMarker.Diamond),
    ];

    /// <inheritdoc />
    public string Id => "look-back";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { Agreement: not null, LookBack.Series.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var lookBack = input.LookBack!;
        var region = Region(input, context);
        var regionName = RegionName(context, region);
        Heading(html, t[nameof(Strings.LookBack_Title)], t.Fill(nameof(Strings.LookBack_Lead), input.Agreement!.BasePeriod));
        foreach (var commodity in Commodities(input))
        {
            var series = lookBack.Series.Where(s => s.Commodity == commodity).ToArray();
            if (series.Length == 0)
            {
                continue;
            }

            var name = t.Commodity(commodity, series[0].CommodityName);
            html.Element("h3", t.Fill(nameof(Strings.LookBack_CommodityTitle), name, regionName));
            if (series.FirstOrDefault(s => s.Region == region && s.Measure == LookBackMeasure.Imports) is { Points.Count: > 0 } imports)
            {
                WriteImports(html, context, imports, t.CommodityInSentence(commodity, series[0].CommodityName), regionName);
            }

            WriteErrors(html, context, series, name);
        }

        html.Element("p", t.Fill(nameof(Strings.LookBack_Caveat), input.Agreement!.BasePeriod), ("class", "note"));
        if (lookBack.Notes.Count > 0)
        {
            html.Open("details", ("open", "open"));
            html.Element("summary", t.Fill(nameof(Strings.LookBack_Notes), t.Format.Count(lookBack.Notes.Count)));
            html.Open("ul", ("lang", "en"), ("class", "look-back-notes"));
            foreach (var note in lookBack.Notes)
            {
                html.Element("li", note);
            }

            html.Close().Close();
        }
    }

    private static void WriteImports(HtmlBuilder html, ReportContext context, LookBackSeries imports, string name, string regionName)
    {
        var t = context.Text;
        var points = imports.Points.OrderBy(p => p.Year).ToArray();
        var names = new[] { t[nameof(Strings.LookBack_Observed)], t[nameof(Strings.LookBack_ModelLegal)], t[nameof(Strings.LookBack_ModelApplied)] };
        var values = new[] { points.Select(p => (double?)p.Observed).ToArray(), points.Select(p => (double?)p.Legal).ToArray(), points.Select(p => (double?)p.Applied).ToArray() };
        var chart = new LineChart
        {
            Title = t.Fill(nameof(Strings.LookBack_ChartTitle), name, regionName, points[0].Year, points[^1].Year),
            Description = t.Fill(nameof(Strings.LookBack_ChartDescription), name, regionName, points.Length, t.Format.Number(imports.Base)),
            Years = [.. points.Select(p => p.Year)],
            Series = [.. names.Select((n, i) => new LineSeries(n, Styles[i].Colour, Styles[i].Dash, Styles[i].Marker, values[i]))],
            FormatValue = v => t.Format.Number(v),
        };
        html.Raw(chart.ToSvg(context.NextId("look-back-chart")));
        Table(
            html,
            t.Fill(nameof(Strings.LookBack_TableCaption), name, regionName, t.Format.Number(imports.Base), imports.ObservedSource),
            [(t[nameof(Strings.Col_Year)], false), (names[0], true), (names[1], true), (names[2], true)],
            points.Select(p => (IReadOnlyList<Cell>)[Year(p.Year), Kt(context, p.Observed), Kt(context, p.Legal), Kt(context, p.Applied)]),
            "look-back-" + imports.Commodity.Code);
        foreach (var error in imports.Errors)
        {
            html.Element("p", ErrorSentence(context, imports, error), ("class", "error-measure"));
        }
    }

    private static void WriteErrors(HtmlBuilder html, ReportContext context, IReadOnlyList<LookBackSeries> series, string name)
    {
        var t = context.Text;
        var rows = series.Where(s => s.Errors.Count > 0 && s.Points.Count > 0).Select(s =>
        {
            var legal = s.Errors.FirstOrDefault(e => e.Duties == DutyRegime.Legal);
            var applied = s.Errors.FirstOrDefault(e => e.Duties == DutyRegime.Applied);
            return (IReadOnlyList<Cell>)
            [
                Label(t.Fill(nameof(Strings.LookBack_SeriesLabel), Measure(t, s.Measure), RegionName(context, s.Region)), s.Region.Code + "-" + LookBackSeries.MeasureName(s.Measure)),
                new Cell(s.Points[0].Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + s.Points[^1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Points.Count, "num"),
                Rate(context, legal?.MeanAbsolutePercentageError),
                legal is null ? new Cell(ReportFormat.Missing, null, "num") : Change(context, legal.MeanPercentageError),
                Rate(context, applied?.MeanAbsolutePercentageError),
                applied is null ? new Cell(ReportFormat.Missing, null, "num") : Change(context, applied.MeanPercentageError),
            ];
        }).ToArray();
        if (rows.Length == 0)
        {
            return;
        }

        Table(
            html,
            t.Fill(nameof(Strings.LookBack_ErrorsCaption), name),
            [(t[nameof(Strings.Col_Series)], false), (t[nameof(Strings.Col_Years)], true), (t[nameof(Strings.Col_MapeLegal)], true), (t[nameof(Strings.Col_BiasLegal)], true), (t[nameof(Strings.Col_MapeApplied)], true), (t[nameof(Strings.Col_BiasApplied)], true)],
            rows,
            "errors-" + series[0].Commodity.Code);
    }

    /// <summary>One error measure in plain words: how far off on average, and on which side.</summary>
    internal static string ErrorSentence(ReportContext context, LookBackSeries series, ErrorMeasure error)
    {
        var t = context.Text;
        var bias = error.Bias switch
        {
            ErrorBias.Below => t[nameof(Strings.LookBack_BiasBelow)],
            ErrorBias.Above => t[nameof(Strings.LookBack_BiasAbove)],
            _ => t[nameof(Strings.LookBack_BiasOn)],
        };
        return t.Fill(
            nameof(Strings.LookBack_Error),
            Duties(t, error.Duties),
            t.Format.Rate(error.MeanAbsolutePercentageError),
            t.Format.Count(error.Years),
            bias,
            t.Format.Change(error.MeanPercentageError));
    }
}
