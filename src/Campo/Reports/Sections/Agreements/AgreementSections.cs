using Campo.Evaluation;
using Campo.Regional;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.Agreements.AgreementParts;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections.Agreements;

/// <summary>
/// What a regional agreement asks, flow by flow: the terms of each flow (staging category, or tariff-rate quota with
/// its growth and over-quota path), the base tariff and the tariff in the horizon year under both duties, then each
/// quota's path year by year.
/// </summary>
public sealed class AgreementSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "agreement";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input?.Agreement is not null;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var terms = input.Agreement!;
        var parties = string.Join(", ", terms.Parties.Select(p => RegionName(context, p)));
        Heading(html, t[nameof(Strings.Agreement_Title)], t.Fill(nameof(Strings.Agreement_Lead), parties, terms.EntryIntoForce, terms.Horizon, terms.BasePeriod));
        var horizon = terms.Horizon.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Table(
            html,
            t[nameof(Strings.Agreement_Caption)],
            [(t[nameof(Strings.Col_Commodity)], false), (t[nameof(Strings.Col_Flow)], false), (t[nameof(Strings.Col_Terms)], false), (t[nameof(Strings.Col_BaseTariff)], true), (t.Fill(nameof(Strings.Col_LegalIn), horizon), true), (t.Fill(nameof(Strings.Col_AppliedIn), horizon), true)],
            terms.Schedule.Select(line => (IReadOnlyList<Cell>)
            [
                Label(t.Commodity(line.Commodity, line.CommodityName), line.Commodity.Code + "-" + line.Exporter.Code + "-" + line.Importer.Code),
                Label(t.Fill(nameof(Strings.Agreement_Flow), RegionName(context, line.Exporter), RegionName(context, line.Importer))),
                new Cell(line.Terms, Lang: "en"),
                Rate(context, line.BaseTariff),
                Rate(context, line.LegalAtHorizon),
                Rate(context, line.AppliedAtHorizon),
            ]),
            "agreement-schedule");
        html.Element("p", t[nameof(Strings.Agreement_Note)], ("class", "note"));
        WriteQuotaPaths(html, input, context);
    }

    private static void WriteQuotaPaths(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        var t = context.Text;
        foreach (var commodity in Commodities(input))
        {
            var legal = Years(input, commodity, DutyRegime.Legal);
            var applied = Years(input, commodity, DutyRegime.Applied);
            if (legal.Count == 0)
            {
                continue;
            }

            var name = t.Commodity(commodity, legal.Values.First().CommodityName);
            foreach (var quota in legal.Values.First().Quotas)
            {
                html.Element("h3", t.Fill(nameof(Strings.Agreement_QuotaTitle), name, RegionName(context, quota.Exporter), RegionName(context, quota.Importer)));
                Table(
                    html,
                    t.Fill(nameof(Strings.Agreement_QuotaCaption), name, RegionName(context, quota.Exporter), RegionName(context, quota.Importer)),
                    [(t[nameof(Strings.Col_Year)], false), (t[nameof(Strings.Col_QuotaKt)], true), (t[nameof(Strings.Col_InQuota)], true), (t[nameof(Strings.Col_OverQuotaLegal)], true), (t[nameof(Strings.Col_OverQuotaApplied)], true)],
                    legal.Keys.Order().Select(year =>
                    {
                        var l = legal[year].Quotas.First(q => q.Exporter == quota.Exporter && q.Importer == quota.Importer);
                        var a = applied.TryGetValue(year, out var y) ? y.Quotas.FirstOrDefault(q => q.Exporter == quota.Exporter && q.Importer == quota.Importer) : null;
                        return (IReadOnlyList<Cell>)[Year(year), Kt(context, l.QuotaKt), Rate(context, l.InQuota), Rate(context, l.OverQuota), Rate(context, a?.OverQuota)];
                    }),
                    "trq-" + commodity.Code + "-" + quota.Exporter.Code + "-" + quota.Importer.Code);
            }
        }
    }
}

/// <summary>
/// The agreement year by year for the region followed: the quota, the tariff on the last tonne under both duties,
/// imports observed and modelled, producer prices, the farmers' surplus, and the export-dumping margins beside them.
/// </summary>
public sealed class PathSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "path";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { Agreement: not null, Path.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var terms = input.Agreement!;
        var region = Region(input, context);
        var regionName = RegionName(context, region);
        Heading(html, t[nameof(Strings.Path_Title)], t.Fill(nameof(Strings.Path_Lead), regionName, terms.BasePeriod, Duties(t, terms.Duties)));
        foreach (var commodity in Commodities(input))
        {
            var legal = Years(input, commodity, DutyRegime.Legal);
            var applied = Years(input, commodity, DutyRegime.Applied);
            if (legal.Count == 0)
            {
                continue;
            }

            var english = legal.Values.First().CommodityName;
            var name = t.Commodity(commodity, english);
            var observed = input.LookBack?.Series.FirstOrDefault(s => s.Region == region && s.Commodity == commodity && s.Measure == LookBackMeasure.Imports);
            var margins = input.Dumping?.FirstOrDefault(d => string.Equals(d.Commodity, english, StringComparison.OrdinalIgnoreCase));
            var chosen = terms.Duties == DutyRegime.Applied ? applied : legal;
            html.Element("h3", t.Fill(nameof(Strings.Path_CommodityTitle), name, regionName));
            var headers = new List<(string, bool)>
            {
                (t[nameof(Strings.Col_Year)], false), (t[nameof(Strings.Col_QuotaKt)], true), (t[nameof(Strings.Col_LastTonneLegal)], true), (t[nameof(Strings.Col_LastTonneApplied)], true),
                (t[nameof(Strings.Col_ImportsObserved)], true), (t[nameof(Strings.Col_ImportsLegal)], true), (t[nameof(Strings.Col_ImportsApplied)], true),
                (t[nameof(Strings.Col_ProducerPriceLegal)], true), (t[nameof(Strings.Col_ProducerPriceApplied)], true), (t.Fill(nameof(Strings.Col_FarmersUnder), Duties(t, terms.Duties)), true),
            };
            if (margins is not null)
            {
                headers.Add((t[nameof(Strings.Col_DumpingMargin)], true));
            }

            var rows = legal.Keys.Order().Select(year =>
            {
                var l = legal[year];
                var a = applied[year];
                var ql = l.Quotas.FirstOrDefault(q => q.Importer == region);
                var qa = a.Quotas.FirstOrDefault(q => q.Importer == region);
                var ml = l.Markets.Single(m => m.Region == region);
                var ma = a.Markets.Single(m => m.Region == region);
                var seen = observed?.Points.FirstOrDefault(p => p.Year == year);
                var cells = new List<Cell>
                {
                    Year(year),
                    Kt(context, ql?.QuotaKt),
                    Rate(context, ql?.MarginalTariff, ql is null ? null : "(" + Regime(t, ql.Regime) + ")"),
                    Rate(context, qa?.MarginalTariff, qa is null ? null : "(" + Regime(t, qa.Regime) + ")"),
                    Kt(context, seen?.Observed),
                    Kt(context, ml.Imports),
                    Kt(context, ma.Imports),
                    Change(context, ml.ProducerPriceChange),
                    Change(context, ma.ProducerPriceChange),
                    Money(context, chosen[year].Markets.Single(m => m.Region == region).Welfare.ProducerSurplus),
                };
                if (margins is not null)
                {
                    var margin = margins.Years.FirstOrDefault(m => m.Year == year);
                    cells.Add(margin is null ? new Cell(ReportFormat.Missing, null, "num") : Change(context, margin.Margin));
                }

                return (IReadOnlyList<Cell>)cells;
            });
            Table(html, t.Fill(nameof(Strings.Path_Caption), name, regionName, terms.BasePeriod), headers, rows, "path-" + commodity.Code);
            html.Element("p", t[nameof(Strings.Path_Note)] + (margins is null ? string.Empty : " " + t[nameof(Strings.Path_DumpingNote)]), ("class", "note"));
        }

        foreach (var d in input.Dumping ?? [])
        {
            if (d.Years.Count == 0)
            {
                continue;
            }

            var id = input.Path!.FirstOrDefault(p => string.Equals(p.CommodityName, d.Commodity, StringComparison.OrdinalIgnoreCase))?.Commodity;
            var commodity = id is { } c ? t.CommodityInSentence(c, d.Commodity) : d.Commodity;
            html.Element("p", t.Fill(
                nameof(Strings.Dumping_Summary),
                commodity,
                t.Format.Count(d.Years.Count(y => y.Margin > 0)),
                t.Format.Count(d.Years.Count),
                d.Years[0].Year,
                d.Years[^1].Year,
                t.Format.Change(d.MeanMargin)));
            html.Element("p", d.Comparison + " " + d.Gap, ("class", "note"), ("lang", "en"));
        }

        if (region.Code == "MEX" && input.MexicoMaize is { } maize)
        {
            MexicoMaize(html, context, maize);
        }
    }

    /// <summary>Mexico's maize as two markets on a growing baseline: observed, without NAFTA, legal and applied duties; errors, parameters and the farmers' view.</summary>
    private static void MexicoMaize(HtmlBuilder html, ReportContext context, Regional.MexicoMaizeReport maize)
    {
        var t = context.Text;
        html.Element("h3", t[nameof(Strings.Maize_Title)]);
        var headers = new List<(string, bool)>
        {
            (t[nameof(Strings.Col_Year)], false), (t[nameof(Strings.Maize_ColWorld)], true),
            (t[nameof(Strings.Maize_ColProductionObserved)], true), (t[nameof(Strings.Maize_ColProductionWithout)], true), (t[nameof(Strings.Maize_ColProductionLegal)], true), (t[nameof(Strings.Maize_ColProductionApplied)], true),
            (t[nameof(Strings.Maize_ColImportsObserved)], true), (t[nameof(Strings.Maize_ColImportsWithout)], true), (t[nameof(Strings.Maize_ColImportsLegal)], true), (t[nameof(Strings.Maize_ColImportsApplied)], true),
            (t[nameof(Strings.Maize_ColPriceObserved)], true), (t[nameof(Strings.Maize_ColPriceLegal)], true), (t[nameof(Strings.Maize_ColPriceApplied)], true),
        };
        var observed = maize.Observed.ToDictionary(o => o.Year);
        Cell Index(double? v) => v is { } x ? new Cell(t.Format.Number(x, 2), x, "num") : new Cell(ReportFormat.Missing, null, "num");
        var rows = maize.Years.Select(y => y.Year).Distinct().Select(year =>
        {
            var w = maize.Years.Single(y => y.Year == year && y.Path == Regional.MaizePath.WithoutNafta);
            var l = maize.Years.Single(y => y.Year == year && y.Path == Regional.MaizePath.Legal);
            var a = maize.Years.Single(y => y.Year == year && y.Path == Regional.MaizePath.Applied);
            var o = observed.GetValueOrDefault(year);
            return (IReadOnlyList<Cell>)
            [
                Year(year), Index(l.WorldRealIndex),
                Kt(context, o?.ProductionKt), Kt(context, w.ProductionKt), Kt(context, l.ProductionKt), Kt(context, a.ProductionKt),
                Kt(context, o?.ImportsKt), Kt(context, w.ImportsKt), Kt(context, l.ImportsKt), Kt(context, a.ImportsKt),
                Index(o?.WhitePriceIndex), Index(l.WhitePriceIndex), Index(a.WhitePriceIndex),
            ];
        });
        Table(html, t[nameof(Strings.Maize_Caption)], headers, rows, "maize-mex");
        foreach (var e in maize.Errors)
        {
            html.Element("p", t.Fill(nameof(Strings.Maize_Error), e.Series, e.Path.ToString(), t.Format.Rate(e.MeanAbsolutePercentageError), t.Format.Change(e.MeanPercentageError), t.Format.Count(e.Years)));
        }

        html.Element("h4", t[nameof(Strings.Maize_Farmers)]);
        foreach (var f in maize.Farmers)
        {
            var value = double.IsNaN(f.Value) ? ReportFormat.Missing : t.Format.Number(f.Value, Math.Abs(f.Value) >= 100 ? 0 : 2);
            var band = f.Low is { } low && f.High is { } high ? " [" + t.Format.Number(low, Math.Abs(low) >= 100 ? 0 : 2) + ", " + t.Format.Number(high, Math.Abs(high) >= 100 ? 0 : 2) + "]" : string.Empty;
            html.Element("p", f.Key + ": " + value + band + " " + f.Unit + " (" + f.Source + ")", ("class", "note"), ("lang", "en"));
        }

        foreach (var note in maize.Notes.Concat(maize.Parameters.Select(p => p.Key + " = " + p.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " [" + p.Status + "]: " + p.Source)))
        {
            html.Element("p", note, ("class", "note"), ("lang", "en"));
        }
    }
}
