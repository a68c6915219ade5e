using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Regional;

namespace Campo.Evaluation;

/// <summary>
/// The look-back: a regional path set against what happened. For every party and commodity, FAOSTAT imports and
/// production year by year against the model under the legal and the applied duties; for a commodity with a World
/// Bank price series, that price against the modelled export price of the largest exporter in the base. Each series
/// carries its mean absolute percentage error and its bias (<see cref="ErrorMeasure"/>). The model moves only the
/// agreement's tariffs and quotas, so the gap is what they alone do not explain; the notes say so with figures.
/// </summary>
public static class LookBack
{
    /// <summary>Builds the look-back of a path.</summary>
    /// <param name="dataset">The data (FAOSTAT balances, World Bank prices).</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="bases">The calibrated bases.</param>
    /// <param name="path">Every solved year, both duty regimes.</param>
    public static LookBackReport Build(Dataset dataset, RegionalAgreement agreement, IReadOnlyList<CommodityBase> bases, IReadOnlyList<RegionalYear> path)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(path);
        var series = new List<LookBackSeries>();
        var notes = new List<string>
        {
            "The model moves only the agreement's tariffs and quotas against the " + agreement.BasePeriod + " base; demand growth, incomes, exchange rates (the 1995 peso crisis), harvests, farm policies and world prices stay at their base level. The gap between modelled and observed is what the agreement's tariffs alone do not explain, not an error to tune away.",
            "MAPE: mean absolute percentage error over the years; bias: the mean percentage error's sign (below: the model under-predicts on average).",
            "Producer prices are not compared: the data hold no producer price series for the parties before 2010 (the FAOSTAT producer prices in the shared data start in 2010).",
        };
        foreach (var b in bases)
        {
            var years = path.Where(p => p.Base == b).ToArray();
            foreach (var party in agreement.Parties)
            {
                AddQuantity(series, dataset, b, years, party, LookBackMeasure.Imports, "Import", q => q.Imports1);
                AddQuantity(series, dataset, b, years, party, LookBackMeasure.Production, "Production", q => q.Production1);
            }

            if (b.Spec.PriceSeries is { } name && dataset.Price(name) is { } prices)
            {
                var exporter = b.Regions.MaxBy(r => years[0].Quantities(r.Region).Exports0)!.Region;
                var points = Points(years, prices.Values, y => b.BasePrice * (1 + y.ProducerPriceChange(exporter)));
                if (points.Count > 0)
                {
                    series.Add(Series(b, exporter, LookBackMeasure.ExportPrice, "USD/t", b.BasePrice, "World Bank, " + prices.Description, points));
                    notes.Add(b.Commodity.Name + ": the World Bank " + prices.Name.ToLowerInvariant() + " price is compared with the modelled export price of " + exporter + ", the largest exporter in the base.");
                }
            }
            else
            {
                notes.Add(b.Commodity.Name + ": no price series for it in the data (World Bank), so its prices are not compared.");
            }

            notes.Add(DemandNote(dataset, agreement, b, series));
        }

        return new LookBackReport(series, notes);
    }

    private static void AddQuantity(List<LookBackSeries> series, Dataset dataset, CommodityBase b, RegionalYear[] years, MemberId party, LookBackMeasure measure, string element, Func<RegionQuantities, double> modelled)
    {
        if (dataset.FaostatSeries(party.Code, b.FaoItem, element) is not { } observed)
        {
            return;
        }

        var points = Points(years, observed.Values, y => modelled(y.Quantities(party)) / 1000);
        if (points.Count == 0)
        {
            return;
        }

        var start = years[0].Quantities(party);
        var baseValue = (element == "Import" ? start.Imports0 : start.Production0) / 1000;
        series.Add(Series(b, party, measure, "thousand t", baseValue, "FAOSTAT food and commodity balances, item " + b.FaoItem.ToString(CultureInfo.InvariantCulture) + ", " + element.ToLowerInvariant(), points));
    }

    private static List<LookBackPoint> Points(RegionalYear[] years, IReadOnlyDictionary<int, double> observed, Func<RegionalYear, double> modelled)
    {
        var points = new List<LookBackPoint>();
        foreach (var year in years.Select(y => y.Year).Distinct().Order())
        {
            if (!observed.TryGetValue(year, out var value))
            {
                continue;
            }

            var legal = years.First(y => y.Year == year && y.Duties == DutyRegime.Legal);
            var applied = years.First(y => y.Year == year && y.Duties == DutyRegime.Applied);
            points.Add(new LookBackPoint(year, value, modelled(legal), modelled(applied)));
        }

        return points;
    }

    private static LookBackSeries Series(CommodityBase b, MemberId region, LookBackMeasure measure, string unit, double baseValue, string source, List<LookBackPoint> points)
    {
        var observed = points.Select(p => p.Observed).ToArray();
        var errors = new List<ErrorMeasure>();
        if (observed.Any(o => o != 0))
        {
            errors.Add(ErrorMeasure.Of(DutyRegime.Legal, observed, points.Select(p => p.Legal).ToArray()));
            errors.Add(ErrorMeasure.Of(DutyRegime.Applied, observed, points.Select(p => p.Applied).ToArray()));
        }

        return new LookBackSeries(b.Commodity.Id, b.Commodity.Name, region, measure, unit, baseValue, source, points, errors);
    }

    private static string DemandNote(Dataset dataset, RegionalAgreement agreement, CommodityBase b, List<LookBackSeries> series)
    {
        // The importer the agreement's quotas are for (or any party), whose observed imports rose most: what grew
        // on its demand side, from FAOSTAT.
        var quotaImporters = b.Spec.Pairs.Where(p => p.Quota is not null).Select(p => p.Importer).ToHashSet();
        var grown = series.Where(s => s.Commodity == b.Commodity.Id && s.Measure == LookBackMeasure.Imports && s.Points.Count > 0)
            .OrderByDescending(s => quotaImporters.Contains(s.Region))
            .ThenByDescending(s => s.Points[^1].Observed - s.Base)
            .FirstOrDefault();
        if (grown is null)
        {
            return b.Commodity.Name + ": no import series to compare.";
        }

        var last = grown.Points[^1];
        var text = string.Create(CultureInfo.InvariantCulture, $"{b.Commodity.Name}: {grown.Region}'s imports went from {grown.Base:#,##0} kt ({agreement.BasePeriod}) to {last.Observed:#,##0} kt ({last.Year}); the model gives {last.Legal:#,##0} kt with the legal duties and {last.Applied:#,##0} kt with the applied ones.");
        var feed = dataset.FaostatSeries(grown.Region.Code, b.FaoItem, "Feed");
        var baseYears = Enumerable.Range(agreement.FirstBaseYear, agreement.BaseYearsAveraged).ToArray();
        if (feed is not null && baseYears.All(feed.Values.ContainsKey) && feed.Values.TryGetValue(last.Year, out var feedLast) && feedLast >= 0.1 * last.Observed)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" Its feed use, which the model holds at the base, went from {baseYears.Average(y => feed.Values[y]):#,##0} kt to {feedLast:#,##0} kt (FAOSTAT).");
        }

        return text;
    }
}
