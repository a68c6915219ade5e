using System.Globalization;
using Campo.Data;
using Campo.Errors;

namespace Campo.Regional;

/// <content>
/// The Mexican maize model's parameters: their scenario keys, allowed values and default ranges, how a scenario's
/// settings apply to them, how each is shown with its source, and the substitution θ estimated from prices.
/// </content>
public static partial class MexicoMaize
{
    /// <summary>The scenario key of each parameter.</summary>
    public static IReadOnlyDictionary<MaizeParameterName, string> ScenarioKeys { get; } = new Dictionary<MaizeParameterName, string>
    {
        [MaizeParameterName.WhiteShare] = "white_share",
        [MaizeParameterName.WhiteSupplyElasticity] = "white_supply_elasticity",
        [MaizeParameterName.YellowSupplyElasticity] = "yellow_supply_elasticity",
        [MaizeParameterName.WhiteDemandElasticity] = "white_demand_elasticity",
        [MaizeParameterName.FeedDemandElasticity] = "feed_demand_elasticity",
        [MaizeParameterName.Transmission] = "transmission",
    };

    /// <summary>The values each parameter may take at all (a scenario's value or range outside them is an error).</summary>
    public static IReadOnlyDictionary<MaizeParameterName, (double Min, double Max)> Allowed { get; } = new Dictionary<MaizeParameterName, (double, double)>
    {
        [MaizeParameterName.WhiteShare] = (0, 1),
        [MaizeParameterName.WhiteSupplyElasticity] = (0, 5),
        [MaizeParameterName.YellowSupplyElasticity] = (0, 5),
        [MaizeParameterName.WhiteDemandElasticity] = (-5, 0),
        [MaizeParameterName.FeedDemandElasticity] = (-5, 0),
        [MaizeParameterName.Transmission] = (0, 1),
    };

    /// <summary>A parameter's value.</summary>
    public static double Get(MexicoMaizeParameters p, MaizeParameterName name)
    {
        ArgumentNullException.ThrowIfNull(p);
        return name switch
        {
            MaizeParameterName.WhiteShare => p.WhiteShareOfProduction,
            MaizeParameterName.WhiteSupplyElasticity => p.WhiteSupplyElasticity,
            MaizeParameterName.YellowSupplyElasticity => p.YellowSupplyElasticity,
            MaizeParameterName.WhiteDemandElasticity => p.WhiteDemandElasticity,
            MaizeParameterName.FeedDemandElasticity => p.YellowDemandElasticity,
            _ => p.Transmission,
        };
    }

    /// <summary>The parameters with one value changed.</summary>
    public static MexicoMaizeParameters With(MexicoMaizeParameters p, MaizeParameterName name, double value)
    {
        ArgumentNullException.ThrowIfNull(p);
        return name switch
        {
            MaizeParameterName.WhiteShare => p with { WhiteShareOfProduction = value },
            MaizeParameterName.WhiteSupplyElasticity => p with { WhiteSupplyElasticity = value },
            MaizeParameterName.YellowSupplyElasticity => p with { YellowSupplyElasticity = value },
            MaizeParameterName.WhiteDemandElasticity => p with { WhiteDemandElasticity = value },
            MaizeParameterName.FeedDemandElasticity => p with { YellowDemandElasticity = value },
            _ => p with { Transmission = value },
        };
    }

    /// <summary>
    /// The default range of each parameter for the draws, with why: the two SIAP years for the white share; from the
    /// assumption (0) to IMPACT's maize supply elasticity for white supply; θ from 0.5 to 1; ±25% around IMPACT's
    /// elasticities (an assumption: IMPACT publishes no standard errors; the bilateral model's draws use the same 25%).
    /// </summary>
    /// <param name="p">The parameters.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="transmission">θ's estimate, whose 95% interval is then θ's range; null for 0.5 to 1.</param>
    public static (double Low, double High, string Why) DefaultRange(MexicoMaizeParameters p, MaizeParameterName name, TransmissionEstimate? transmission = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var v = Get(p, name);
        return name switch
        {
            MaizeParameterName.WhiteShare => (0.929, 0.946, "SIAP: 92.9% (2005) to 94.6% (2004)"),
            MaizeParameterName.WhiteSupplyElasticity => (0, p.YellowSupplyElasticity, "from no net response (the assumption) to IMPACT's maize supply elasticity"),
            MaizeParameterName.Transmission when transmission is { } t => (t.Low, t.High, "95% interval of the estimate, " + t.Years.ToString(CultureInfo.InvariantCulture) + " years"),
            MaizeParameterName.Transmission => (0.5, 1, "from half the import-parity change to all of it (assumption)"),
            _ => (Math.Min(0.75 * v, 1.25 * v), Math.Max(0.75 * v, 1.25 * v), "IMPACT ±25% (assumption: no standard errors published)"),
        };
    }

    /// <summary>The parameters a scenario's <c>[regional.maize_model]</c> sets over the cited defaults, with each one's range.</summary>
    /// <param name="defaults">The cited defaults.</param>
    /// <param name="settings">The scenario's table, or null.</param>
    /// <returns>The values and, for each parameter, its range and where the value comes from.</returns>
    /// <exception cref="CampoException">A value outside its range (the range being the scenario's or the default).</exception>
    /// <param name="transmission">θ's estimate (its interval is θ's default range), or null.</param>
    public static (MexicoMaizeParameters Values, IReadOnlyDictionary<MaizeParameterName, (double Low, double High, string Why)> Ranges) Apply(MexicoMaizeParameters defaults, MexicoMaizeSettings? settings, TransmissionEstimate? transmission = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var p = defaults with { TrendFrom = settings?.TrendFrom ?? defaults.TrendFrom, TrendTo = settings?.TrendTo ?? defaults.TrendTo, Baseline = settings?.Baseline ?? defaults.Baseline };
        foreach (var s in settings?.Settings ?? [])
        {
            if (s.Value is { } v)
            {
                p = With(p, s.Name, v);
            }
        }

        var ranges = new Dictionary<MaizeParameterName, (double, double, string)>();
        foreach (var name in Enum.GetValues<MaizeParameterName>())
        {
            var s = settings?.Settings.FirstOrDefault(x => x.Name == name);
            var range = s?.Low is { } low && s.High is { } high ? (low, high, "the scenario's range") : DefaultRange(p, name, transmission);
            var value = Get(p, name);
            if (value < range.Item1 - 1e-12 || value > range.Item2 + 1e-12)
            {
                throw new CampoException(
                    Messages.Fill(Messages.Regional_MaizeOutsideRange, ScenarioKeys[name], Messages.Number(value), Messages.Number(range.Item1), Messages.Number(range.Item2), range.Item3),
                    Messages.Expected(Messages.Fill(Messages.Regional_MaizeOutsideRangeFix, ScenarioKeys[name])),
                    (settings?.Location ?? new SourceLocation(null)) with { Field = "regional.maize_model." + ScenarioKeys[name] });
            }

            ranges[name] = range;
        }

        return (p, ranges);
    }

    /// <summary>Student's t, 97.5th percentile, for 1 to 30 degrees of freedom (two-sided 95% interval).</summary>
    private static readonly double[] StudentT975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042];

    /// <summary>
    /// Estimates the substitution θ from prices alone, never from the imports the look-back scores:
    /// <code>
    ///   ln w_t = θ · ln r_t + e_t        θ̂ = Σ ln r_t ln w_t / Σ (ln r_t)²
    ///   SE(θ̂) = √( Σ e_t² / (n − 1) / Σ (ln r_t)² )      95% interval θ̂ ± t(0.975, n − 1) · SE
    /// </code>
    /// w_t is Mexico's real white maize price against 1991-93 (Hufbauer and Schott 2005, Table 5.15, in real pesos) and
    /// r_t the real import parity at the duties Mexico charged against the 1991-93 price (through the origin: both are 1
    /// in the base). Years are those both series cover.
    /// </summary>
    /// <param name="importParity">r_t by year.</param>
    /// <param name="whiteIndex">w_t by year.</param>
    /// <exception cref="CampoException">Fewer than three common years.</exception>
    public static TransmissionEstimate EstimateTransmission(IReadOnlyDictionary<int, double> importParity, IReadOnlyDictionary<int, double> whiteIndex)
    {
        ArgumentNullException.ThrowIfNull(importParity);
        ArgumentNullException.ThrowIfNull(whiteIndex);
        var points = importParity.Keys.Where(whiteIndex.ContainsKey).Order().Select(y => (X: Math.Log(importParity[y]), Y: Math.Log(whiteIndex[y]))).ToList();
        if (points.Count < 3)
        {
            throw new CampoException(
                Messages.Fill(Messages.Regional_MaizeTransmissionYears, Messages.Number(points.Count)),
                Messages.Expected(Messages.Text(Messages.Regional_MaizeTransmissionYearsFix)),
                new SourceLocation(DatasetFiles.Prices, null, null, "Maize"));
        }

        var sxx = points.Sum(q => q.X * q.X);
        var theta = points.Sum(q => q.X * q.Y) / sxx;
        var residuals = points.Sum(q => (q.Y - (theta * q.X)) * (q.Y - (theta * q.X)));
        var se = Math.Sqrt(residuals / (points.Count - 1) / sxx);
        var t = StudentT975[Math.Min(points.Count - 1, StudentT975.Length) - 1];
        return new TransmissionEstimate(theta, se, points.Count, Math.Max(0, theta - (t * se)), Math.Min(1, theta + (t * se)));
    }

    /// <summary>A cited default as the report shows it: the scenario's value and source over it when it sets one, and its range.</summary>
    private static MaizeParameter Cited(MaizeParameter cited, MexicoMaizeParameters p, IReadOnlyDictionary<MaizeParameterName, (double Low, double High, string Why)> ranges, MexicoMaizeSettings? settings)
    {
        if (ParameterOf(cited.Key) is not { } name)
        {
            return cited;
        }

        var set = settings?.Settings.FirstOrDefault(s => s.Name == name);
        var (low, high, why) = ranges[name];
        var source = set?.Value is not null ? "scenario: " + (set.Source ?? "no source given") : cited.Source;
        return new MaizeParameter(cited.Key, Get(p, name), source + "; range " + why, set?.Value is not null ? set.Status ?? "assumption" : cited.Status, low, high, ScenarioKeys[name]);
    }

    private static MaizeParameterName? ParameterOf(string key) => key switch
    {
        _ when key.StartsWith("white maize share", StringComparison.Ordinal) => MaizeParameterName.WhiteShare,
        _ when key.StartsWith("supply elasticity, white", StringComparison.Ordinal) => MaizeParameterName.WhiteSupplyElasticity,
        _ when key.StartsWith("supply elasticity, yellow", StringComparison.Ordinal) => MaizeParameterName.YellowSupplyElasticity,
        _ when key.StartsWith("demand elasticity, white", StringComparison.Ordinal) => MaizeParameterName.WhiteDemandElasticity,
        _ when key.StartsWith("demand elasticity, feed", StringComparison.Ordinal) => MaizeParameterName.FeedDemandElasticity,
        _ when key.StartsWith("substitution", StringComparison.Ordinal) => MaizeParameterName.Transmission,
        _ => null,
    };
}
