using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Regional;

/// <summary>
/// Mexico's maize under NAFTA as two markets on a growing baseline (docs/models/nafta.md). For year t and a real
/// import-parity price index r (the yellow price against 1991-93), with θ the substitution between the types:
/// <code>
///   r(τ)  = w(t)·(1 + τ) / (w̄·(1 + τ₀))          w(t) = P_Gulf(t) / D_MEX(t): the Gulf price in real pesos
///   r_w   = r^θ                                  white price follows the yellow import parity (θ = 1: one price)
///   D_w   = D̄_w(t)·r_w^η_w      D_y = D̄_y(t)·r^η_y
///   S     = S̄(t)·[s_w·r_w^ε_w + (1 − s_w)·r^ε_y]
///   M     = D_w + D_y − (1 − λ)·S + X − ΔStock
/// </code>
/// D̄ and S̄ are the baseline: the 1991-93 means grown at the FAOSTAT log-linear trends of 1980-93 (centred on 1992).
/// D_MEX is Mexico's GDP deflator in US dollars (FAO): a dollar price over it is a real peso price, the exchange rate
/// cancelling, so the 1995 devaluation raises w. τ₀ is the protection Mexico actually charged in 1991-93, the mean ratio
/// of its white maize price to the US price (Hufbauer and Schott 2005, Table 5.15) less one. Without NAFTA the licences
/// hold the domestic real price at its base (r = 1), so the path without NAFTA is the baseline. With NAFTA the tariff
/// on the last tonne follows the tariff-rate quota: the in-quota rate when imports at it fit the quota, the over-quota
/// rate when imports at it exceed the quota, else the rate at which imports equal the quota (bisection).
/// PROCAMPO is a per-hectare payment decoupled from the price, so it enters no supply equation: it is income, shown in
/// the farmers' view.
/// </summary>
public static partial class MexicoMaize
{
    /// <summary>Mexico's white maize price, USD/bu: CONASUPO buying prices (1991-94 after Nadal 2000), then minimum prices (OECD) and SECOFI; Hufbauer and Schott, NAFTA Revisited (IIE 2005), Table 5.15.</summary>
    public static IReadOnlyDictionary<int, double> MexicanWhitePriceUsdPerBushel { get; } = new Dictionary<int, double>
    {
        [1991] = 4.39,
        [1992] = 4.57,
        [1993] = 4.84,
        [1994] = 4.11,
        [1995] = 4.69,
        [1996] = 3.96,
        [1997] = 3.65,
        [1998] = 3.65,
        [1999] = 3.54,
        [2000] = 3.78,
        [2001] = 3.72,
        [2002] = 3.69,
        [2003] = 3.75,
    };

    /// <summary>The US corn price beside it, USD/bu (same table; CRB and Purdue/Illinois Grain Price Outlook).</summary>
    public static IReadOnlyDictionary<int, double> UsPriceUsdPerBushel { get; } = new Dictionary<int, double>
    {
        [1991] = 2.37,
        [1992] = 2.07,
        [1993] = 2.50,
        [1994] = 2.26,
        [1995] = 3.24,
        [1996] = 2.71,
        [1997] = 2.43,
        [1998] = 1.94,
        [1999] = 1.82,
        [2000] = 1.85,
        [2001] = 1.91,
        [2002] = 2.32,
        [2003] = 2.20,
    };

    /// <summary>Where Table 5.15 is printed.</summary>
    public const string PriceTableSource = "Hufbauer & Schott, NAFTA Revisited (IIE 2005), Table 5.15 'NAFTA prices for corn' (https://www.hitpages.com/doc/4514986122543104/52/)";

    /// <summary>The protection Mexico actually charged on maize in 1991-93: the mean of its price over the US price, less one (Table 5.15).</summary>
    public static double ProtectionCharged1991To93 { get; } = new[] { 1991, 1992, 1993 }.Average(y => MexicanWhitePriceUsdPerBushel[y] / UsPriceUsdPerBushel[y]) - 1;

    /// <summary>The parameters from the dataset (IMPACT elasticities for Mexico's maize) and the cited shares.</summary>
    public static (MexicoMaizeParameters Values, IReadOnlyList<MaizeParameter> Cited) DefaultParameters(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var impact = dataset.Base(new MemberId("MEX"), new CommodityId("maiz")) ?? throw new CampoException("the dataset has no 2005 base for Mexico's maize", "the IMPACT base row MEX,maiz", new SourceLocation(DatasetFiles.Base));
        var values = new MexicoMaizeParameters(
            WhiteShareOfProduction: (0.946 + 0.929) / 2,
            WhiteSupplyElasticity: 0,
            YellowSupplyElasticity: impact.SupplyElasticity ?? throw Elasticity("supply_elasticity"),
            WhiteDemandElasticity: impact.FoodDemandElasticity ?? throw Elasticity("food_elasticity"),
            YellowDemandElasticity: impact.FeedDemandElasticity ?? throw Elasticity("feed_elasticity"),
            Transmission: 1);
        IReadOnlyList<MaizeParameter> cited =
        [
            new("protection actually charged 1991-93 (τ₀)", ProtectionCharged1991To93, "mean of Mexico's white maize price over the US price, 1991-93, less one: (4.39/2.37 + 4.57/2.07 + 4.84/2.50)/3 − 1; " + PriceTableSource + " (the NAFTA over-quota tariff of 215% overstates it)", "computed"),
            new("white maize share of production (s_w)", values.WhiteShareOfProduction, "SIAP, Situación actual y perspectivas del maíz 1996-2012: white maize 94.6% (2004) and 92.9% (2005) of production (https://manuales.com/manual-de/cuanto-maiz-se-produjo-en-mexico-entre-2004-y-2005); the 2004-05 mean held for every year", "secondary"),
            new("supply elasticity, white maize (ε_w)", values.WhiteSupplyElasticity, "no net response: most maize producers do not sell maize (de Janvry, Sadoulet & Gordillo, World Development 23(8), 1995) and production rose despite the price fall, explained by supports to northern commercial growers, subsistence production and irrigated yields (Yunez-Naude & Serrano-Cote, IAAE 2009); informed by the record, so not an independent test of production", "assumption"),
            new("supply elasticity, yellow maize (ε_y)", values.YellowSupplyElasticity, "IFPRI IMPACT 2005, Mexico, maize, supply elasticity (data/default/base_2005.csv)", "verified"),
            new("demand elasticity, white maize uses (η_w)", values.WhiteDemandElasticity, "IFPRI IMPACT 2005, Mexico, maize, food elasticity", "verified"),
            new("demand elasticity, feed (η_y)", values.YellowDemandElasticity, "IFPRI IMPACT 2005, Mexico, maize, feed elasticity", "verified"),
            new("substitution: white price transmission (θ)", values.Transmission, "one price in the long run (θ = 1: Mexican maize prices converged with US prices, Yunez-Naude & Serrano-Cote 2009) until a run estimates it from the white price record (EstimateTransmission)", "assumption"),
        ];
        return (values, cited);
    }

    private static CampoException Elasticity(string column) => new(
        "the 2005 base of Mexico's maize has no " + column,
        "an IMPACT elasticity in that column",
        new SourceLocation(DatasetFiles.Base, null, null, column));

    /// <summary>The FAOSTAT series of Mexico's maize (item 2514) that the model reads, by element.</summary>
    private static IReadOnlyDictionary<int, double> Series(Dataset dataset, string element)
    {
        var series = dataset.FaostatSeries("MEX", 2514, element) ?? throw new CampoException(
            "no FAOSTAT series '" + element + "' for Mexico's maize (item 2514)",
            "the FAOSTAT balances of the default dataset",
            new SourceLocation(DatasetFiles.Faostat, null, null, element));
        return series.Values;
    }

    private static double At(IReadOnlyDictionary<int, double> series, int year, string element) =>
        series.TryGetValue(year, out var v) ? v : throw new CampoException(
            "no FAOSTAT value for Mexico's maize, " + element + ", " + year.ToString(CultureInfo.InvariantCulture),
            "years the FAOSTAT balances cover (1973-2009)",
            new SourceLocation(DatasetFiles.Faostat, null, null, element));

    /// <summary>The observed shifters of a year: FAOSTAT uses, production, losses, exports and stock variation as they were.</summary>
    public static MaizeShifters ObservedShifters(Dataset dataset, int year)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        double V(string element) => At(Series(dataset, element), year, element);
        double Optional(string element) => Series(dataset, element).TryGetValue(year, out var v) ? v : 0;
        var production = V("Production");
        return new MaizeShifters(
            year,
            V("Food") + Optional("Seed") + Optional("Processed") + Optional("Other uses"),
            V("Feed"),
            production,
            Optional("Loss") / production,
            Optional("Export"),
            Optional("Stock Variation"));
    }

    /// <summary>Quantities at real price indices: demand, supply and imports (the balance identity of FAOSTAT).</summary>
    /// <param name="s">The baseline of the year.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="yellowIndex">r, the yellow (import-parity) real price against the base.</param>
    public static (double WhiteDemand, double YellowDemand, double WhiteProduction, double YellowProduction, double Imports) Quantities(MaizeShifters s, MexicoMaizeParameters p, double yellowIndex)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(p);
        var white = Math.Pow(yellowIndex, p.Transmission);
        var dw = s.WhiteDemandKt * Math.Pow(white, p.WhiteDemandElasticity);
        var dy = s.YellowDemandKt * Math.Pow(yellowIndex, p.YellowDemandElasticity);
        var sw = s.ProductionKt * p.WhiteShareOfProduction * Math.Pow(white, p.WhiteSupplyElasticity);
        var sy = s.ProductionKt * (1 - p.WhiteShareOfProduction) * Math.Pow(yellowIndex, p.YellowSupplyElasticity);
        return (dw, dy, sw, sy, dw + dy - ((1 - s.LossShare) * (sw + sy)) + s.ExportsKt - s.StockVariationKt);
    }

    /// <summary>Runs the model for the NAFTA scenario's maize schedule (US to Mexico) and sets it against the record.</summary>
    /// <param name="dataset">FAOSTAT balances, World Bank prices, GDP deflators, IMPACT elasticities.</param>
    /// <param name="agreement">The agreement: entry into force, horizon, the maize quota US to Mexico, and <c>[regional.maize_model]</c>.</param>
    /// <param name="parameters">The parameters, or null for the cited defaults with the scenario's settings over them.</param>
    /// <param name="draws">Draws of the parameters, uniform and independent within their ranges, for the bands (0: none).</param>
    /// <param name="seed">The seed of the draws: draw d uses the random stream (seed, d).</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <returns>The report, or null when the agreement has no maize quota from the United States to Mexico.</returns>
    public static MexicoMaizeReport? Run(Dataset dataset, RegionalAgreement agreement, MexicoMaizeParameters? parameters = null, int draws = 0, ulong seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(agreement);
        var maize = agreement.Commodities.FirstOrDefault(c => dataset.ResolveCommodity(c.Name).Id.Code == "maiz");
        var quota = maize?.Pairs.FirstOrDefault(p => p.Exporter.Code == "USA" && p.Importer.Code == "MEX")?.Quota;
        if (quota is null)
        {
            return null;
        }

        var gulf = dataset.Price("Maize") ?? throw new CampoException("the World Bank maize price is not in the dataset", "the series 'Maize' of wb_prices.csv", new SourceLocation(DatasetFiles.Prices, null, null, "Maize"));
        var deflator = dataset.Deflator("MEX") ?? throw new CampoException("Mexico's GDP deflator is not in the dataset", "the row MEX of " + DatasetFiles.Deflators + " (campo data build)", new SourceLocation(DatasetFiles.Deflators, null, null, "MEX"));
        double Real(int year) => (gulf.Values.TryGetValue(year, out var g) ? g : throw Missing(DatasetFiles.Prices, "Maize", year))
            / (deflator.Values.TryGetValue(year, out var d) ? d : throw Missing(DatasetFiles.Deflators, "MEX", year));
        int[] baseYears = [1991, 1992, 1993];
        var worldBase = baseYears.Average(Real);
        var last = Math.Min(agreement.Horizon, Series(dataset, "Import").Keys.Max());
        var worlds = Enumerable.Range(agreement.EntryIntoForce, last - agreement.EntryIntoForce + 1).ToDictionary(y => y, y => Real(y) / worldBase);
        var overQuota = worlds.Keys.ToDictionary(y => y, y => (Legal: quota.OverQuotaIn(DutyRegime.Legal, y, gulf.Values.TryGetValue(y, out var g) ? g : 0), Applied: quota.OverQuotaIn(DutyRegime.Applied, y, gulf.Values.TryGetValue(y, out var g2) ? g2 : 0)));
        var observed = Observed(dataset, agreement.EntryIntoForce, last, deflator);
        var parity = worlds.ToDictionary(w => w.Key, w => w.Value * (1 + overQuota[w.Key].Applied) / (1 + ProtectionCharged1991To93));
        var whiteSeen = observed.Where(o => o.WhitePriceIndex is not null).ToDictionary(o => o.Year, o => o.WhitePriceIndex!.Value);
        var estimate = EstimateTransmission(parity, whiteSeen);
        var (defaults, cited) = DefaultParameters(dataset);
        defaults = defaults with { Transmission = estimate.Theta };
        cited = cited.Select(c => c.Key.StartsWith("substitution", StringComparison.Ordinal)
            ? c with { Value = estimate.Theta, Source = string.Create(CultureInfo.InvariantCulture, $"estimated, not fitted to imports: least squares through the origin of ln(real white maize price, Table 5.15) on ln(real import parity at the duties Mexico charged), {whiteSeen.Keys.Min()}-{whiteSeen.Keys.Max()}: θ = {estimate.Theta:0.###}, standard error {estimate.StandardError:0.###}, {estimate.Years} years (θ = 1 would be one price)"), Status = "computed" }
            : c).ToList();
        var (p, ranges) = parameters is null ? Apply(defaults, agreement.MaizeModel, estimate) : (parameters, Enum.GetValues<MaizeParameterName>().ToDictionary(n => n, n => DefaultRange(parameters, n, estimate)));
        var trends = Trends(dataset, p, baseYears);
        var trendShifters = worlds.Keys.ToDictionary(y => y, trends);
        var observedShifters = p.Baseline == MaizeBaseline.Observed ? worlds.Keys.ToDictionary(y => y, y => ObservedShifters(dataset, y)) : null;

        // The observed baseline removes the price response at the applied path's tariff on the last tonne as it was:
        // the in-quota rate when the observed imports fit the quota, else the over-quota duty Mexico charged.
        var appliedIndex = worlds.ToDictionary(w => w.Key, w => w.Value * (1 + (observed.Single(o => o.Year == w.Key).ImportsKt <= quota.QuotaIn(w.Key, agreement.EntryIntoForce) ? quota.InQuotaPercent / 100 : overQuota[w.Key].Applied)) / (1 + ProtectionCharged1991To93));
        List<MaizeYear> Paths(MexicoMaizeParameters q) => PathsOn(q, trendShifters);
        List<MaizeYear> PathsOn(MexicoMaizeParameters q, Dictionary<int, MaizeShifters> trend)
        {
            var years = new List<MaizeYear>();
            var tau0 = ProtectionCharged1991To93;
            foreach (var (year, world) in worlds)
            {
                var s = observedShifters is null ? trend[year] : WithoutPriceResponse(observedShifters[year], q, appliedIndex[year]);
                years.Add(Row(year, MaizePath.WithoutNafta, world, tau0, "licences", 0, 1, 1, Quantities(s, q, 1)));
                foreach (var path in new[] { MaizePath.Legal, MaizePath.Applied })
                {
                    var limit = quota.QuotaIn(year, agreement.EntryIntoForce);
                    var a = quota.InQuotaPercent / 100;
                    var b = path == MaizePath.Legal ? overQuota[year].Legal : overQuota[year].Applied;
                    double Index(double tau) => world * (1 + tau) / (1 + tau0);
                    double Imports(double tau) => Quantities(s, q, Index(tau)).Imports;
                    var (tau, regime) = Imports(a) <= limit ? (a, "in quota") : Imports(b) >= limit ? (b, "over quota") : (Bisect(t => Imports(t) - limit, a, b), "binding");
                    var r = Index(tau);
                    years.Add(Row(year, path, world, tau, regime, limit, r, Math.Pow(r, q.Transmission), Quantities(s, q, r)));
                }
            }

            return years;
        }

        var central = Paths(p);
        var errors = Errors(central, observed);
        var drawn = Draw(p, ranges, draws, seed, Paths, observed, cancellationToken);
        var farmers = Farmers(dataset, p, central, drawn.Samples);
        var parameterRows = cited.Select(c => Cited(c, p, ranges, agreement.MaizeModel)).ToList();
        if (p.Baseline == MaizeBaseline.Observed)
        {
            parameterRows.Add(new("baseline: observed series (years)", worlds.Count, "baseline = \"observed\": FAOSTAT's uses, production, losses, exports and stock changes of each year, with the model's price response at the duties Mexico charged removed; the applied path reproduces the record by construction, so its imports and production are in sample, not a test; the legal path and the path without NAFTA differ from the record by the price change alone", "assumption", ScenarioKey: "baseline"));
        }
        else
        {
            parameterRows.Add(new("trend growth of white maize uses", TrendRate(dataset, "white", p), "FAOSTAT food + seed + processing + other uses, log-linear trend " + p.TrendFrom.ToString(CultureInfo.InvariantCulture) + "-" + p.TrendTo.ToString(CultureInfo.InvariantCulture) + " (fitted before NAFTA, so 1994 on is out of sample; baseline = \"observed\" uses each year's series instead)", "computed", ScenarioKey: "trend_from, trend_to"));
            parameterRows.Add(new("trend growth of feed use", TrendRate(dataset, "Feed", p), "FAOSTAT feed, log-linear trend, same years", "computed", ScenarioKey: "trend_from, trend_to"));
            parameterRows.Add(new("trend growth of production (yield × area)", TrendRate(dataset, "Production", p), "FAOSTAT production, log-linear trend, same years (the data hold no area or yield series before 2005)", "computed", ScenarioKey: "trend_from, trend_to"));
            parameterRows.Add(new("baseline stock change (kt a year)", 0, "no stock change in the baseline: the 1991-93 mean was a draw on stocks of 627 kt a year (FAOSTAT), which cannot go on for 15 years; FAOSTAT's 1994-2008 changes net to 10.2 Mt of stock building, outside the model", "assumption"));
        }

        var notes = Notes(p, draws);
        if (p.Baseline == MaizeBaseline.Trend)
        {
            notes.Add(TrendWindowNote(p, f =>
            {
                var q = p with { TrendFrom = f };
                var shifters = worlds.Keys.ToDictionary(y => y, Trends(dataset, q, baseYears));
                return Errors(PathsOn(q, shifters), observed);
            }));
        }

        return new MexicoMaizeReport(parameterRows, central, observed, errors, farmers, notes, drawn.Samples.Count, drawn.Bands, drawn.ErrorBands);
    }

    /// <summary>
    /// The draws: each parameter uniform on its range, independently; draw d uses the random stream (seed, d), so the
    /// bands do not depend on the number of threads. Bands are the 5th and 95th percentiles over the draws.
    /// </summary>
    private static (List<(MexicoMaizeParameters Parameters, List<MaizeYear> Years)> Samples, List<MaizeBand> Bands, List<MaizeErrorBand> ErrorBands) Draw(
        MexicoMaizeParameters p,
        IReadOnlyDictionary<MaizeParameterName, (double Low, double High, string Why)> ranges,
        int draws,
        ulong seed,
        Func<MexicoMaizeParameters, List<MaizeYear>> paths,
        List<MaizeObservation> observed,
        CancellationToken cancellationToken)
    {
        var samples = new List<(MexicoMaizeParameters, List<MaizeYear>)>();
        var names = Enum.GetValues<MaizeParameterName>();
        for (var d = 0; d < draws; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var random = Markets.Uncertainty.RandomStream.ForDraw(seed, d);
            var q = p;
            foreach (var name in names)
            {
                var (low, high, _) = ranges[name];
                q = With(q, name, low + ((high - low) * random.NextUniform()));
            }

            samples.Add((q, paths(q)));
        }

        var bands = new List<MaizeBand>();
        var errorBands = new List<MaizeErrorBand>();
        if (samples.Count == 0)
        {
            return (samples, bands, errorBands);
        }

        var series = new (string Name, Func<MaizeYear, double> Value)[] { ("production", y => y.ProductionKt), ("imports", y => y.ImportsKt), ("white price", y => y.WhitePriceIndex) };
        foreach (var path in new[] { MaizePath.Legal, MaizePath.Applied })
        {
            foreach (var year in samples[0].Item2.Where(y => y.Path == path).Select(y => y.Year))
            {
                foreach (var (name, value) in series)
                {
                    var summary = Markets.Uncertainty.Summary.Of(samples.Select(s => value(s.Item2.Single(y => y.Path == path && y.Year == year))).ToArray());
                    bands.Add(new MaizeBand(name, path, year, summary.P5, summary.P95));
                }
            }

            foreach (var (name, _) in series)
            {
                var mape = samples.Select(s => Errors(s.Item2, observed).FirstOrDefault(e => e.Series == name && e.Path == path)?.MeanAbsolutePercentageError).Where(m => m is not null).Select(m => m!.Value).ToArray();
                if (mape.Length > 0)
                {
                    var summary = Markets.Uncertainty.Summary.Of(mape);
                    errorBands.Add(new MaizeErrorBand(name, path, summary.P5, summary.Median, summary.P95));
                }
            }
        }

        return (samples, bands, errorBands);
    }

    private static CampoException Missing(string file, string series, int year) => new(
        "no value of '" + series + "' for " + year.ToString(CultureInfo.InvariantCulture),
        "a series covering the years of the agreement (campo data build --from ../shared/data)",
        new SourceLocation(file, null, null, series));

    private static MaizeYear Row(int year, MaizePath path, double world, double tau, string regime, double quota, double yellow, double white, (double WhiteDemand, double YellowDemand, double WhiteProduction, double YellowProduction, double Imports) q) =>
        new(year, path, world, tau, regime, quota, yellow, white, q.WhiteDemand, q.YellowDemand, q.WhiteProduction, q.YellowProduction, q.WhiteProduction + q.YellowProduction, q.Imports);

    /// <summary>The root of a decreasing function between two rates, by bisection (60 halvings: far below a tonne).</summary>
    private static double Bisect(Func<double, double> f, double low, double high)
    {
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            if (f(mid) > 0)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }

    private static IReadOnlyDictionary<int, double> WhiteUses(Dataset dataset)
    {
        var food = Series(dataset, "Food");
        string[] others = ["Seed", "Processed", "Other uses"];
        var extra = others.Select(e => dataset.FaostatSeries("MEX", 2514, e)?.Values).Where(v => v is not null).ToList();
        return food.ToDictionary(f => f.Key, f => f.Value + extra.Sum(e => e!.TryGetValue(f.Key, out var v) ? v : 0));
    }

    /// <summary>The slope of ln(series) on the year over the trend years, by least squares.</summary>
    public static double TrendSlope(IReadOnlyDictionary<int, double> series, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = Enumerable.Range(from, to - from + 1).Select(y => series.TryGetValue(y, out var v) && v > 0 ? (X: (double)y, Y: Math.Log(v)) : throw new CampoException(
            "no positive FAOSTAT value in " + y.ToString(CultureInfo.InvariantCulture) + " for the trend " + from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture),
            "a series covering the trend years",
            new SourceLocation(DatasetFiles.Faostat))).ToList();
        var mx = points.Average(q => q.X);
        var my = points.Average(q => q.Y);
        return points.Sum(q => (q.X - mx) * (q.Y - my)) / points.Sum(q => (q.X - mx) * (q.X - mx));
    }

    private static double TrendRate(Dataset dataset, string which, MexicoMaizeParameters p) =>
        Math.Exp(TrendSlope(which == "white" ? WhiteUses(dataset) : Series(dataset, which), p.TrendFrom, p.TrendTo)) - 1;

    /// <summary>
    /// The baseline: the 1991-93 means grown at the pre-NAFTA trends; the loss share and exports at their 1991-93 means;
    /// no stock change (an assumption: the 1991-93 mean was a draw on stocks of 627 kt a year, which cannot go on for 15
    /// years; FAOSTAT's 1994-2008 stock changes net to stock building of 10.2 Mt).
    /// </summary>
    private static Func<int, MaizeShifters> Trends(Dataset dataset, MexicoMaizeParameters p, int[] baseYears)
    {
        var white = WhiteUses(dataset);
        var feed = Series(dataset, "Feed");
        var production = Series(dataset, "Production");
        var observed = baseYears.Select(y => ObservedShifters(dataset, y)).ToList();
        var centre = baseYears.Average();
        var gw = TrendSlope(white, p.TrendFrom, p.TrendTo);
        var gy = TrendSlope(feed, p.TrendFrom, p.TrendTo);
        var gs = TrendSlope(production, p.TrendFrom, p.TrendTo);
        var dw = observed.Average(o => o.WhiteDemandKt);
        var dy = observed.Average(o => o.YellowDemandKt);
        var s = observed.Average(o => o.ProductionKt);
        var loss = observed.Average(o => o.LossShare * o.ProductionKt) / s;
        var x = observed.Average(o => o.ExportsKt);
        return year => new MaizeShifters(year, dw * Math.Exp(gw * (year - centre)), dy * Math.Exp(gy * (year - centre)), s * Math.Exp(gs * (year - centre)), loss, x, 0);
    }

    /// <summary>
    /// A year's observed shifters with the model's price response at the real import parity r_a of the duties Mexico
    /// charged (the in-quota rate in a year whose imports fit the quota) removed (the observed baseline):
    /// <code>
    ///   D̄_w = D_w / r_a^(θ·η_w)      D̄_y = D_y / r_a^η_y      S̄ = S / [s_w·r_a^(θ·ε_w) + (1 − s_w)·r_a^ε_y]
    /// </code>
    /// so that <see cref="Quantities"/> at r_a returns the observed uses and production, and the balance the observed
    /// imports (FAOSTAT's balance closes to about 1 kt).
    /// </summary>
    /// <param name="observed">The year's FAOSTAT uses, production, loss share, exports and stock change.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="appliedParity">r_a, the real import parity at the duties Mexico charged against 1991-93.</param>
    public static MaizeShifters WithoutPriceResponse(MaizeShifters observed, MexicoMaizeParameters p, double appliedParity)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(p);
        if (!(appliedParity > 0) || double.IsInfinity(appliedParity))
        {
            throw new ArgumentOutOfRangeException(nameof(appliedParity), appliedParity, "the import parity index must be a positive number");
        }

        var white = Math.Pow(appliedParity, p.Transmission);
        var supply = (p.WhiteShareOfProduction * Math.Pow(white, p.WhiteSupplyElasticity)) + ((1 - p.WhiteShareOfProduction) * Math.Pow(appliedParity, p.YellowSupplyElasticity));
        return observed with
        {
            WhiteDemandKt = observed.WhiteDemandKt / Math.Pow(white, p.WhiteDemandElasticity),
            YellowDemandKt = observed.YellowDemandKt / Math.Pow(appliedParity, p.YellowDemandElasticity),
            ProductionKt = observed.ProductionKt / supply,
        };
    }

    private static List<MaizeObservation> Observed(Dataset dataset, int from, int to, PriceSeries deflator)
    {
        var production = Series(dataset, "Production");
        var imports = Series(dataset, "Import");
        double? Real(int y) => MexicanWhitePriceUsdPerBushel.TryGetValue(y, out var v) && deflator.Values.TryGetValue(y, out var d) ? v / d : null;
        var baseReal = new[] { 1991, 1992, 1993 }.Average(y => Real(y) ?? double.NaN);
        return Enumerable.Range(from, to - from + 1)
            .Select(y => new MaizeObservation(y, At(production, y, "Production"), At(imports, y, "Import"), Real(y) / baseReal))
            .ToList();
    }

    private static List<MaizeError> Errors(List<MaizeYear> years, List<MaizeObservation> observed)
    {
        var errors = new List<MaizeError>();
        foreach (var path in Enum.GetValues<MaizePath>())
        {
            var rows = years.Where(y => y.Path == path).ToDictionary(y => y.Year);
            void Add(string series, Func<MaizeYear, double> model, Func<MaizeObservation, double?> seen)
            {
                var pairs = observed.Where(o => rows.ContainsKey(o.Year) && seen(o) is > 0).Select(o => (model(rows[o.Year]) / seen(o)!.Value) - 1).ToList();
                if (pairs.Count > 0)
                {
                    errors.Add(new MaizeError(series, path, pairs.Count, pairs.Average(Math.Abs), pairs.Average()));
                }
            }

            Add("production", y => y.ProductionKt, o => o.ProductionKt);
            Add("imports", y => y.ImportsKt, o => o.ImportsKt);
            if (path != MaizePath.WithoutNafta)
            {
                Add("white price", y => y.WhitePriceIndex, o => o.WhitePriceIndex);
            }
        }

        return errors;
    }

    /// <summary>
    /// The farmers' view: producers and hectares by type, and the white price change of the legal path in the last
    /// year, per hectare and per household. The bands are the 5th and 95th percentiles over the draws of the parameters
    /// (and the 3 million families' band of PROCAMPO beneficiaries); without draws, the substitution θ from 0.5 to 1.
    /// </summary>
    private static List<MaizeFigure> Farmers(Dataset dataset, MexicoMaizeParameters p, List<MaizeYear> years, List<(MexicoMaizeParameters Parameters, List<MaizeYear> Years)> samples)
    {
        var impact = dataset.Base(new MemberId("MEX"), new CommodityId("maiz"))!;
        var area = impact.AreaThousandHectares ?? throw new CampoException("the 2005 base of Mexico's maize has no area", "an IMPACT area in area_kha", new SourceLocation(DatasetFiles.Base, null, null, "area_kha"));
        var hectares = area * 1000;
        const double Families = 3_000_000;
        const double FamiliesLow = 2_950_000;
        const double FamiliesHigh = 3_290_000;
        var production2005 = At(Series(dataset, "Production"), 2005, "Production");
        var yield = production2005 * 1000 / hectares;
        var basePrice = new[] { 1991, 1992, 1993 }.Average(y => MexicanWhitePriceUsdPerBushel[y]) / Dumping.DumpingCalculator.TonnesPerBushel;
        var legal = years.Where(y => y.Path == MaizePath.Legal).MaxBy(y => y.Year)!;
        var perHectare = yield * basePrice * (legal.WhitePriceIndex - 1);
        var hectaresPerFamily = hectares * p.WhiteShareOfProduction / Families;
        var year = legal.Year.ToString(CultureInfo.InvariantCulture);
        (double Low, double High) change, hectare, family, white, yellow;
        string how;
        if (samples.Count > 0)
        {
            (double, double) Band(Func<MexicoMaizeParameters, MaizeYear, double> f)
            {
                var summary = Markets.Uncertainty.Summary.Of(samples.Select(s => f(s.Parameters, s.Years.Where(y => y.Path == MaizePath.Legal).MaxBy(y => y.Year)!)).ToArray());
                return (summary.P5, summary.P95);
            }

            change = Band((_, y) => y.WhitePriceIndex - 1);
            hectare = Band((_, y) => yield * basePrice * (y.WhitePriceIndex - 1));
            var perFamily = new List<double>();
            foreach (var (q, path) in samples)
            {
                var last = path.Where(y => y.Path == MaizePath.Legal).MaxBy(y => y.Year)!;
                var perHa = yield * basePrice * (last.WhitePriceIndex - 1);
                perFamily.Add(perHa * hectares * q.WhiteShareOfProduction / FamiliesLow);
                perFamily.Add(perHa * hectares * q.WhiteShareOfProduction / FamiliesHigh);
            }

            var familySummary = Markets.Uncertainty.Summary.Of([.. perFamily]);
            family = (familySummary.P5, familySummary.P95);
            white = Band((q, _) => hectares * q.WhiteShareOfProduction);
            yellow = Band((q, _) => hectares * (1 - q.WhiteShareOfProduction));
            how = "90% band over " + samples.Count.ToString(CultureInfo.InvariantCulture) + " draws of the parameters";
        }
        else
        {
            var low = Math.Pow(legal.YellowPriceIndex, 0.5);
            change = (Math.Min(low, legal.WhitePriceIndex) - 1, Math.Max(low, legal.WhitePriceIndex) - 1);
            hectare = (yield * basePrice * change.Low, yield * basePrice * change.High);
            family = (hectare.Low * hectaresPerFamily, hectare.High * hectaresPerFamily);
            white = (hectares * p.WhiteShareOfProduction, hectares * p.WhiteShareOfProduction);
            yellow = (hectares * (1 - p.WhiteShareOfProduction), hectares * (1 - p.WhiteShareOfProduction));
            how = "band θ = 0.5 to 1 (no draws)";
        }

        return
        [
            new("white maize producers (farm families)", Families, FamiliesLow, FamiliesHigh, "families", "3 million Mexican farm families grow corn (Wise, NACLA Report on the Americas, Jan/Feb 2011; nafta_corn_facts.csv); band: PROCAMPO beneficiaries, 2.95 million (1998) to 3.29 million (1994) (Hufbauer & Schott 2005, ch. 5, https://www.hitpages.com/doc/4514986122543104/13/)"),
            new("yellow maize producers", double.NaN, null, null, "farms", "not in the sources: yellow maize is grown by commercial farms in Chihuahua (35%), Jalisco (25%), Tamaulipas (21%) and Chiapas (13%) (SIAP via manuales.com)"),
            new("maize area, white", hectares * p.WhiteShareOfProduction, white.Low, white.High, "ha", "IMPACT 2005 harvested area of Mexico's maize, " + area.ToString("0", CultureInfo.InvariantCulture) + " kha, split by the production shares (an assumption: yellow maize yields more, so its area share is smaller); band from the white share's range"),
            new("maize area, yellow", hectares * (1 - p.WhiteShareOfProduction), yellow.Low, yellow.High, "ha", "as above"),
            new("yield", yield, null, null, "t/ha", "FAOSTAT 2005 production over the IMPACT 2005 area"),
            new("white maize price change, " + year + ", legal duties", legal.WhitePriceIndex - 1, change.Low, change.High, "real", "the model's real white price against 1991-93; " + how),
            new("revenue change per hectare, " + year, perHectare, hectare.Low, hectare.High, "USD of 1991-93 per ha", "yield × the 1991-93 Mexican white maize price (Table 5.15: " + basePrice.ToString("0", CultureInfo.InvariantCulture) + " USD/t) × the price change; " + how),
            new("hectares per family", hectaresPerFamily, null, 5, "ha", "white maize area over 3 million families; about half of Mexico's farmers till 5 ha or less (Hufbauer & Schott 2005, ch. 5)"),
            new("revenue change per family, " + year, perHectare * hectaresPerFamily, family.Low, family.High, "USD of 1991-93 per family", "per hectare × hectares per family (white area over 2.95 to 3.29 million families in the draws); the value at market price of the crop, an upper bound for the majority who sell little or none (de Janvry, Sadoulet & Gordillo 1995); " + how),
            new("revenue change per subsistence family (1 to 2 ha), " + year, perHectare * SubsistenceHectares.Mid, Math.Min(hectare.Low * SubsistenceHectares.High, hectare.High * SubsistenceHectares.Low), Math.Max(hectare.Low * SubsistenceHectares.High, hectare.High * SubsistenceHectares.Low), "USD of 1991-93 per family", "per hectare × 1 to 2 ha (1.5 ha central): outside the smaller commercial crops of northern Chihuahua, Durango and Tamaulipas, Mexico's maize is mostly grown by subsistence farmers with one or two hectares per family (eFeedLink, 22 September 2008, reporting Mexico's Agriculture Ministry, " + SubsistenceSource + "); the band joins the per-hectare band and the 1-2 ha; the market value of the crop, an upper bound for families who sell little or none; " + how),
            new("PROCAMPO per beneficiary, 1994", 1.4e9 / 3.29e6, 1.0e9 / 2.95e6, 1.4e9 / 3.29e6, "USD per beneficiary (nominal)", "US$1.4 billion to 3.29 million producers in 1994, just over US$1 billion to 2.95 million in 1998 (Hufbauer & Schott 2005, ch. 5); 330 new pesos per hectare in spring-summer 1994, then 350 (Library of Congress country study, https://country-studies.com/mexico/government-agricultural-policy.html); decoupled: income, not price"),
        ];
    }

    /// <summary>Hectares of a subsistence maize family: one or two (eFeedLink 2008, reporting Mexico's Agriculture Ministry); 1.5 central.</summary>
    private static readonly (double Low, double Mid, double High) SubsistenceHectares = (1, 1.5, 2);

    private const string SubsistenceSource = "https://www.efeedlink.com/contents/09-22-2008/aa1b781c-2c3e-42eb-9e5b-5fd7de2ba769-a001.html";

    /// <summary>The first year the trends may start: the FAOSTAT balances begin in 1973 (the reader's bound for <c>trend_from</c>).</summary>
    public const int EarliestTrendYear = 1973;

    /// <summary>The shortest trend window the reader accepts, in years counted inclusively (<c>trend_from</c> + 4 ≤ <c>trend_to</c>).</summary>
    public const int ShortestTrendWindow = 5;

    /// <summary>
    /// The legal path's import error for every first trend year the data allow (1973 to the last year less five), the
    /// run's other parameters unchanged: how much the look-back's headline error owes to the window (docs/models/nafta.md).
    /// </summary>
    /// <param name="p">The run's parameters.</param>
    /// <param name="errorsFrom">The error measures of the central paths with the trends starting in the given year.</param>
    /// <returns>The imports MAPE of the legal path by first trend year.</returns>
    public static IReadOnlyList<(int From, double Mape)> LegalImportErrorByTrendStart(MexicoMaizeParameters p, Func<int, IReadOnlyList<MaizeError>> errorsFrom)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(errorsFrom);
        var latest = p.TrendTo - ShortestTrendWindow + 1;
        return Enumerable.Range(EarliestTrendYear, Math.Max(0, latest - EarliestTrendYear + 1))
            .Select(f => (f, errorsFrom(f).Single(e => e.Series == "imports" && e.Path == MaizePath.Legal).MeanAbsolutePercentageError))
            .ToList();
    }

    private static string TrendWindowNote(MexicoMaizeParameters p, Func<int, IReadOnlyList<MaizeError>> errorsFrom)
    {
        var byStart = LegalImportErrorByTrendStart(p, errorsFrom);
        var low = byStart.MinBy(w => w.Mape);
        var high = byStart.MaxBy(w => w.Mape);
        string Pct(double v) => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        string Y(int y) => y.ToString(CultureInfo.InvariantCulture);
        return "Trend window: the legal path's imports MAPE with the trends starting in each year " + Y(byStart[0].From) + "-" + Y(byStart[^1].From) + " (to " + Y(p.TrendTo) + "): "
            + string.Join(", ", byStart.Select(w => Y(w.From) + " " + Pct(w.Mape)))
            + "; lowest " + Pct(low.Mape) + " (" + Y(low.From) + "), highest " + Pct(high.Mape) + " (" + Y(high.From) + "). This run starts in " + Y(p.TrendFrom)
            + "; a result near the 20% goal depends on that choice (docs/models/nafta.md).";
    }

    private static List<string> Notes(MexicoMaizeParameters p, int draws) =>
    [
        draws > 0
            ? "Bands: " + draws.ToString(CultureInfo.InvariantCulture) + " draws, each parameter uniform and independent on its range (the scenario's [regional.maize_model] ranges or the defaults listed with the parameters); 5th to 95th percentile."
            : "No draws: the bands of the farmers' view come from the substitution θ alone (0.5 to 1).",
        "Two markets: white maize (food, seed, processing and other uses; " + (p.WhiteShareOfProduction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "% of production) and yellow maize (feed; the imports). The white price follows the yellow import-parity price to the power θ = " + p.Transmission.ToString("0.##", CultureInfo.InvariantCulture) + ".",
        p.Baseline == MaizeBaseline.Observed
            ? "Baseline: FAOSTAT's series of each year as they were (uses, production, losses, exports, stock changes), with the model's price response at the duties Mexico charged removed; the applied path reproduces the record by construction (in sample: its error measures are not a test), the legal path and the path without NAFTA differ from it by the price change alone."
            : "Baseline: the 1991-93 means grown at FAOSTAT's log-linear trends of " + p.TrendFrom.ToString(CultureInfo.InvariantCulture) + "-" + p.TrendTo.ToString(CultureInfo.InvariantCulture) + " (out of sample for 1994 on); the path without NAFTA holds the real domestic price at its base (the licences), so it is the baseline itself; both NAFTA paths move the same baseline.",
        "Real peso prices: the US Gulf price over Mexico's GDP deflator in US dollars (FAO), so the 1995 devaluation raises the import parity.",
        "Protection before NAFTA: the 1991-93 price wedge actually charged (" + (ProtectionCharged1991To93 * 100).ToString("0", CultureInfo.InvariantCulture) + "%, Hufbauer & Schott 2005 Table 5.15), not the 215% over-quota tariff.",
        "PROCAMPO is a per-hectare payment decoupled from the price: it moves no quantity in the model and is shown as income in the farmers' view.",
        p.Baseline == MaizeBaseline.Observed
            ? "The quota applies to all imports (US maize was 85.7% of them in 1984-93); losses, exports and stock changes are FAOSTAT's of each year."
            : "The quota applies to all imports (US maize was 85.7% of them in 1984-93); exports stay at their 1991-93 mean; the baseline has no stock change (the 1991-93 mean, a draw on stocks of 627 kt a year, cannot go on for 15 years: an assumption).",
    ];
}
