using System.Globalization;
using System.Text.Json.Serialization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.Armington;

/// <summary>
/// A tariff-rate quota on one bilateral flow of the Armington model: up to <see cref="Quota"/> the flow pays the
/// in-quota rate, beyond it the over-quota rate.
/// </summary>
/// <param name="Exporter">The exporter whose goods the quota admits.</param>
/// <param name="Importer">The importer that opens it.</param>
/// <param name="BaseQuantity">The flow's base quantity, in tonnes (the model's base value divided by the base
/// world price): the quantity that <see cref="BilateralFlowResult.QuantityChange"/> applies to. Above 0.</param>
/// <param name="Quota">The quota, in tonnes; at least 0.</param>
/// <param name="InQuota">The in-quota rate.</param>
/// <param name="OverQuota">The over-quota rate; at least the in-quota rate.</param>
public sealed record BilateralQuota(MemberId Exporter, MemberId Importer, Tonnes BaseQuantity, Tonnes Quota, Rate InQuota, Rate OverQuota);

/// <summary>Where a quota's flow ends up. Results spell it "in quota", "binding", "over quota" (JSON and reports).</summary>
public enum QuotaRegime
{
    /// <summary>The flow at the in-quota rate fits in the quota: the in-quota rate is the marginal tariff; no rent.</summary>
    [JsonStringEnumMemberName("in quota")]
    InQuota,

    /// <summary>The flow equals the quota: the marginal tariff lies between the in- and over-quota rates; the gap above the in-quota rate is a rent.</summary>
    Binding,

    /// <summary>The flow exceeds the quota at the over-quota rate: that rate is the marginal tariff; the rate gap on the quota is a rent.</summary>
    [JsonStringEnumMemberName("over quota")]
    OverQuota,
}

/// <summary>A quota's outcome.</summary>
/// <param name="Quota">The quota.</param>
/// <param name="Regime">Its regime.</param>
/// <param name="MarginalTariff">The tariff on the last tonne: the in-quota rate, the endogenous rate that makes the flow equal the quota, or the over-quota rate.</param>
/// <param name="Imports">The flow's quantity, tonnes.</param>
/// <param name="Value">The flow's value at world prices.</param>
/// <param name="Revenue">Tariff revenue collected on the flow: in-quota rate on the quota part, over-quota rate beyond.</param>
/// <param name="Rent">The quota rent: (marginal − in-quota rate) × value when binding, (over − in) × the quota's share of the value when over quota.</param>
public sealed record QuotaOutcome(BilateralQuota Quota, QuotaRegime Regime, Rate MarginalTariff, Tonnes Imports, Usd Value, Usd Revenue, Usd Rent);

/// <summary>Options of <see cref="ArmingtonQuotaSolver"/>.</summary>
public sealed record ArmingtonQuotaOptions
{
    /// <summary>A binding quota is met when |flow − quota| ≤ Tolerance × quota (or ≤ Tolerance tonnes for a zero quota). Default 1e-9.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>Cap on the root-finding steps for one binding quota. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Cap on the sweeps over several quotas. Default 50.</summary>
    public int MaxSweeps { get; init; } = 50;

    /// <summary>How the large tariff changes are stepped; the number of steps is fixed once per solve (see <see cref="ArmingtonSteps"/>).</summary>
    public ArmingtonStepOptions Steps { get; init; } = new();

    /// <summary>
    /// Pairs (exporter, importer) whose base tariff was an import licence rather than a tariff: its wedge on the base
    /// flow is a rent to the licence holders in the importing region, not revenue.
    /// </summary>
    public IReadOnlySet<(MemberId Exporter, MemberId Importer)> LicensedInBase { get; init; } = new HashSet<(MemberId, MemberId)>();

    /// <summary>Pairs without a quota whose wedge stays a licence rent in the scenario (licensing kept).</summary>
    public IReadOnlySet<(MemberId Exporter, MemberId Importer)> LicensedInScenario { get; init; } = new HashSet<(MemberId, MemberId)>();

    internal void Validate()
    {
        if (!(Tolerance > 0 && Tolerance < 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The quota tolerance is above 0 and below 0.1.");
        }

        if (MaxIterations < 1 || MaxSweeps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "The iteration and sweep caps are at least 1.");
        }

        Steps.Validate();
    }
}

/// <summary>The Armington model's answer with tariff-rate quotas.</summary>
public sealed class ArmingtonQuotaSolution
{
    internal ArmingtonQuotaSolution(ArmingtonSolution solution, IReadOnlyList<QuotaOutcome> quotas, WelfareTable welfare, bool converged, int iterations, int sweeps, int steps, string exitReason)
    {
        Solution = solution;
        Quotas = quotas;
        Welfare = welfare;
        Converged = converged;
        Iterations = iterations;
        Sweeps = sweeps;
        Steps = steps;
        ExitReason = exitReason;
    }

    /// <summary>The model's solution at the marginal tariffs (its welfare counts every wedge as tariff revenue).</summary>
    public ArmingtonSolution Solution { get; }

    /// <summary>Each quota's outcome, in the order given.</summary>
    public IReadOnlyList<QuotaOutcome> Quotas { get; }

    /// <summary>Welfare by region with quota and licence rents split from tariff revenue (their sum is GSIM's tariff revenue change).</summary>
    public WelfareTable Welfare { get; }

    /// <summary>True when every step solved and every quota's regime was settled within the caps.</summary>
    public bool Converged { get; }

    /// <summary>Model solves made (each one a stepped solve).</summary>
    public int Iterations { get; }

    /// <summary>Sweeps over the quotas.</summary>
    public int Sweeps { get; }

    /// <summary>Steps of ln T in each solve.</summary>
    public int Steps { get; }

    /// <summary>Why the solver stopped.</summary>
    public string ExitReason { get; }

    /// <summary>Throws when the regimes were not settled or a solve failed.</summary>
    /// <exception cref="SolverException">Names the product and the reason.</exception>
    public void EnsureConverged()
    {
        if (!Converged)
        {
            throw new SolverException(
                "the bilateral market for " + Solution.Product + " with tariff-rate quotas was not solved in '" + Solution.Scenario + "': " + ExitReason,
                "check the quotas and elasticities, or take smaller steps");
        }
    }
}

/// <summary>
/// Tariff-rate quota regimes on the Armington model (GSIM takes one tariff per flow; a quota makes the tariff on
/// the last tonne depend on the flow). For a quota on the flow r→v with base quantity B, quota Q, in-quota rate
/// a and over-quota rate b (a ≤ b), and q(t) = B·(1 + M̂_rv) the flow's quantity when its tariff is t (every
/// other tariff as in the shock):
/// <code>
///   q(a) ≤ Q                  in quota:    marginal tariff a, no rent
///   q(b) ≥ Q                  over quota:  marginal tariff b, rent (b − a)·V·Q/q
///   q(b) &lt; Q &lt; q(a)          binding:     marginal tariff t* in (a, b) with q(t*) = Q, rent (t* − a)·V
/// </code>
/// where V is the flow's value at world prices, and the revenue is the rest of the wedge, V·t − rent. This is the
/// regime logic of the world market model's quotas (reference §1, ATPSM's quota rents) on one bilateral flow.
/// The binding tariff is found by the Illinois variant of regula falsi on q(t) − Q over [a, b]: q is monotone in
/// t, and affine in the one-step (linear) model, where the first secant step is exact. Stops when
/// |q − Q| ≤ Tolerance·Q, or after MaxIterations steps (reported, not converged). Several quotas are settled by
/// sweeps (Gauss-Seidel): each quota's regime is found with the others' marginal tariffs held, until a sweep
/// moves no marginal tariff by more than 1e-12, at most MaxSweeps sweeps.
/// Each evaluation of q is a stepped solve (<see cref="ArmingtonSteps"/>) whose number of steps is fixed once,
/// from the largest log change among the shock's tariffs and every quota's two rates, so q is continuous in t.
/// Welfare: GSIM's tariff revenue change is split into revenue and rent; rents go to the importing region (the
/// licence holders there); a wedge that was an import licence in the base (<see cref="ArmingtonQuotaOptions.LicensedInBase"/>)
/// counts as a rent in the base. The totals are unchanged by the split.
/// </summary>
public static class ArmingtonQuotaSolver
{
    /// <summary>Solves the model under a shock with tariff-rate quotas.</summary>
    /// <param name="model">The model.</param>
    /// <param name="shock">Tariff changes on the pairs without quotas.</param>
    /// <param name="quotas">The quotas; one per pair, on pairs the shock does not change.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="CampoException">A quota on an unknown pair or on a pair the shock also changes, two quotas on a pair, an over-quota rate below the in-quota rate, a negative quota.</exception>
    public static ArmingtonQuotaSolution Solve(ArmingtonModel model, ArmingtonShock shock, IReadOnlyList<BilateralQuota> quotas, ArmingtonQuotaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shock);
        ArgumentNullException.ThrowIfNull(quotas);
        return Solve(model, shock, quotas, options ?? new ArmingtonQuotaOptions(), model.ImportDemandElasticity, model.ExportSupplyElasticity, model.SubstitutionElasticity);
    }

    internal static ArmingtonQuotaSolution Solve(ArmingtonModel model, ArmingtonShock shock, IReadOnlyList<BilateralQuota> quotas, ArmingtonQuotaOptions options, double[] em, double[] ex, double[] es)
    {
        options.Validate();
        var tariffs = ArmingtonSteps.TariffMatrix(model, shock);
        var index = model.Regions.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var pairs = Check(model, shock, quotas, index);
        var maxLog = ArmingtonSteps.MaxLogChange(model.Tariff0, tariffs);
        for (var j = 0; j < quotas.Count; j++)
        {
            var t0 = model.Tariff0[pairs[j].R, pairs[j].V];
            maxLog = Math.Max(maxLog, Math.Max(Math.Abs(Math.Log(quotas[j].InQuota.Factor / t0)), Math.Abs(Math.Log(quotas[j].OverQuota.Factor / t0))));
        }

        var steps = options.Steps.StepsFor(maxLog);
        var solves = 0;
        ArmingtonSolution Evaluate()
        {
            solves++;
            return ArmingtonSteps.Solve(model, tariffs, shock.Name, steps, em, ex, es);
        }

        double Quantity(ArmingtonSolution s, int j)
        {
            var flow = s.Flows.FirstOrDefault(f => f.Exporter == quotas[j].Exporter && f.Importer == quotas[j].Importer);
            return flow is null ? 0 : quotas[j].BaseQuantity.Value * (1 + flow.QuantityChange);
        }

        var regimes = new QuotaRegime[quotas.Count];
        for (var j = 0; j < quotas.Count; j++)
        {
            tariffs[pairs[j].R, pairs[j].V] = quotas[j].InQuota.Factor;
        }

        var sweeps = 0;
        var converged = quotas.Count == 0;
        var reason = quotas.Count == 0 ? "no quota" : string.Empty;
        var failed = false;
        while (quotas.Count > 0 && sweeps < options.MaxSweeps && !failed)
        {
            sweeps++;
            var moved = 0.0;
            for (var j = 0; j < quotas.Count && !failed; j++)
            {
                var (r, v) = pairs[j];
                var before = tariffs[r, v];
                var quota = quotas[j].Quota.Value;
                var tolerance = options.Tolerance * Math.Max(quota, 1.0);
                tariffs[r, v] = quotas[j].InQuota.Factor;
                var atIn = Evaluate();
                if (!atIn.Converged)
                {
                    (failed, reason) = (true, atIn.ExitReason);
                    break;
                }

                var qIn = Quantity(atIn, j);
                if (qIn <= quota + tolerance)
                {
                    regimes[j] = QuotaRegime.InQuota;
                }
                else
                {
                    tariffs[r, v] = quotas[j].OverQuota.Factor;
                    var atOver = Evaluate();
                    if (!atOver.Converged)
                    {
                        (failed, reason) = (true, atOver.ExitReason);
                        break;
                    }

                    var qOver = Quantity(atOver, j);
                    if (qOver >= quota - tolerance)
                    {
                        regimes[j] = QuotaRegime.OverQuota;
                    }
                    else
                    {
                        regimes[j] = QuotaRegime.Binding;
                        var found = RegulaFalsi(quotas[j].InQuota.Factor, qIn - quota, quotas[j].OverQuota.Factor, qOver - quota, tolerance, options.MaxIterations, factor =>
                        {
                            tariffs[r, v] = factor;
                            var s = Evaluate();
                            return s.Converged ? Quantity(s, j) - quota : double.NaN;
                        });
                        if (found is not { } root)
                        {
                            (failed, reason) = (true, string.Create(CultureInfo.InvariantCulture, $"the quota on {quotas[j].Exporter} to {quotas[j].Importer} was not met within {options.MaxIterations} steps"));
                            break;
                        }

                        tariffs[r, v] = root;
                    }
                }

                moved = Math.Max(moved, Math.Abs(tariffs[r, v] - before));
            }

            if (!failed && (quotas.Count == 1 || (sweeps > 1 && moved <= 1e-12)))
            {
                converged = true;
                reason = string.Create(CultureInfo.InvariantCulture, $"every quota's regime settled in {sweeps} sweep(s)");
                break;
            }
        }

        if (!converged && !failed)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"the quotas' regimes did not settle in {options.MaxSweeps} sweeps");
        }

        var final = Evaluate();
        if (!final.Converged)
        {
            (converged, reason) = (false, final.ExitReason);
        }

        var outcomes = Outcomes(final, quotas, regimes, tariffs, pairs, Quantity);
        var welfare = SplitRents(model, final, outcomes, options);
        return new ArmingtonQuotaSolution(final, outcomes, welfare, converged, solves, sweeps, steps, reason);
    }

    private static (int R, int V)[] Check(ArmingtonModel model, ArmingtonShock shock, IReadOnlyList<BilateralQuota> quotas, Dictionary<MemberId, int> index)
    {
        var changed = shock.Changes.Select(c => (c.Exporter, c.Importer)).ToHashSet();
        var seen = new HashSet<(int, int)>();
        var pairs = new (int, int)[quotas.Count];
        for (var j = 0; j < quotas.Count; j++)
        {
            var q = quotas[j];
            var field = $"{q.Exporter} {q.Importer} quota";
            if (!index.TryGetValue(q.Exporter, out var r) || !index.TryGetValue(q.Importer, out var v) || r == v)
            {
                throw new CampoException(Messages.Fill(Messages.Armington_QuotaUnknownRegion, q.Exporter, q.Importer), Messages.Text(Messages.Armington_QuotaUnknownRegionFix), new SourceLocation(model.SourceName, Field: field));
            }

            if (!seen.Add((r, v)) || changed.Contains((q.Exporter, q.Importer)))
            {
                throw new CampoException(Messages.Fill(Messages.Armington_QuotaTwice, q.Exporter, q.Importer), Messages.Text(Messages.Armington_QuotaTwiceFix), new SourceLocation(model.SourceName, Field: field));
            }

            if (q.OverQuota < q.InQuota)
            {
                throw new CampoException(Messages.Fill(Messages.Armington_OverQuotaBelowInQuota, q.OverQuota, q.Exporter, q.Importer, q.InQuota), Messages.Text(Messages.Armington_OverQuotaBelowInQuotaFix), new SourceLocation(model.SourceName, Field: field));
            }

            if (!(q.Quota.Value >= 0) || !(q.BaseQuantity.Value > 0))
            {
                throw new CampoException(Messages.Fill(Messages.Armington_QuotaOnNoFlow, q.Exporter, q.Importer, q.Quota, q.BaseQuantity), Messages.Text(Messages.Armington_QuotaOnNoFlowFix), new SourceLocation(model.SourceName, Field: field));
            }

            pairs[j] = (r, v);
        }

        return pairs;
    }

    /// <summary>Illinois regula falsi for g(x) = 0 on [a, b] with g(a) &gt; 0 &gt; g(b); null when g fails or the cap is reached.</summary>
    private static double? RegulaFalsi(double a, double ga, double b, double gb, double tolerance, int maxIterations, Func<double, double> g)
    {
        var side = 0;
        for (var i = 0; i < maxIterations; i++)
        {
            var x = b - (gb * (b - a) / (gb - ga));
            if (!(x > Math.Min(a, b) && x < Math.Max(a, b)))
            {
                x = 0.5 * (a + b);
            }

            var gx = g(x);
            if (double.IsNaN(gx))
            {
                return null;
            }

            if (Math.Abs(gx) <= tolerance || Math.Abs(b - a) <= 1e-15 * Math.Max(1, Math.Abs(x)))
            {
                return x;
            }

            if (Math.Sign(gx) == Math.Sign(gb))
            {
                (b, gb) = (x, gx);
                if (side == -1)
                {
                    ga /= 2;
                }

                side = -1;
            }
            else
            {
                (a, ga) = (x, gx);
                if (side == 1)
                {
                    gb /= 2;
                }

                side = 1;
            }
        }

        return null;
    }

    private static QuotaOutcome[] Outcomes(ArmingtonSolution final, IReadOnlyList<BilateralQuota> quotas, QuotaRegime[] regimes, double[,] tariffs, (int R, int V)[] pairs, Func<ArmingtonSolution, int, double> quantity)
    {
        var outcomes = new QuotaOutcome[quotas.Count];
        for (var j = 0; j < quotas.Count; j++)
        {
            var q = quotas[j];
            var flow = final.Flows.FirstOrDefault(f => f.Exporter == q.Exporter && f.Importer == q.Importer);
            var value = flow?.Value.Scenario.Value ?? 0;
            var imports = quantity(final, j);
            var marginal = tariffs[pairs[j].R, pairs[j].V] - 1;
            var inRate = q.InQuota.Fraction;
            var rent = regimes[j] switch
            {
                QuotaRegime.Binding => value * (marginal - inRate),
                QuotaRegime.OverQuota when imports > 0 => value * Math.Min(1, q.Quota.Value / imports) * (q.OverQuota.Fraction - inRate),
                _ => 0.0,
            };
            outcomes[j] = new QuotaOutcome(q, regimes[j], new Rate(Math.Max(0, marginal)), new Tonnes(imports), new Usd(value), new Usd((value * marginal) - rent), new Usd(rent));
        }

        return outcomes;
    }

    private static WelfareTable SplitRents(ArmingtonModel model, ArmingtonSolution final, QuotaOutcome[] outcomes, ArmingtonQuotaOptions options)
    {
        var rentChange = new Dictionary<MemberId, double>();
        foreach (var flow in final.Flows)
        {
            var pair = (flow.Exporter, flow.Importer);
            var rent0 = options.LicensedInBase.Contains(pair) ? flow.Value.Base.Value * (flow.Tariff.Base - 1) : 0;
            var outcome = outcomes.FirstOrDefault(o => o.Quota.Exporter == flow.Exporter && o.Quota.Importer == flow.Importer);
            var rent1 = outcome is not null ? outcome.Rent.Value
                : options.LicensedInScenario.Contains(pair) ? flow.Value.Scenario.Value * (flow.Tariff.Scenario - 1)
                : 0;
            rentChange[flow.Importer] = rentChange.GetValueOrDefault(flow.Importer) + (rent1 - rent0);
        }

        return new WelfareTable(final.Regions.Select(r =>
        {
            var change = rentChange.GetValueOrDefault(r.Region);
            var w = r.Welfare;
            return new WelfareEntry(r.Region, model.Product, w with { TariffRevenue = w.TariffRevenue - new Usd(change), QuotaRent = w.QuotaRent + new Usd(change) });
        }));
    }
}
