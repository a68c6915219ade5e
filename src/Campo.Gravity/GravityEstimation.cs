using System.Globalization;
using System.Runtime.CompilerServices;
using Campo.Gravity.Data;
using Campo.Gravity.Estimation;

namespace Campo.Gravity;

/// <summary>
/// Estimates structural gravity models: PPML (or OLS) with any number of high-dimensional fixed effects,
/// offsets and weights, with separation and collinearity checks, and IID, robust or clustered variances.
/// The equations and sources are in <c>docs/models/gravity.md</c>.
/// </summary>
/// <example>
/// <code>
/// var table = GravityTableReader.Read("panel.csv.gz");
/// var fit = GravityEstimation.Estimate(table, "trade ~ rta | exp^year + imp^year + exp^imp",
///     new GravityOptions { Cluster = ["exp^imp"] });
/// </code>
/// </example>
public static class GravityEstimation
{
    /// <summary>Parses the formula and estimates.</summary>
    /// <exception cref="GravityException">The formula or data cannot be used; the message says where.</exception>
    public static GravityEstimate Estimate(GravityTable table, string formula, GravityOptions? options = null) =>
        Estimate(table, GravityFormula.Parse(formula), options);

    /// <summary>Estimates the model.</summary>
    /// <exception cref="GravityException">The data cannot be used; the message names the row and column.</exception>
    public static GravityEstimate Estimate(GravityTable table, GravityFormula formula, GravityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(formula);
        options ??= new GravityOptions();
        options.Validate();
        var poisson = options.Estimator == GravityEstimator.Ppml;
        var dropped = new List<(string Reason, int[] Rows)>();
        var notes = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var design = DesignBuilder.Build(table, formula, options, dropped);
        var indexing = clock.Elapsed.TotalSeconds;
        if (poisson && Array.TrueForAll(design.Y, y => y == 0))
        {
            throw new GravityException(
                $"the outcome {formula.Outcome.Column} is zero in all {design.Count:N0} usable observations",
                "PPML needs some positive flows; check the column and the filter",
                new GravityLocation(table.Source, null, null, formula.Outcome.Column));
        }

        CheckSample(table, design, dropped);

        if (poisson && options.Separation.HasFlag(SeparationChecks.FixedEffects) && design.FixedEffects.Dimensions > 0)
        {
            var flagged = Separation.ZeroGroups(design);
            for (var d = 0; d < design.FixedEffects.Dimensions; d++)
            {
                var rows = Enumerable.Range(0, design.Count).Where(i => flagged[i] == d).Select(i => design.Rows[i]).ToArray();
                if (rows.Length > 0)
                {
                    dropped.Add(($"all outcomes zero in their {design.FixedEffects.Names[d]} group (separated by a fixed effect)", rows));
                }
            }

            design = Keep(design, flagged.Select(f => f < 0).ToArray());
            notes.Add("fixed-effect check: groups whose outcomes are all zero dropped");
        }

        if (options.DropSingletons && design.FixedEffects.Dimensions > 0)
        {
            var singles = Separation.Singletons(design);
            if (singles.Length > 0)
            {
                dropped.Add(("alone in a fixed-effect level (singleton)", singles.Select(i => design.Rows[i]).ToArray()));
                design = Drop(design, singles);
            }
        }

        if (poisson && options.Separation.HasFlag(SeparationChecks.Simplex))
        {
            var separated = Separation.Simplex(design, 2000, out var skipped);
            notes.Add(skipped ? "simplex check skipped (more than 2,000 zero outcomes); the ReLU check covers it" : "simplex check on the regressors");
            if (separated.Length > 0)
            {
                dropped.Add(("separated by the regressors (simplex check)", separated.Select(i => design.Rows[i]).ToArray()));
                design = Drop(design, separated);
            }
        }

        var certified = false;
        if (poisson && options.Separation.HasFlag(SeparationChecks.Relu))
        {
            var (separated, iterations) = Separation.Relu(design, options);
            certified = separated is not null;
            if (separated is null)
            {
                notes.Add($"ReLU check reached its cap of {iterations} iterations: separation not ruled out");
            }
            else
            {
                notes.Add($"ReLU check converged in {iterations} iterations");
                if (separated.Length > 0)
                {
                    dropped.Add(("separated (ReLU certificate)", separated.Select(i => design.Rows[i]).ToArray()));
                    design = Drop(design, separated);
                }
            }
        }

        CheckSample(table, design, dropped);
        var separationTime = clock.Elapsed.TotalSeconds - indexing;
        ReleaseGarbage(design.Count);
        var fit = IrlsSolver.Fit(design, options, poisson);
        var demeaning = fit.DemeaningSeconds;
        if (poisson && !certified && options.Separation != SeparationChecks.None)
        {
            // During IRLS: without a ReLU certificate, zero outcomes whose fitted value has collapsed towards 0
            // are the signature of separation (their μ falls by a constant factor each iteration); drop them
            // and estimate again.
            var collapsed = Separation.Collapsed(design, fit.Mu);
            if (collapsed.Length > 0)
            {
                dropped.Add(("separated (fitted value collapsed to zero during IRLS)", collapsed.Select(i => design.Rows[i]).ToArray()));
                notes.Add("separation found during IRLS; estimated again without the separated observations");
                design = Drop(design, collapsed);
                fit = IrlsSolver.Fit(design, options, poisson);
                demeaning += fit.DemeaningSeconds;
            }
        }

        var irlsTime = clock.Elapsed.TotalSeconds - indexing - separationTime;
        var variance = options.Variance ?? (options.Cluster.Count > 0 ? VarianceType.Cluster : VarianceType.Hetero);
        if (variance == VarianceType.Cluster && options.Cluster.Count == 0)
        {
            throw new GravityException("clustered variance asked for without a cluster variable", "name one, as in --cluster pair", GravityLocation.OfField("cluster"));
        }

        var kept = Enumerable.Range(0, design.X.Length).Where(j => fit.Kept[j]).ToArray();
        var keptDesign = design.WithRegressors(fit.Kept);
        var covariance = VarianceEstimator.Compute(keptDesign, fit, variance, options.Convention, poisson, out var clusterCounts);
        var coefficients = new List<GravityCoefficient>();
        for (var a = 0; a < kept.Length; a++)
        {
            var b = fit.Beta[kept[a]];
            var se = Math.Sqrt(covariance[a, a]);
            var z = b / se;
            coefficients.Add(new GravityCoefficient(design.XNames[kept[a]], b, se, z, SpecialFunctions.TwoSidedP(z)));
        }

        var omitted = Enumerable.Range(0, design.X.Length)
            .Where(j => !fit.Kept[j])
            .Select(j => new OmittedRegressor(design.XNames[j], fit.Absorbed[j] ? "absorbed by the fixed effects" : "collinear with other regressors"))
            .ToList();

        var (ll, ll0, r2) = Fit(design, fit, poisson);
        var fitted = new double[table.RowCount];
        var eta = new double[table.RowCount];
        Array.Fill(fitted, double.NaN);
        Array.Fill(eta, double.NaN);
        for (var i = 0; i < design.Count; i++)
        {
            fitted[design.Rows[i]] = fit.Mu[i];
            eta[design.Rows[i]] = fit.Eta[i];
        }

        return new GravityEstimate
        {
            Formula = formula.Text,
            Estimator = options.Estimator,
            Coefficients = coefficients,
            Omitted = omitted,
            ObservationsRead = table.RowCount,
            ObservationsUsed = design.Count,
            Dropped = dropped.Select(d => new DroppedObservations(d.Reason, d.Rows.Length, d.Rows.Select(table.LineOf).ToArray())).ToList(),
            FixedEffects = design.FixedEffects.Names.Select((name, d) => new FixedEffectSummary(name, design.FixedEffects.Levels[d])).ToList(),
            Deviance = fit.Deviance,
            LogLikelihood = ll,
            NullLogLikelihood = ll0,
            PseudoR2 = r2,
            Iterations = fit.Iterations,
            InnerIterations = fit.InnerIterations,
            Converged = fit.Converged,
            ExitReason = fit.ExitReason,
            Variance = variance,
            Convention = options.Convention,
            Clusters = options.Cluster.Select((c, i) => new FixedEffectSummary(c, i < clusterCounts.Length ? clusterCounts[i] : 0)).ToList(),
            Covariance = Enumerable.Range(0, kept.Length).Select(a => (IReadOnlyList<double>)Enumerable.Range(0, kept.Length).Select(b => covariance[a, b]).ToArray()).ToList(),
            Notes = notes,
            Fitted = fitted,
            LinearPredictor = eta,
            Timings = new GravityTimings(indexing, separationTime, irlsTime, demeaning, clock.Elapsed.TotalSeconds - indexing - separationTime - irlsTime),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double LogLikelihood, double Null, double R2) Fit(GravityDesign design, IrlsFit fit, bool poisson)
    {
        var n = design.Count;
        var sumW = 0.0;
        var sumWy = 0.0;
        for (var i = 0; i < n; i++)
        {
            var w = design.Weights?[i] ?? 1.0;
            sumW += w;
            sumWy += w * design.Y[i];
        }

        var mean = sumWy / sumW;
        if (!poisson)
        {
            var tss = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = design.Y[i] - mean;
                tss += (design.Weights?[i] ?? 1.0) * d * d;
            }

            return (double.NaN, double.NaN, 1 - (fit.Deviance / tss));
        }

        var ll = 0.0;
        var ll0 = 0.0;
        var logMean = Math.Log(mean);
        for (var i = 0; i < n; i++)
        {
            var w = design.Weights?[i] ?? 1.0;
            var y = design.Y[i];
            var lg = SpecialFunctions.LogGamma(y + 1);
            ll += w * ((y > 0 ? y * fit.Eta[i] : 0) - fit.Mu[i] - lg);
            ll0 += w * ((y > 0 ? y * logMean : 0) - mean - lg);
        }

        return (ll, ll0, 1 - (ll / ll0));
    }

    /// <summary>
    /// Refuses a sample too small to estimate anything: every observation dropped, or no more observations than
    /// coefficients (a single row, for instance), rather than reporting a "fit" that is only the data.
    /// </summary>
    private static void CheckSample(GravityTable table, GravityDesign design, List<(string Reason, int[] Rows)> dropped)
    {
        var parameters = design.X.Length + (design.FixedEffects.Dimensions > 0 ? 1 : 0);
        if (design.Count > parameters && design.Count >= 2)
        {
            return;
        }

        var why = dropped.Count == 0
            ? string.Empty
            : " (dropped: " + string.Join("; ", dropped.Select(d => $"{d.Rows.Length:N0} {d.Reason}")) + ")";
        throw new GravityException(
            $"{design.Count:N0} usable observation(s) of {table.RowCount:N0} for {parameters} coefficient(s){why}",
            "a gravity model needs more observations than coefficients",
            new GravityLocation(table.Source));
    }

    private static GravityDesign Keep(GravityDesign design, bool[] keep) =>
        keep.All(k => k) ? design : design.Subset(Separation.Indices(keep, true));

    private static GravityDesign Drop(GravityDesign design, int[] drop)
    {
        var keep = Enumerable.Repeat(true, design.Count).ToArray();
        foreach (var i in drop)
        {
            keep[i] = false;
        }

        return Keep(design, keep);
    }

    /// <summary>
    /// On a large design, returns the reading, indexing and separation passes' dead arrays to the system before
    /// the IRLS loop allocates its own (a compacting full collection): the large-object heap is otherwise collected
    /// only when it grows, and the peak memory of a 5,000,000-row panel would hold both generations of arrays.
    /// </summary>
    private static void ReleaseGarbage(int observations)
    {
        if (observations >= 1_000_000)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
