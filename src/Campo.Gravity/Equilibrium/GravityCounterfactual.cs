using Campo.Gravity.Data;

namespace Campo.Gravity.Equilibrium;

/// <summary>One country's general-equilibrium effects, in percent.</summary>
/// <param name="Country">Country code.</param>
/// <param name="ExportsConditional">International exports, output and expenditure held fixed.</param>
/// <param name="ExportsFull">International exports, full endowment effect.</param>
/// <param name="FactoryPrice">Factory-gate price (numeraire: the reference country's inward resistance, or world output).</param>
/// <param name="InwardResistance">Inward multilateral resistance (consumer price index), same numeraire.</param>
/// <param name="OutwardResistance">Outward multilateral resistance Π_i: from Y_i = (β_i p_i)^{1−σ} Π_i^{1−σ} with fixed
/// endowments, Π̂_i = p̂_i^{σ/(1−σ)} (the identity the Guide's indexes satisfy).</param>
/// <param name="RealGdp">Real GDP: output over the price index.</param>
/// <param name="Welfare">Welfare (real expenditure with additive imbalances; the real wage with multiplicative ones).</param>
public sealed record CounterfactualCountry(string Country, double ExportsConditional, double ExportsFull, double FactoryPrice, double InwardResistance, double OutwardResistance, double RealGdp, double Welfare)
{
    /// <summary>
    /// Conditional change of the inward multilateral resistance P_j, %: trade costs change, output and expenditure
    /// do not (the Guide's "conditional general equilibrium", ch. 2), the reference country's P held fixed. Null
    /// without a <c>reference</c>: with output fixed nothing else pins the level of the conditional indexes.
    /// </summary>
    public double? InwardResistanceConditional { get; init; }

    /// <summary>Conditional change of the outward multilateral resistance Π_i, %, same normalisation (null without a reference).</summary>
    public double? OutwardResistanceConditional { get; init; }
}

/// <summary>Where a counterfactual spent its time, in seconds of wall time.</summary>
/// <param name="Read">Reading, deriving and filtering the data.</param>
/// <param name="Estimate">The baseline estimation (its own phases in <see cref="GravityEstimate.Timings"/>).</param>
/// <param name="Solve">Building the trade costs and solving the counterfactual equilibrium.</param>
public sealed record CounterfactualTimings(double Read, double Estimate, double Solve);

/// <summary>The result of a counterfactual.</summary>
public sealed record CounterfactualResult
{
    /// <summary>The spec's title.</summary>
    public required string Title { get; init; }

    /// <summary>The baseline estimation.</summary>
    public required GravityEstimate Estimate { get; init; }

    /// <summary>The solver used.</summary>
    public required CounterfactualSolver Solver { get; init; }

    /// <summary>True when the solver met its stopping rule.</summary>
    public required bool Converged { get; init; }

    /// <summary>Solver iterations.</summary>
    public required int Iterations { get; init; }

    /// <summary>Per country, in code order.</summary>
    public required IReadOnlyList<CounterfactualCountry> Countries { get; init; }

    /// <summary>Where the time went (not serialised: it differs from run to run).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CounterfactualTimings Timings { get; init; } = new(0, 0, 0);
}

/// <summary>
/// Runs a <see cref="CounterfactualSpec"/>: reads and filters the data, estimates the baseline model, builds the
/// baseline and counterfactual trade costs <c>Σ_k β_k x_k</c> per pair, and solves for the new equilibrium.
/// The columns <c>international</c> (1 when exporter ≠ importer) and <c>domestic</c> are added when absent.
/// </summary>
public static partial class GravityCounterfactual
{
    /// <summary>Runs the counterfactual.</summary>
    /// <exception cref="GravityException">The data do not fit the spec (a missing pair, an unknown country or column).</exception>
    public static CounterfactualResult Run(CounterfactualSpec spec, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var table = GravityTableReader.Read(spec.Data);
        table = Derive(table, spec);
        var formula = GravityFormula.Parse(spec.Formula);
        CheckSpec(spec, formula);
        if (spec.PairEffects is not null)
        {
            table = SharedDomesticPair(table, spec, formula);
        }

        var sample = Filter(table, spec.Filter);
        var read = clock.Elapsed.TotalSeconds;
        var options = new GravityOptions { Threads = threads > 0 ? threads : Environment.ProcessorCount };
        var (estimationTable, estimationFormula, linearPart) = WithFixedCoefficients(sample, formula, spec);
        var estimate = GravityEstimation.Estimate(estimationTable, estimationFormula, options);
        if (!estimate.Converged)
        {
            throw new GravityNotSolvedException($"the baseline estimation did not converge ({estimate.ExitReason}, {estimate.Iterations} iterations)", "check the formula and the data");
        }

        double Beta(string label) => spec.FixedCoefficients.TryGetValue(label, out var b) ? b : estimate.Coefficients.FirstOrDefault(c => c.Name == label)?.Estimate ?? 0.0;

        GravityTable baseTable;
        double[] fitted, eta, cost, costNew;
        if (spec.PairEffects is null)
        {
            baseTable = sample;
            (cost, costNew) = Costs(baseTable, spec, formula, Beta, null);
            fitted = estimate.Fitted;
            eta = estimate.LinearPredictor;
        }
        else
        {
            var pairCost = PairCosts(table, sample, spec, formula, estimate, Beta, linearPart, options, out baseTable);
            (cost, costNew) = Costs(baseTable, spec, formula, Beta, pairCost);
            var baseline = BaselineFit(baseTable, spec, formula, cost, options);
            fitted = baseline.Fitted;
            eta = baseline.LinearPredictor;
        }

        var estimated = clock.Elapsed.TotalSeconds;
        var exporter = Text(baseTable, spec.Exporter);
        var importer = Text(baseTable, spec.Importer);
        var countries = exporter.Concat(importer).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = countries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var n = countries.Length;
        var observed = new double[n * n];
        var fittedFlows = new double[n * n];
        var linear = new double[n * n];
        var baselineCost = new double[n * n];
        var counterfactualCost = new double[n * n];
        var seen = new bool[n * n];
        var outcome = baseTable.Column(formula.Outcome.Column).Numbers!;
        for (var row = 0; row < baseTable.RowCount; row++)
        {
            var k = (index[exporter[row]] * n) + index[importer[row]];
            if (seen[k])
            {
                throw new GravityException(
                    $"the pair {exporter[row]}→{importer[row]} appears twice",
                    spec.PairEffects is null ? "filter the data to one year (filter = { year = 2006 })" : "the baseline year has one row per pair",
                    baseTable.Where(row, spec.Exporter));
            }

            seen[k] = true;
            if (double.IsNaN(fitted[row]))
            {
                throw new GravityException($"the pair {exporter[row]}→{importer[row]} was dropped from the estimation", "a counterfactual needs every pair in the estimation sample", baseTable.Where(row, spec.Exporter));
            }

            observed[k] = outcome[row];
            fittedFlows[k] = fitted[row];
            baselineCost[k] = cost[row];
            counterfactualCost[k] = costNew[row];
            linear[k] = eta[row] - cost[row];
        }

        for (var k = 0; k < seen.Length; k++)
        {
            if (!seen[k])
            {
                throw new GravityException(
                    $"no row for the pair {countries[k / n]}→{countries[k % n]}",
                    "general equilibrium needs every exporter-importer pair once, domestic flows included",
                    GravityLocation.OfField(spec.Exporter));
            }
        }

        var reference = -1;
        if (spec.Reference is { } code)
        {
            reference = Array.IndexOf(countries, code);
            if (reference < 0)
            {
                throw new GravityException($"reference country '{code}' is not in the data", "name one of: " + string.Join(", ", countries.Take(10)) + (n > 10 ? ", ..." : string.Empty), GravityLocation.OfField("reference"));
            }
        }

        var result = spec.Solver == CounterfactualSolver.Guide
            ? RunGuide(spec, estimate, countries, observed, fittedFlows, linear, baselineCost, counterfactualCost, reference, options.Threads)
            : RunExact(spec, estimate, countries, spec.FittedBaseline ? fittedFlows : observed, baselineCost, counterfactualCost, reference);
        if (spec.Direction == CounterfactualDirection.Effect)
        {
            result = result with { Countries = result.Countries.Select(c => Reverse(c, spec.FirstOrderPriceEffect)).ToList() };
        }

        return result with { Timings = new CounterfactualTimings(read, estimated - read, clock.Elapsed.TotalSeconds - estimated) };
    }

    /// <summary>Checks that the changes and the fixed coefficients name regressors of the formula.</summary>
    private static void CheckSpec(CounterfactualSpec spec, GravityFormula formula)
    {
        foreach (var change in spec.Changes)
        {
            if (change.Variable is { } v && !formula.Regressors.Any(r => r.Column == v))
            {
                throw new GravityException($"'{v}' is not a regressor of the formula", "change a variable of \"" + spec.Formula + "\"", GravityLocation.OfField("change.variable"));
            }
        }

        foreach (var name in spec.FixedCoefficients.Keys)
        {
            if (!formula.Regressors.Any(r => r.Label == name))
            {
                throw new GravityException(
                    $"the fixed coefficient '{name}' is not a regressor of the formula",
                    "name a term of \"" + spec.Formula + "\" as written there, such as rta or \"log(dist)\"",
                    GravityLocation.OfField("coefficients." + name));
            }
        }

        if (spec.PairEffects is { } pair && !formula.FixedEffects.Any(f => f.Count == 1 && f[0] == pair))
        {
            throw new GravityException(
                $"pair_effects names '{pair}', which is not a fixed effect of the formula",
                "add it after the bar, such as \"trade ~ rta | exporter^year + importer^year + " + pair + "\"",
                GravityLocation.OfField("pair_effects"));
        }
    }

    private static CounterfactualResult RunExact(CounterfactualSpec spec, GravityEstimate estimate, string[] countries, double[] flows, double[] baseline, double[] counterfactual, int reference)
    {
        var n = countries.Length;
        var partial = counterfactual.Zip(baseline, (c, b) => c - b).ToArray();
        var solution = HatAlgebraSolver.Solve(countries, flows, partial, spec.Theta, spec.Imbalance, new HatAlgebraOptions { Tolerance = spec.Tolerance });
        var numeraire = reference >= 0 ? solution.PriceIndex[reference] : 1.0;
        var (inwardConditional, outwardConditional) = reference >= 0
            ? HatAlgebraSolver.ConditionalResistances(solution, reference, spec.Theta)
            : (null, null);
        var rows = new List<CounterfactualCountry>();
        for (var i = 0; i < n; i++)
        {
            double before = 0, conditional = 0, full = 0;
            for (var j = 0; j < n; j++)
            {
                if (i != j)
                {
                    before += flows[(i * n) + j];
                    conditional += solution.ConditionalFlows[(i * n) + j];
                    full += solution.Flows[(i * n) + j] / numeraire;
                }
            }

            rows.Add(new CounterfactualCountry(
                countries[i],
                Percent(conditional / before),
                Percent(full / before),
                Percent(solution.FactoryPrice[i] / numeraire),
                Percent(solution.PriceIndex[i] / numeraire),
                Percent(Math.Pow(solution.FactoryPrice[i] / numeraire, (spec.Theta + 1) / -spec.Theta)),
                Percent(solution.RealOutput[i]),
                Percent(solution.Welfare[i]))
            {
                InwardResistanceConditional = inwardConditional is null ? null : Percent(inwardConditional[i]),
                OutwardResistanceConditional = outwardConditional is null ? null : Percent(outwardConditional[i]),
            });
        }

        return new CounterfactualResult
        {
            Title = spec.Title,
            Estimate = estimate,
            Solver = CounterfactualSolver.Exact,
            Converged = solution.Converged,
            Iterations = solution.Iterations,
            Countries = rows,
        };
    }

    private static CounterfactualResult RunGuide(CounterfactualSpec spec, GravityEstimate estimate, string[] countries, double[] observed, double[] fitted, double[] linear, double[] baseline, double[] counterfactual, int reference, int threads)
    {
        var fixedEffects = estimate.FixedEffects.Select(f => f.Name).ToArray();
        if (spec.PairEffects is null && (fixedEffects.Length != 2 || fixedEffects[0] != spec.Exporter || fixedEffects[1] != spec.Importer))
        {
            throw new GravityException(
                $"the Guide's procedure needs exactly exporter and importer fixed effects, and the formula has: {string.Join(" + ", fixedEffects)}",
                $"write the formula as \"... | {spec.Exporter} + {spec.Importer}\" for one year, or use solver = \"exact\"",
                GravityLocation.OfField("solver"));
        }

        if (reference < 0)
        {
            throw new GravityException("the Guide's procedure needs a reference country", "add reference = \"DEU\" (any country in the data)", GravityLocation.OfField("reference"));
        }

        var result = AdvancedGuideProcedure.Run(
            countries, observed, fitted, linear, baseline, counterfactual, spec.Theta + 1, reference,
            spec.GuideStoppingRule ? GuideStopping.Guide : GuideStopping.Full, threads);
        return new CounterfactualResult
        {
            Title = spec.Title,
            Estimate = estimate,
            Solver = CounterfactualSolver.Guide,
            Converged = result.Converged,
            Iterations = result.Iterations,
            Countries = result.Countries.Select(c => new CounterfactualCountry(
                c.Country, c.ExportsConditional, c.ExportsFull, c.FactoryPrice, c.InwardResistance, c.OutwardResistance, c.RealGdp, c.RealGdp)
            {
                InwardResistanceConditional = c.InwardResistanceConditional,
                OutwardResistanceConditional = c.OutwardResistanceConditional,
            }).ToList(),
        };
    }

    private static double Percent(double ratio) => (ratio - 1) * 100;

    /// <summary>
    /// The effect of what exists: a change of p % from baseline to counterfactual (ratio 1 + p/100) is, read
    /// from the counterfactual back to the baseline, 100/(100 + p) − 1, in percent. (The Guide's application 2
    /// reports the factory-gate price by the first-order form −p instead; the two differ by p²/(100 + p) points.)
    /// </summary>
    internal static double Reverse(double percent) => ((100 / (100 + percent)) - 1) * 100;

    /// <summary>A row read as the effect of what exists; the factory-gate price exactly, or as the Guide's −p.</summary>
    internal static CounterfactualCountry Reverse(CounterfactualCountry c, bool firstOrderPrice) => new(
        c.Country,
        Reverse(c.ExportsConditional),
        Reverse(c.ExportsFull),
        firstOrderPrice ? -c.FactoryPrice : Reverse(c.FactoryPrice),
        Reverse(c.InwardResistance),
        Reverse(c.OutwardResistance),
        Reverse(c.RealGdp),
        Reverse(c.Welfare))
    {
        InwardResistanceConditional = c.InwardResistanceConditional is { } inward ? Reverse(inward) : null,
        OutwardResistanceConditional = c.OutwardResistanceConditional is { } outward ? Reverse(outward) : null,
    };

    private static GravityTable Derive(GravityTable table, CounterfactualSpec spec)
    {
        var exporter = Text(table, spec.Exporter);
        var importer = Text(table, spec.Importer);
        if (!table.HasColumn("international"))
        {
            table = table.WithColumn("international", Enumerable.Range(0, table.RowCount).Select(i => exporter[i] != importer[i] ? 1.0 : 0.0).ToArray());
        }

        if (!table.HasColumn("domestic"))
        {
            table = table.WithColumn("domestic", Enumerable.Range(0, table.RowCount).Select(i => exporter[i] == importer[i] ? 1.0 : 0.0).ToArray());
        }

        return table;
    }

    private static GravityTable Filter(GravityTable table, IReadOnlyDictionary<string, object> filter)
    {
        foreach (var (column, value) in filter)
        {
            var c = table.Column(column);
            var allowed = value is List<object> list ? list : [value];
            var texts = allowed.OfType<string>().ToHashSet(StringComparer.Ordinal);
            var numbers = allowed.OfType<double>().ToHashSet();
            table = table.Where(i => c.IsNumeric ? numbers.Contains(c.Numbers![i]) : texts.Contains(c.Text![i] ?? string.Empty));
            if (table.RowCount == 0)
            {
                throw new GravityException($"no row has {column} = {string.Join(" or ", allowed)}", "check the filter", GravityLocation.OfField("filter." + column));
            }
        }

        return table;
    }

    private static string[] Text(GravityTable table, string column)
    {
        var c = table.Column(column);
        return c.IsNumeric
            ? c.Numbers!.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : c.Text!.Select(t => t ?? throw new GravityException("a missing country code", "every row names its exporter and importer", GravityLocation.OfField(column))).ToArray();
    }
}
