using Campo.Gravity.Data;
using Campo.Gravity.Estimation;

namespace Campo.Gravity.Equilibrium;

/// <summary>
/// The trade costs of a counterfactual: fixed coefficients as offsets, the cost of each pair from the estimated or
/// fixed coefficients, or, in panel mode, from the pair effects (with the fill regression for pairs that never
/// trade), and the constrained baseline fit on them.
/// </summary>
public static partial class GravityCounterfactual
{
    /// <summary>
    /// The estimation table and formula with the fixed coefficients moved into the offset (<c>β_k x_k</c> summed
    /// with any offset of the formula), and the regressors' part of the linear predictor per row
    /// (<c>Σ_k β̂_k x_k</c> is added by the caller once estimated; this holds the offset).
    /// </summary>
    private static (GravityTable Table, GravityFormula Formula, double[] Offset) WithFixedCoefficients(GravityTable table, GravityFormula formula, CounterfactualSpec spec)
    {
        var offset = new double[table.RowCount];
        if (formula.Offset is { } o)
        {
            var values = table.Column(o.Column).Numbers ?? throw new GravityException($"the offset column '{o.Column}' is not numeric", "an offset is a number per row", GravityLocation.OfField(o.Column));
            for (var i = 0; i < offset.Length; i++)
            {
                offset[i] = o.Log ? Math.Log(values[i]) : values[i];
            }
        }

        if (spec.FixedCoefficients.Count == 0)
        {
            return (table, formula, offset);
        }

        var kept = new List<FormulaTerm>();
        foreach (var term in formula.Regressors)
        {
            if (!spec.FixedCoefficients.TryGetValue(term.Label, out var beta))
            {
                kept.Add(term);
                continue;
            }

            var values = table.Column(term.Column).Numbers ?? throw new GravityException($"the column '{term.Column}' is not numeric", "a regressor is a number per row", GravityLocation.OfField(term.Column));
            for (var i = 0; i < offset.Length; i++)
            {
                offset[i] += beta * (term.Log ? Math.Log(values[i]) : values[i]);
            }
        }

        const string name = "__fixed_terms";
        var rebuilt = formula with { Regressors = kept, Offset = new FormulaTerm(name, false) };
        return (table.WithColumn(name, offset), rebuilt, offset);
    }

    /// <summary>Baseline and counterfactual log trade costs per row: <c>ln t̄_ij + Σ_k β_k x_k</c>, with the changes applied to the second.</summary>
    private static (double[] Cost, double[] CostNew) Costs(GravityTable table, CounterfactualSpec spec, GravityFormula formula, Func<string, double> beta, double[]? pairCost)
    {
        var exporter = Text(table, spec.Exporter);
        var importer = Text(table, spec.Importer);
        var terms = formula.Regressors.Select(term => (term, column: table.Column(term.Column).Numbers!, beta: beta(term.Label))).ToList();
        var cost = new double[table.RowCount];
        var costNew = new double[table.RowCount];
        for (var row = 0; row < table.RowCount; row++)
        {
            double c = pairCost is null ? 0 : Math.Log(pairCost[row]), cNew = c;
            foreach (var (term, column, b) in terms)
            {
                var x = term.Log ? Math.Log(column[row]) : column[row];
                var xNew = x;
                foreach (var change in spec.Changes)
                {
                    if (change.Variable == term.Column && change.Pairs.Contains(exporter[row], importer[row], change.Symmetric))
                    {
                        xNew = term.Log ? Math.Log(change.Value) : change.Value;
                    }
                }

                c += b * x;
                cNew += b * xNew;
            }

            foreach (var change in spec.Changes)
            {
                if (change.Coefficient is { } name && change.Pairs.Contains(exporter[row], importer[row], change.Symmetric))
                {
                    if (!formula.Regressors.Any(r => r.Label == name))
                    {
                        throw new GravityException($"no estimated coefficient named '{name}'", "name a regressor of the formula that was not omitted", GravityLocation.OfField("change.coefficient"));
                    }

                    cNew += beta(name) * table.Column(change.Indicator!).Numbers![row];
                }
            }

            cost[row] = c;
            costNew[row] = cNew;
        }

        return (cost, costNew);
    }

    /// <summary>
    /// The pair effect of the formula with every domestic flow in one level (so that t_ii = 1 normalises the
    /// pair effects, the Guide's choice), after checking that the pair ids are symmetric (one id for i→j and j→i):
    /// with exporter-year and importer-year effects, only then are the pair effects identified.
    /// </summary>
    private static GravityTable SharedDomesticPair(GravityTable table, CounterfactualSpec spec, GravityFormula formula)
    {
        var pair = spec.PairEffects!;
        var exporter = Text(table, spec.Exporter);
        var importer = Text(table, spec.Importer);
        var byPair = new Dictionary<(string, string), string>();
        var codes = new Dictionary<string, double>(StringComparer.Ordinal);
        var values = new double[table.RowCount];
        for (var row = 0; row < table.RowCount; row++)
        {
            if (exporter[row] == importer[row])
            {
                values[row] = 0;
                continue;
            }

            var key = table.Cell(pair, row);
            var unordered = string.CompareOrdinal(exporter[row], importer[row]) < 0 ? (exporter[row], importer[row]) : (importer[row], exporter[row]);
            if (byPair.TryGetValue(unordered, out var other) && other != key)
            {
                throw new GravityException(
                    $"the pair {unordered.Item1}–{unordered.Item2} has two ids in '{pair}' ('{other}' and '{key}')",
                    "pair_effects needs one id per pair of countries for both directions (symmetric pair effects): with exporter-year and importer-year effects, only then are the pair effects, and so the trade costs, identified",
                    table.Where(row, pair));
            }

            byPair[unordered] = key;
            if (!codes.TryGetValue(key, out var code))
            {
                code = codes.Count + 1;
                codes[key] = code;
            }

            values[row] = code;
        }

        return table.WithColumn(pair, values);
    }

    /// <summary>
    /// The pair trade costs t̄_ij = exp(γ_ij − γ_ii) of the baseline year's rows (Anderson and Yotov 2016; the
    /// Guide's RTAsEffects.do, stage 1), from the pair effects of the panel estimate; pairs without an estimated
    /// effect filled by the <c>fill</c> regression (stage 2): PPML of t̄_ij on its terms over the baseline year's
    /// international pairs that have one, predicted <c>exp(x'b + a_i + b_j)</c>. Domestic pairs: t̄_ii = 1.
    /// </summary>
    private static double[] PairCosts(GravityTable table, GravityTable sample, CounterfactualSpec spec, GravityFormula formula, GravityEstimate estimate, Func<string, double> beta, double[] offset, GravityOptions options, out GravityTable baseTable)
    {
        var pair = spec.PairEffects!;
        var eta = estimate.LinearPredictor;
        var fe = new double[sample.RowCount];
        var terms = formula.Regressors.Where(t => !spec.FixedCoefficients.ContainsKey(t.Label)).Select(t => (t, column: sample.Column(t.Column).Numbers!, b: beta(t.Label))).ToList();
        for (var i = 0; i < fe.Length; i++)
        {
            var f = eta[i] - offset[i];
            foreach (var (t, column, b) in terms)
            {
                if (double.IsFinite(b))
                {
                    f -= b * (t.Log ? Math.Log(column[i]) : column[i]);
                }
            }

            fe[i] = f;
        }

        var dimension = formula.FixedEffects.Select((f, d) => (f, d)).First(p => p.f.Count == 1 && p.f[0] == pair).d;
        var effects = FixedEffectDecomposition.Decompose(sample, formula.FixedEffects, fe, options.Threads)[dimension];
        if (!effects.TryGetValue("0", out var domestic))
        {
            throw new GravityException("no domestic flow was estimated", "the panel mode normalises the pair effects by the domestic flows (t_ii = 1): keep them in the data", GravityLocation.OfField("pair_effects"));
        }

        var year = spec.Year;
        if (!table.HasColumn(year) || !table.Column(year).IsNumeric)
        {
            throw new GravityException($"no numeric year column '{year}'", "name it with year = \"...\"", GravityLocation.OfField("year"));
        }

        var years = table.Column(year).Numbers!;
        var baselineYear = spec.BaselineYear!.Value;
        baseTable = table.Where(i => years[i] == baselineYear);
        if (baseTable.RowCount == 0)
        {
            throw new GravityException($"no row has {year} = {baselineYear}", "choose a baseline_year of the data", GravityLocation.OfField("baseline_year"));
        }

        var exporter = Text(baseTable, spec.Exporter);
        var importer = Text(baseTable, spec.Importer);
        var cost = new double[baseTable.RowCount];
        var missing = 0;
        for (var row = 0; row < cost.Length; row++)
        {
            if (exporter[row] == importer[row])
            {
                cost[row] = 1;
            }
            else if (effects.TryGetValue(baseTable.Cell(pair, row), out var gamma))
            {
                cost[row] = Math.Exp(gamma - domestic);
            }
            else
            {
                cost[row] = double.NaN;
                missing++;
            }
        }

        if (missing == 0)
        {
            return cost;
        }

        if (spec.Fill is null)
        {
            var first = Enumerable.Range(0, cost.Length).First(r => double.IsNaN(cost[r]));
            throw new GravityException(
                $"{missing} pairs of the baseline year have no estimated pair effect (no trade in the estimation sample), the first {exporter[first]}→{importer[first]}",
                "add fill = \"log(dist) + cntg + lang + clny | exporter + importer\" to predict their trade costs from a gravity regression on the other pairs",
                GravityLocation.OfField("pair_effects"));
        }

        const string outcome = "__pair_cost";
        var fillTable = baseTable.WithColumn(outcome, cost.Select((c, r) => exporter[r] == importer[r] ? double.NaN : c).ToArray());
        var fillFormula = GravityFormula.Parse(outcome + " ~ " + spec.Fill);
        var fill = GravityEstimation.Estimate(fillTable, fillFormula, options with { Cluster = [], Variance = null });
        if (!fill.Converged)
        {
            throw new GravityNotSolvedException($"the fill regression did not converge ({fill.ExitReason})", "check the fill formula");
        }

        var fillFe = new double[fillTable.RowCount];
        var fillTerms = fillFormula.Regressors.Select(t => (t, column: fillTable.Column(t.Column).Numbers!, b: fill.Coefficients.FirstOrDefault(c => c.Name == t.Label)?.Estimate ?? 0.0)).ToList();
        for (var r = 0; r < fillFe.Length; r++)
        {
            if (double.IsNaN(fill.LinearPredictor[r]))
            {
                fillFe[r] = double.NaN;
                continue;
            }

            var x = 0.0;
            foreach (var (t, column, b) in fillTerms)
            {
                x += b * (t.Log ? Math.Log(column[r]) : column[r]);
            }

            fillFe[r] = fill.LinearPredictor[r] - x;
        }

        var levels = FixedEffectDecomposition.Decompose(fillTable, fillFormula.FixedEffects, fillFe, options.Threads);
        for (var r = 0; r < cost.Length; r++)
        {
            if (!double.IsNaN(cost[r]))
            {
                continue;
            }

            var prediction = 0.0;
            foreach (var (t, column, b) in fillTerms)
            {
                prediction += b * (t.Log ? Math.Log(column[r]) : column[r]);
            }

            for (var d = 0; d < fillFormula.FixedEffects.Count; d++)
            {
                if (!levels[d].TryGetValue(FixedEffectDecomposition.Key(fillTable, fillFormula.FixedEffects[d], r), out var value))
                {
                    throw new GravityException(
                        $"the fill regression cannot predict {exporter[r]}→{importer[r]}: its level of {GravityFormula.NameOf(fillFormula.FixedEffects[d])} has no estimate",
                        "fill with fixed effects every missing pair shares with estimated pairs, such as exporter + importer",
                        GravityLocation.OfField("fill"));
                }

                prediction += value;
            }

            cost[r] = Math.Exp(prediction);
            if (!double.IsFinite(cost[r]))
            {
                throw new GravityException($"the fill regression predicts no finite trade cost for {exporter[r]}→{importer[r]}", "check the fill regressors of that pair", baseTable.Where(r, spec.Exporter));
            }
        }

        return cost;
    }

    /// <summary>
    /// The baseline of the panel mode: PPML of the baseline year's flows on exporter and importer effects with the
    /// log trade costs as offset (the Guide's constrained baseline, RTAsEffects.do step I).
    /// </summary>
    private static GravityEstimate BaselineFit(GravityTable baseTable, CounterfactualSpec spec, GravityFormula formula, double[] cost, GravityOptions options)
    {
        const string name = "__log_trade_cost";
        var constrained = new GravityFormula
        {
            Outcome = formula.Outcome,
            Regressors = [],
            Offset = new FormulaTerm(name, false),
            FixedEffects = [[spec.Exporter], [spec.Importer]],
            Text = $"{formula.Outcome.Label} ~ offset({name}) | {spec.Exporter} + {spec.Importer}",
        };
        var fit = GravityEstimation.Estimate(baseTable.WithColumn(name, cost), constrained, options with { Cluster = [], Variance = null });
        return fit.Converged ? fit : throw new GravityNotSolvedException($"the constrained baseline estimation did not converge ({fit.ExitReason})", "check the baseline year's data");
    }
}
