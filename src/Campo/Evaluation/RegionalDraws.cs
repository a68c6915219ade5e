using Campo.Composition;
using Campo.Domain;
using Campo.Markets;
using Campo.Markets.Armington;
using Campo.Markets.Uncertainty;
using Campo.Regional;

namespace Campo.Evaluation;

/// <summary>The Monte Carlo bands of a regional evaluation's horizon year.</summary>
/// <param name="Draws">Draws made.</param>
/// <param name="Converged">Draws whose every commodity was solved (the others are left out).</param>
/// <param name="Distributions">What was drawn, in words.</param>
/// <param name="PriceChange">Producer price change by region and commodity.</param>
/// <param name="ProducerSurplus">Producers' surplus change by region and commodity, USD.</param>
/// <param name="Regions">Welfare by region, USD.</param>
/// <param name="Groups">Welfare by group, USD.</param>
internal sealed record RegionalDrawResult(
    int Draws,
    int Converged,
    string Distributions,
    IReadOnlyDictionary<(MemberId, CommodityId), Summary> PriceChange,
    IReadOnlyDictionary<(MemberId, CommodityId), Summary> ProducerSurplus,
    IReadOnlyDictionary<MemberId, WelfareSummary> Regions,
    IReadOnlyDictionary<string, WelfareSummary> Groups);

/// <summary>
/// Draws of the three elasticities of every region and commodity (E_m, E_x, E_s, each times an independent lognormal
/// factor of mean 1 and the evaluation's coefficient of variation), each draw solving the horizon year with its quota
/// regimes. Draw d uses the random stream (seed, d), so the bands do not depend on the number of threads.
/// </summary>
internal static class RegionalDraws
{
    public static RegionalDrawResult Run(CommodityBase[] bases, ArmingtonModel[] models, RegionalAgreement agreement, IReadOnlyList<(string Name, IReadOnlyCollection<MemberId> Regions)> groups, EvaluationOptions options, CancellationToken cancellationToken)
    {
        var factor = new LogNormalFactor(options.ElasticityCv);
        var outcomes = new RegionalYear[]?[options.Draws];
        Parallel.For(0, options.Draws, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, d =>
        {
            var random = RandomStream.ForDraw(options.Seed, d);
            var years = new RegionalYear[bases.Length];
            for (var i = 0; i < bases.Length; i++)
            {
                var model = models[i];
                var n = model.Regions.Count;
                var (em, ex, es) = (new double[n], new double[n], new double[n]);
                for (var r = 0; r < n; r++)
                {
                    em[r] = model.ImportDemandElasticity[r] * factor.Sample(ref random);
                    ex[r] = model.ExportSupplyElasticity[r] * factor.Sample(ref random);
                    es[r] = model.SubstitutionElasticity[r] * factor.Sample(ref random);
                }

                years[i] = RegionalYear.Solve(bases[i], model, agreement, agreement.Duties, agreement.Horizon, em, ex, es);
                if (!years[i].Solution.Converged)
                {
                    return;
                }
            }

            outcomes[d] = years;
        });

        var good = outcomes.Where(o => o is not null).Select(o => o!).ToArray();
        var price = new Dictionary<(MemberId, CommodityId), Summary>();
        var surplus = new Dictionary<(MemberId, CommodityId), Summary>();
        var regions = new Dictionary<MemberId, WelfareSummary>();
        var groupSummaries = new Dictionary<string, WelfareSummary>(StringComparer.Ordinal);
        if (good.Length > 0)
        {
            for (var i = 0; i < bases.Length; i++)
            {
                foreach (var region in bases[i].Regions.Select(r => r.Region))
                {
                    var key = (region, bases[i].Commodity.Id);
                    var ii = i;
                    price[key] = Summary.Of(good.Select(g => g[ii].ProducerPriceChange(region)).ToArray());
                    surplus[key] = Summary.Of(good.Select(g => g[ii].Welfare(region).ProducerSurplus.Value).ToArray());
                }
            }

            foreach (var region in bases[0].Regions.Select(r => r.Region))
            {
                regions[region] = Summarise(good, [region]);
            }

            foreach (var (name, members) in groups)
            {
                groupSummaries[name] = Summarise(good, members);
            }
        }

        var text = "E_m, E_x and E_s of every region and commodity drawn independently: " + factor.Describe() + ".";
        return new RegionalDrawResult(options.Draws, good.Length, text, price, surplus, regions, groupSummaries);
    }

    private static WelfareSummary Summarise(RegionalYear[][] draws, IReadOnlyCollection<MemberId> members)
    {
        var totals = draws.Select(years => years.SelectMany(y => members.Select(y.Welfare)).Aggregate(WelfareChange.Zero, (a, b) => a + b)).ToArray();
        Summary Of(Func<WelfareChange, Usd> part) => Summary.Of(totals.Select(t => part(t).Value).ToArray());
        return new WelfareSummary(Of(w => w.ProducerSurplus), Of(w => w.ConsumerSurplus), Of(w => w.Government), Of(w => w.QuotaRent), Of(w => w.Total));
    }
}

/// <summary>The groups a regional evaluation sums its regions into.</summary>
internal static class RegionalGroups
{
    /// <summary>The parties.</summary>
    public const string Parties = "parties";

    /// <summary>The rest of the world.</summary>
    public const string Others = "rest of the world";

    /// <summary>The parties, the parties by development status (on the scenario's membership date), and the rest of the world.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyCollection<MemberId> Regions)> Of(RegionalAgreement agreement, Func<MemberId, DevelopmentStatus> statusOf)
    {
        var groups = new List<(string, IReadOnlyCollection<MemberId>)> { (Parties, agreement.Parties.ToArray()) };
        foreach (var (status, name) in new[] { (DevelopmentStatus.Developed, RegionRoles.Developed), (DevelopmentStatus.Developing, RegionRoles.Developing), (DevelopmentStatus.LeastDeveloped, RegionRoles.LeastDeveloped) })
        {
            var members = agreement.Parties.Where(p => statusOf(p) == status).ToArray();
            if (members.Length > 0)
            {
                groups.Add((name + " parties", members));
            }
        }

        groups.Add((Others, [RegionalAgreement.RestOfWorld]));
        return groups;
    }
}
