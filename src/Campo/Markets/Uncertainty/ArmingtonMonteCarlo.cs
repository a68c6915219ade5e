using Campo.Domain;
using Campo.Markets.Armington;

namespace Campo.Markets.Uncertainty;

/// <summary>What is uncertain in an Armington run: factors on each region's three elasticities, drawn independently.</summary>
public sealed record ArmingtonUncertainty
{
    /// <summary>Factor on each import demand elasticity E_m. Default none.</summary>
    public FactorDistribution ImportDemandElasticity { get; init; } = FactorDistribution.None;

    /// <summary>Factor on each export supply elasticity E_x. Default none.</summary>
    public FactorDistribution ExportSupplyElasticity { get; init; } = FactorDistribution.None;

    /// <summary>Factor on each substitution elasticity E_s. Default none.</summary>
    public FactorDistribution SubstitutionElasticity { get; init; } = FactorDistribution.None;

    /// <summary>A statement of the assumptions, for reports.</summary>
    public string Describe() =>
        $"Import demand elasticities: {ImportDemandElasticity.Describe()}; export supply elasticities: {ExportSupplyElasticity.Describe()}; " +
        $"substitution elasticities: {SubstitutionElasticity.Describe()}. Each region's elasticities are drawn independently.";
}

/// <summary>The summaries of an Armington Monte Carlo run, over the draws that converged.</summary>
/// <param name="Central">The solve at the base elasticities.</param>
/// <param name="Draws">Draws made.</param>
/// <param name="FailedDraws">Draws whose system could not be solved; left out of the summaries.</param>
/// <param name="Assumptions">The distributions, in words.</param>
/// <param name="ExportPriceChange">Each region's export price change.</param>
/// <param name="RegionWelfare">Each region's welfare.</param>
/// <param name="GroupWelfare">Each group's welfare, in the order given.</param>
public sealed record ArmingtonMonteCarloResult(
    ArmingtonSolution Central,
    int Draws,
    IReadOnlyList<int> FailedDraws,
    string Assumptions,
    IReadOnlyDictionary<MemberId, Summary> ExportPriceChange,
    IReadOnlyDictionary<MemberId, WelfareSummary> RegionWelfare,
    IReadOnlyList<KeyValuePair<string, WelfareSummary>> GroupWelfare);

/// <summary>
/// Monte Carlo over the Armington model's elasticities, with the same seeding and parallel scheme as
/// <see cref="WorldMarketMonteCarlo"/>: draw d uses the stream (seed, d), so results do not depend on threads.
/// </summary>
public static class ArmingtonMonteCarlo
{
    /// <summary>Runs the draws and summarises them.</summary>
    /// <param name="model">The model.</param>
    /// <param name="shock">The scenario.</param>
    /// <param name="uncertainty">What to draw.</param>
    /// <param name="options">Draws, seed and threads; null for the defaults.</param>
    /// <param name="groups">Groups of regions to summarise; null for none.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static ArmingtonMonteCarloResult Run(
        ArmingtonModel model,
        ArmingtonShock shock,
        ArmingtonUncertainty uncertainty,
        MonteCarloOptions? options = null,
        IReadOnlyList<KeyValuePair<string, IReadOnlyCollection<MemberId>>>? groups = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shock);
        ArgumentNullException.ThrowIfNull(uncertainty);
        options ??= new MonteCarloOptions();
        options.Validate();
        groups ??= RegionGroups.None;
        var central = model.Solve(shock);
        int n = options.Draws, r = model.Count;
        var outcomes = new ArmingtonSolution?[n];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, d =>
        {
            var random = RandomStream.ForDraw(options.Seed, d);
            var em = new double[r];
            var ex = new double[r];
            var es = new double[r];
            for (var i = 0; i < r; i++)
            {
                em[i] = model.ImportDemandElasticity[i] * uncertainty.ImportDemandElasticity.Sample(ref random);
                ex[i] = model.ExportSupplyElasticity[i] * uncertainty.ExportSupplyElasticity.Sample(ref random);
                es[i] = model.SubstitutionElasticity[i] * uncertainty.SubstitutionElasticity.Sample(ref random);
            }

            var solution = model.Solve(shock, em, ex, es);
            outcomes[d] = solution.Converged ? solution : null;
        });

        var good = outcomes.Where(o => o is not null).Select(o => o!).ToArray();
        var failed = Enumerable.Range(0, n).Where(d => outcomes[d] is null).ToArray();
        var prices = new SortedDictionary<MemberId, Summary>();
        var regions = new SortedDictionary<MemberId, WelfareSummary>();
        var groupSummaries = new List<KeyValuePair<string, WelfareSummary>>();
        if (good.Length > 0)
        {
            for (var i = 0; i < r; i++)
            {
                var ii = i;
                prices[model.Regions[i]] = Summary.Of(good.Select(s => s.Regions[ii].ExportPriceChange).ToArray());
                regions[model.Regions[i]] = Summarise(good, s => s.Regions[ii].Welfare);
            }

            foreach (var (name, members) in groups)
            {
                var set = members.ToHashSet();
                groupSummaries.Add(new(name, Summarise(good, s => s.Regions.Where(x => set.Contains(x.Region)).Aggregate(WelfareChange.Zero, (a, x) => a + x.Welfare))));
            }
        }

        return new ArmingtonMonteCarloResult(central, n, failed, uncertainty.Describe(), prices, regions, groupSummaries);
    }

    private static WelfareSummary Summarise(ArmingtonSolution[] draws, Func<ArmingtonSolution, WelfareChange> pick)
    {
        var values = draws.Select(pick).ToArray();
        Summary Of(Func<WelfareChange, Usd> part) => Summary.Of(values.Select(v => part(v).Value).ToArray());
        return new WelfareSummary(Of(w => w.ProducerSurplus), Of(w => w.ConsumerSurplus), Of(w => w.Government), Of(w => w.QuotaRent), Of(w => w.Total));
    }
}
