using Campo.Composition;
using Campo.Diagnostics;
using Campo.Domain;
using Campo.Errors;
using Campo.Markets.Uncertainty;
using Campo.Markets.World;
using Campo.Scenarios;

namespace Campo.Evaluation;

/// <summary>Options of one evaluation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Monte Carlo draws for the bands; 0 for central results only.</summary>
    public int Draws { get; init; }

    /// <summary>The seed of the draws.</summary>
    public ulong Seed { get; init; } = Defaults.Seed;

    /// <summary>
    /// Coefficient of variation of the lognormal factor on every supply and demand elasticity. An assumption:
    /// the sources give point elasticities without standard errors, so the spread is chosen, stated in every
    /// report and settable (<c>--elasticity-cv</c>).
    /// </summary>
    public double ElasticityCv { get; init; } = Defaults.ElasticityCv;

    /// <summary>The member whose markets get their own bands (all its commodities), or null.</summary>
    public MemberId? Focus { get; init; }

    /// <summary>Threads for the draws; -1 for all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Evaluates a multilateral draft's draws elsewhere (a cluster), or null to evaluate them here. It must give the draws
    /// <see cref="DraftEvaluator.OpenDraws"/> gives for the same draft, data and options; the bands are then summarised
    /// here exactly as for draws evaluated here.
    /// </summary>
    public IDrawExecutor? DrawExecutor { get; init; }
}

/// <summary>
/// Evaluates a draft: a multilateral draft through the pipeline scenario → commitments per region → world market →
/// welfare by region, group and market, with Monte Carlo bands; a regional agreement through the bilateral model
/// (<see cref="RegionalEvaluator"/>). The kind of agreement chooses the model here and nowhere else. Pure: no
/// files, no console.
/// </summary>
public static class DraftEvaluator
{
    /// <summary>Evaluates a draft on a dataset; a multilateral draft uses the dataset's calibrated world market (built on first use and shared).</summary>
    /// <param name="scenario">The draft.</param>
    /// <param name="dataset">The data.</param>
    /// <param name="options">Draws and focus; null for central results only.</param>
    /// <param name="crossPrices">False to drop the world market's food cross-price elasticities.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <exception cref="CampoException">An unknown focus member, or data the draft needs and the dataset lacks.</exception>
    /// <exception cref="SolverException">A market did not clear.</exception>
    public static DraftEvaluation Evaluate(Scenario scenario, Data.Dataset dataset, EvaluationOptions? options = null, bool crossPrices = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Kind != ScenarioKind.Regional && !EvaluationContext.IsBuilt(dataset, crossPrices))
        {
            // The calibration (the largest part of a first evaluation) does not depend on the draft, and applying the
            // draft's schedules does not depend on the model: on a second core the model is calibrated while this
            // thread applies the draft. Same numbers: each part is computed as before, only at the same time.
            var calibrating = Task.Run(() => EvaluationContext.For(dataset, crossPrices), cancellationToken);
            return Multilateral(scenario, dataset, () => calibrating.GetAwaiter().GetResult(), options ?? new EvaluationOptions(), cancellationToken);
        }

        return Dispatch(scenario, dataset, () => EvaluationContext.For(dataset, crossPrices), options, cancellationToken);
    }

    /// <summary>Evaluates a draft on a context (a regional agreement uses only the context's dataset).</summary>
    /// <param name="scenario">The draft.</param>
    /// <param name="context">The dataset and its calibrated model.</param>
    /// <param name="options">Draws and focus; null for central results only.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <exception cref="CampoException">An unknown focus member, or data the draft needs and the dataset lacks.</exception>
    /// <exception cref="SolverException">A market did not clear.</exception>
    public static DraftEvaluation Evaluate(Scenario scenario, EvaluationContext context, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Dispatch(scenario, context.Dataset, () => context, options, cancellationToken);
    }

    private static DraftEvaluation Dispatch(Scenario scenario, Data.Dataset dataset, Func<EvaluationContext> context, EvaluationOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Kind switch
        {
            ScenarioKind.Regional => Regional(scenario, dataset, options, cancellationToken),
            _ => Multilateral(scenario, dataset, context, options ?? new EvaluationOptions(), cancellationToken),
        };
    }

    private static DraftEvaluation Regional(Scenario scenario, Data.Dataset dataset, EvaluationOptions? options, CancellationToken cancellationToken)
    {
        using var timing = PhaseTimer.Measure(Phase.Solve);
        return RegionalEvaluator.Evaluate(scenario, dataset, options, cancellationToken);
    }

    private static DraftEvaluation Multilateral(Scenario scenario, Data.Dataset dataset, Func<EvaluationContext> model, EvaluationOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<RegionRole> roles;
        AppliedDraft applied;
        try
        {
            using var schedules = PhaseTimer.Measure(Phase.Schedules);
            // The [decision] section is checked here too, so that a file campo negotiate would refuse (an unknown
            // coalition, member or staple) is refused by campo run as well, not accepted and ignored.
            _ = Negotiation.NegotiationSetup.Build(dataset, scenario);
            roles = RegionRoles.At(dataset, scenario.Base.MembersAt);
            applied = DraftApplication.Apply(scenario, dataset, roles);
        }
        catch (Exception)
        {
            // A model that cannot be calibrated is reported first, as when the model was built before the draft.
            _ = model();
            throw;
        }

        var context = model();
        var shock = ShockOf(scenario, context, applied);
        CentralSolve central;
        using (PhaseTimer.Measure(Phase.Solve))
        {
            // The same solve as context.Model.Solve(shock), kept so that the draws start from it instead of solving it again.
            central = context.Model.SolveCentral(shock);
        }

        var solution = central.Solution;
        solution.EnsureConverged();
        WorldMarketMonteCarloResult? draws = null;
        if (options.Draws > 0)
        {
            using var timing = PhaseTimer.Measure(Phase.Draws);
            draws = RunDraws(context, central, roles, options, dataset, cancellationToken);
        }

        using var results = PhaseTimer.Measure(Phase.Results);
        return EvaluationResults.Build(scenario, context, roles, applied, shock, solution, draws, options);
    }

    /// <summary>
    /// Sets up a multilateral draft's Monte Carlo draws as <see cref="Evaluate(Scenario, EvaluationContext, EvaluationOptions?, CancellationToken)"/>
    /// makes them (the same shock, distributions, seed and focus markets), to be evaluated range by range: what a machine
    /// of a cluster opens once to evaluate its share of a run's draws (<see cref="EvaluationOptions.DrawExecutor"/>).
    /// </summary>
    /// <param name="scenario">The draft (multilateral).</param>
    /// <param name="context">The dataset and its calibrated model.</param>
    /// <param name="options">Seed, spread and focus (the number of draws is not needed).</param>
    /// <exception cref="CampoException">A regional agreement, an unknown focus member, or data the draft needs and the dataset lacks.</exception>
    public static WorldMarketDraws OpenDraws(Scenario scenario, EvaluationContext context, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (scenario.Kind == ScenarioKind.Regional)
        {
            throw new CampoException(
                "a regional agreement's draws are evaluated with the bilateral model, not the world market's draws",
                "run a regional agreement's draws on one machine",
                SourceLocation.OfField("kind"));
        }

        var dataset = context.Dataset;
        _ = Negotiation.NegotiationSetup.Build(dataset, scenario);
        var roles = RegionRoles.At(dataset, scenario.Base.MembersAt);
        var applied = DraftApplication.Apply(scenario, dataset, roles);
        var (uncertainty, _, markets) = DrawSetup(context, roles, options, dataset);
        return WorldMarketMonteCarlo.Open(context.Model, ShockOf(scenario, context, applied), uncertainty, options.Seed, markets);
    }

    private static WorldMarketShock ShockOf(Scenario scenario, EvaluationContext context, AppliedDraft applied) =>
        new(applied.Shock.Changes.Where(c => context.Cells.Contains((c.Region, c.Commodity))).ToArray(), scenario.Title);

    private static WorldMarketMonteCarloResult RunDraws(EvaluationContext context, CentralSolve central, IReadOnlyList<RegionRole> roles, EvaluationOptions options, Data.Dataset dataset, CancellationToken cancellationToken)
    {
        var (uncertainty, groups, markets) = DrawSetup(context, roles, options, dataset);
        if (options.DrawExecutor is { } executor)
        {
            // The draws are evaluated elsewhere; the central solve and the bands are made here as for a local run.
            var elsewhere = WorldMarketMonteCarlo.OpenFrom(context.Model, central, uncertainty, options.Seed, markets);
            return elsewhere.Summarise(executor.Evaluate(options.Draws, cancellationToken), groups);
        }

        // WorldMarketMonteCarlo.Run without its own central solve: the draws start from the one made above.
        var monteCarlo = new MonteCarloOptions { Draws = options.Draws, Seed = options.Seed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        monteCarlo.Validate();
        var draws = WorldMarketMonteCarlo.OpenFrom(context.Model, central, uncertainty, options.Seed, markets);
        return draws.Summarise(draws.Evaluate(0, monteCarlo.Draws, monteCarlo.MaxDegreeOfParallelism, cancellationToken), groups);
    }

    private static (WorldMarketUncertainty Uncertainty, KeyValuePair<string, IReadOnlyCollection<MemberId>>[] Groups, IReadOnlyList<(MemberId, CommodityId)>? Markets) DrawSetup(EvaluationContext context, IReadOnlyList<RegionRole> roles, EvaluationOptions options, Data.Dataset dataset)
    {
        var factor = new LogNormalFactor(options.ElasticityCv);
        var uncertainty = new WorldMarketUncertainty { SupplyElasticity = factor, DemandElasticity = factor };
        var groups = roles.SelectMany(r => r.Groups.Select(g => (Group: g, r.Region)))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, IReadOnlyCollection<MemberId>>(g.Key, g.Select(x => x.Region).ToArray()))
            .ToArray();
        IReadOnlyList<(MemberId, CommodityId)>? markets = null;
        if (options.Focus is { } focus)
        {
            var region = dataset.GetMember(focus).Region ?? throw new CampoException(
                "the member " + focus + " has no market data in the dataset",
                "choose a member with its own region (campo data members)",
                SourceLocation.OfField("--member"));
            markets = context.Cells.Where(c => c.Region == region).OrderBy(c => c.Commodity).ToArray();
        }

        return (uncertainty, groups, markets);
    }
}
