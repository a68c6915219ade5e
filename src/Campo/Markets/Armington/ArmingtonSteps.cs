using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.Armington;

/// <summary>Options of <see cref="ArmingtonSteps"/>.</summary>
public sealed record ArmingtonStepOptions
{
    /// <summary>
    /// The largest change of ln(T) on any flow in one step when <see cref="Steps"/> is not set. Default 0.05 (a
    /// tariff factor moving by about 5% per step), small enough that GSIM's linear equations stay accurate within a
    /// step; above 0 and at most 10.
    /// </summary>
    public double MaxLogTariffStep { get; init; } = 0.05;

    /// <summary>A fixed number of steps (1 gives GSIM's one-step answer exactly), or null to choose it from <see cref="MaxLogTariffStep"/>.</summary>
    public int? Steps { get; init; }

    /// <summary>Cap on the number of steps chosen automatically. Default 2,000.</summary>
    public int MaxSteps { get; init; } = 2_000;

    /// <summary>The number of steps for a largest log tariff change of <paramref name="maxLogChange"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range.</exception>
    public int StepsFor(double maxLogChange)
    {
        Validate();
        if (Steps is { } fixedSteps)
        {
            return fixedSteps;
        }

        var needed = Math.Ceiling((Math.Abs(maxLogChange) / MaxLogTariffStep) - 1e-9);
        return (int)Math.Clamp(needed, 1, MaxSteps);
    }

    internal void Validate()
    {
        if (!(MaxLogTariffStep > 0 && MaxLogTariffStep <= 10))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLogTariffStep), MaxLogTariffStep, "The largest log tariff step is above 0 and at most 10.");
        }

        if (Steps is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "A fixed number of steps is at least 1.");
        }

        if (MaxSteps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSteps), MaxSteps, "The step cap is at least 1.");
        }
    }
}

/// <summary>
/// GSIM's equations (see <see cref="ArmingtonModel"/>) are a first-order approximation: for the tariff changes of
/// a preferential agreement on a protected staple (NAFTA's maize: a tariff equivalent of 215% falling to 0) one
/// step predicts flow changes below −100%. This solver applies a large change in <c>n</c> equal steps of ln T, as
/// multi-step (Euler) solutions of linearised equilibrium models do (Harrison and Pearson, "Computing solutions
/// for large general equilibrium models using GEMPACK", Computational Economics 9, 1996):
/// <code>
///   T_rv(k) = T0_rv·(T1_rv/T0_rv)^(k/n),  k = 1..n
///   step k: GSIM's equations on the flows M(k−1) at the tariffs T(k−1), shocked to T(k), give p̂*(k), M̂(k)
///   M_rv(k) = M_rv(k−1)·(1 + M̂_rv(k))·(1 + p̂*_r(k))          values at the new world prices
///   1 + p̂*_r = Π_k (1 + p̂*_r(k)),   1 + M̂_rv = Π_k (1 + M̂_rv(k))
///   welfare = Σ_k (GSIM's welfare of step k); the tariff revenue sums telescope to the exact
///   Σ_r [M_rv(n)·(T1_rv − 1) − M0_rv·(T0_rv − 1)]
/// </code>
/// As n grows the path approaches the solution of the constant-elasticity system whose linearisation GSIM is; the
/// error of Euler's method falls as 1/n. One step (<see cref="ArmingtonStepOptions.Steps"/> = 1) is GSIM's
/// answer exactly. Each step is solved by <see cref="ArmingtonModel"/>'s Newton method; a step whose solve fails,
/// or that would drive a flow to zero or below, stops the path with <c>Converged = false</c> and the reason.
/// </summary>
public static class ArmingtonSteps
{
    /// <summary>Solves the model under a shock in steps.</summary>
    /// <param name="model">The model (its base flows and tariffs).</param>
    /// <param name="shock">The new tariffs.</param>
    /// <param name="options">Step options; null for the defaults.</param>
    /// <returns>The cumulative result against the base, in <see cref="ArmingtonSolution"/>'s form.</returns>
    /// <exception cref="CampoException">The shock names an unknown region or a pair twice.</exception>
    public static ArmingtonSolution Solve(ArmingtonModel model, ArmingtonShock shock, ArmingtonStepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shock);
        options ??= new ArmingtonStepOptions();
        var t1 = TariffMatrix(model, shock);
        return Solve(model, t1, shock.Name, options.StepsFor(MaxLogChange(model.Tariff0, t1)), model.ImportDemandElasticity, model.ExportSupplyElasticity, model.SubstitutionElasticity);
    }

    /// <summary>The tariff factors T1 = 1 + t after a shock: the base factors with the shock's pairs replaced.</summary>
    /// <exception cref="CampoException">The shock names an unknown region or a pair twice.</exception>
    internal static double[,] TariffMatrix(ArmingtonModel model, ArmingtonShock shock)
    {
        var t1 = (double[,])model.Tariff0.Clone();
        var index = model.Regions.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var seen = new HashSet<(int, int)>();
        foreach (var c in shock.Changes)
        {
            var field = $"{c.Exporter} {c.Importer} tariff";
            if (!index.TryGetValue(c.Exporter, out var r) || !index.TryGetValue(c.Importer, out var v))
            {
                throw new CampoException(Messages.Fill(Messages.Armington_ShockUnknownRegion, c.Exporter, c.Importer), Messages.Text(Messages.Armington_ShockUnknownRegionFix), new SourceLocation(shock.Name, Field: field));
            }

            if (!seen.Add((r, v)))
            {
                throw new CampoException(Messages.Fill(Messages.Armington_ShockTwice, c.Exporter, c.Importer), Messages.Text(Messages.Armington_ShockTwiceFix), new SourceLocation(shock.Name, Field: field));
            }

            t1[r, v] = c.Tariff.Factor;
        }

        return t1;
    }

    /// <summary>The largest |ln(T1/T0)| over the flows with trade.</summary>
    internal static double MaxLogChange(double[,] t0, double[,] t1)
    {
        var max = 0.0;
        for (var r = 0; r < t0.GetLength(0); r++)
        {
            for (var v = 0; v < t0.GetLength(1); v++)
            {
                max = Math.Max(max, Math.Abs(Math.Log(t1[r, v] / t0[r, v])));
            }
        }

        return max;
    }

    /// <summary>The stepped solve with given elasticities (used by the quota solver and the draws).</summary>
    internal static ArmingtonSolution Solve(ArmingtonModel model, double[,] t1, string name, int steps, double[] em, double[] ex, double[] es)
    {
        var n = model.Count;
        var regions = model.Regions;
        var t0 = model.Tariff0;
        var m0 = model.Trade;
        var m = (double[,])m0.Clone();
        var t = (double[,])t0.Clone();
        var quantity = new double[n, n];
        var price = new double[n];
        var composite = new double[n];
        var welfare = new WelfareChange[n];
        Array.Fill(price, 1.0);
        Array.Fill(composite, 1.0);
        for (var r = 0; r < n; r++)
        {
            for (var v = 0; v < n; v++)
            {
                quantity[r, v] = 1.0;
            }
        }

        var elasticities = regions.Select((region, i) => new ArmingtonRegion(region, em[i], ex[i], es[i])).ToArray();
        var converged = true;
        var iterations = 0;
        var residual = 0.0;
        var reason = steps == 1 ? "one step (GSIM's linear solution)" : string.Create(CultureInfo.InvariantCulture, $"{steps} equal steps of ln T");
        for (var k = 1; k <= steps && converged; k++)
        {
            var tk = new double[n, n];
            for (var r = 0; r < n; r++)
            {
                for (var v = 0; v < n; v++)
                {
                    // A pair without trade keeps the tariff its step model holds (the base one, or 1 when rebuilt): it moves nothing.
                    tk[r, v] = m[r, v] <= 0 ? (k == 1 ? t0[r, v] : 1.0) : k == steps ? t1[r, v] : t0[r, v] * Math.Pow(t1[r, v] / t0[r, v], k / (double)steps);
                }
            }

            var stepModel = k == 1 ? model : ArmingtonModel.Build(new ArmingtonBase(model.Product, elasticities, Flows(regions, m, t), model.SourceName));
            var solution = ArmingtonSolver.Solve(stepModel, tk, name, em, ex, es);
            iterations += solution.Iterations;
            residual = Math.Max(residual, solution.RelativeResidual);
            if (!solution.Converged)
            {
                converged = false;
                reason = string.Create(CultureInfo.InvariantCulture, $"step {k} of {steps}: {solution.ExitReason}");
                break;
            }

            foreach (var flow in solution.Flows)
            {
                var r = IndexOf(regions, flow.Exporter);
                var v = IndexOf(regions, flow.Importer);
                var factor = 1 + flow.QuantityChange;
                if (!(factor > 0))
                {
                    converged = false;
                    reason = string.Create(CultureInfo.InvariantCulture, $"step {k} of {steps} drives the flow from {flow.Exporter} to {flow.Importer} to zero or below (quantity change {flow.QuantityChange * 100:0.0}%); take smaller steps");
                    break;
                }

                quantity[r, v] *= factor;
                m[r, v] = flow.Value.Scenario.Value;
            }

            for (var i = 0; i < n && converged; i++)
            {
                var region = solution.Regions[i];
                price[i] *= 1 + region.ExportPriceChange;
                composite[i] *= 1 + region.CompositePriceChange;
                welfare[i] += region.Welfare;
            }

            t = tk;
        }

        return Assemble(model, name, converged, iterations, residual, reason, m, t1, quantity, price, composite, welfare);
    }

    private static ArmingtonSolution Assemble(ArmingtonModel model, string name, bool converged, int iterations, double residual, string reason, double[,] m, double[,] t1, double[,] quantity, double[] price, double[] composite, WelfareChange[] welfare)
    {
        var n = model.Count;
        var m0 = model.Trade;
        var flows = new List<BilateralFlowResult>();
        var regions = new List<ArmingtonRegionResult>(n);
        for (var r = 0; r < n; r++)
        {
            for (var v = 0; v < n; v++)
            {
                if (m0[r, v] > 0)
                {
                    flows.Add(new BilateralFlowResult(model.Regions[r], model.Regions[v], new(new Usd(m0[r, v]), new Usd(m[r, v])), new(model.Tariff0[r, v], t1[r, v]), quantity[r, v] - 1));
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            double exports0 = 0, exports1 = 0, imports0 = 0, imports1 = 0;
            for (var j = 0; j < n; j++)
            {
                exports0 += m0[i, j];
                exports1 += m[i, j];
                imports0 += m0[j, i];
                imports1 += m[j, i];
            }

            regions.Add(new ArmingtonRegionResult(model.Regions[i], price[i] - 1, composite[i] - 1, new(new Usd(exports0), new Usd(exports1)), new(new Usd(imports0), new Usd(imports1)), welfare[i]));
        }

        return new ArmingtonSolution(name, model.Product, converged, iterations, residual, reason, regions, flows);
    }

    private static List<BilateralFlow> Flows(IReadOnlyList<MemberId> regions, double[,] m, double[,] t)
    {
        var flows = new List<BilateralFlow>();
        for (var r = 0; r < regions.Count; r++)
        {
            for (var v = 0; v < regions.Count; v++)
            {
                if (m[r, v] > 0)
                {
                    flows.Add(new BilateralFlow(regions[r], regions[v], new Usd(m[r, v]), new Rate(t[r, v] - 1)));
                }
            }
        }

        return flows;
    }

    private static int IndexOf(IReadOnlyList<MemberId> regions, MemberId region)
    {
        for (var i = 0; i < regions.Count; i++)
        {
            if (regions[i] == region)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{region} is not in the model.");
    }
}
