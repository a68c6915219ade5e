using System.Globalization;
using Campo.Domain;

namespace Campo.Negotiation;

/// <summary>A cluster of members with similar interests.</summary>
/// <param name="Cluster">Its number, from 1.</param>
/// <param name="Members">Its members.</param>
/// <param name="Composition">How many of them carry each reference label (real coalition).</param>
public sealed record DiscoveredCluster(int Cluster, IReadOnlyList<MemberId> Members, IReadOnlyDictionary<string, int> Composition);

/// <summary>How close a real coalition's members are in interests (Costantini et al.: members far from the centroid are likely defectors).</summary>
/// <param name="Code">The coalition.</param>
/// <param name="Members">Its members among the clustered units.</param>
/// <param name="Spread">Mean distance of its members to their centroid over the mean distance of all units to theirs (below 1: tighter than the membership at large).</param>
/// <param name="Farthest">The member farthest from the centroid, the likeliest defector, or null with fewer than two members.</param>
public sealed record CoalitionCohesion(string Code, int Members, double Spread, MemberId? Farthest);

/// <summary>Coalitions found by clustering, compared with the real ones.</summary>
/// <param name="Units">Members clustered (those with a market region of their own).</param>
/// <param name="Features">The features, in words.</param>
/// <param name="Reference">How each member's real-coalition label is chosen.</param>
/// <param name="Clusters">Clusters asked for (the number of reference labels present).</param>
/// <param name="AdjustedRandIndex">Agreement of the clusters with the reference labels (1 identical, 0 chance).</param>
/// <param name="Found">The clusters.</param>
/// <param name="Cohesion">Each real coalition's spread and likeliest defector.</param>
/// <param name="Finding">The comparison in words.</param>
public sealed record CoalitionDiscoveryReport(
    int Units,
    string Features,
    string Reference,
    int Clusters,
    double AdjustedRandIndex,
    IReadOnlyList<DiscoveredCluster> Found,
    IReadOnlyList<CoalitionCohesion> Cohesion,
    string Finding)
{
    /// <summary>Commodities in the payoff and trade blocks of features (one feature each per block).</summary>
    public int Commodities { get; init; }

    /// <summary>The draft parameters whose payoff sensitivities are features (none when none applies).</summary>
    public IReadOnlyList<string> Sensitivities { get; init; } = [];

    /// <summary>The coalitions a member's reference label is taken from, first match first ("other" for none).</summary>
    public IReadOnlyList<string> ReferenceCoalitions { get; init; } = [];
}

/// <summary>
/// Coalition discovery (issue 6, item 3; reference §2.1 "cluster-based coalitions", Costantini, Crescenzi, De Filippis
/// and Salvatici 2007): members with a market region of their own are described by three blocks of features, each
/// divided by the region's size (base farm output plus consumption, at base prices):
/// (1) the draft's welfare change by commodity; (2) the base net trade position by commodity (exports − imports at
/// world prices); (3) how the payoff moves with the draft's parameters (central differences at ±10% of each
/// parameter's default range, scaled to that range). Each feature is replaced by its ranks across members and
/// standardised (constant ones dropped), and each block divided by the square root of its size so that the three
/// weigh equally. Members are then
/// clustered by Ward's method (<see cref="Clustering.Ward"/>) into as many clusters as there are reference labels,
/// and the clusters are compared with the real coalitions of 2003-04 by the adjusted Rand index. A member in several
/// coalitions carries the first of C4, G20, G33, G90, CAIRNS it belongs to ("other" for none).
/// </summary>
internal static class CoalitionDiscovery
{
    private static readonly string[] Precedence = ["C4", "G20", "G33", "G90", "CAIRNS"];

    public static CoalitionDiscoveryReport Run(NegotiationSession session)
    {
        var model = session.Model;
        var m = model.M;
        var setup = session.Setup;
        var units = setup.Members.Select((member, i) => (Member: member, Region: session.MemberRegion[i]))
            .Where(x => x.Member.Source == PayoffSource.OwnRegion && x.Region >= 0)
            .ToArray();
        var size = units.Select(u => Size(model, u.Region)).ToArray();
        var commodities = m.CommodityCount;
        var payoff = new double[units.Length][];
        var trade = new double[units.Length][];
        for (var u = 0; u < units.Length; u++)
        {
            payoff[u] = new double[commodities];
            trade[u] = new double[commodities];
            var r = units[u].Region;
            for (var j = model.RegionCellStart[r]; j < model.RegionCellStart[r + 1]; j++)
            {
                var k = model.RegionCells[j];
                var c = m.CellCommodity[k];
                payoff[u][c] = (session.Central.Parts[k] - session.Alternative.Parts[k]).Welfare / size[u];
                trade[u][c] = (m.Exports0[k] - m.Imports0[k]) * m.WorldPrice0[c] * 1e-6 / size[u];
            }
        }

        var knobs = Sensitivities(session, units, size, out var knobNames);
        var blocks = new[] { Standardise(payoff), Standardise(trade), Standardise(knobs) };
        var points = Enumerable.Range(0, units.Length)
            .Select(u => blocks.Where(b => b[u].Length > 0).SelectMany(b => b[u].Select(x => x / Math.Sqrt(b[u].Length))).ToArray())
            .ToArray();
        var labels = units.Select(u => Precedence.FirstOrDefault(c => setup.Known.TryGetValue(c, out var b) && b.Members.Contains(u.Member.Id)) ?? "other").ToArray();
        var count = Math.Min(units.Length, labels.Distinct(StringComparer.Ordinal).Count());
        var clusters = Clustering.Ward(points, count);
        var ari = units.Length >= 2 ? Clustering.AdjustedRandIndex(labels, clusters) : 1.0;
        var found = Enumerable.Range(0, count).Select(c => new DiscoveredCluster(
            c + 1,
            units.Where((_, u) => clusters[u] == c).Select(x => x.Member.Id).ToArray(),
            labels.Where((_, u) => clusters[u] == c).GroupBy(l => l, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)))
            .ToArray();
        var cohesion = Cohesion(units.Select(u => u.Member.Id).ToArray(), points, setup);
        var features = string.Create(CultureInfo.InvariantCulture, $"{commodities} commodity payoffs, {commodities} net trade positions, {knobNames.Count} parameter sensitivities ({(knobNames.Count == 0 ? "none apply" : string.Join(", ", knobNames))}); each per unit of the region's size, ranked and standardised, blocks weighted equally");
        var finding = string.Create(CultureInfo.InvariantCulture, $"Adjusted Rand index {ari:0.00} between {count} clusters of interests and the real coalitions (1 = the same grouping, 0 = no better than chance).");
        return new CoalitionDiscoveryReport(
            units.Length,
            features,
            "each member's first coalition among " + string.Join(", ", Precedence) + " (\"other\" for none), with the coalition lists of the dataset",
            count,
            ari,
            found,
            cohesion,
            finding)
        {
            Commodities = commodities,
            Sensitivities = [.. knobNames],
            ReferenceCoalitions = Precedence,
        };
    }

    private static double Size(DraftPayoffModel model, int region)
    {
        var m = model.M;
        var size = 0.0;
        for (var j = model.RegionCellStart[region]; j < model.RegionCellStart[region + 1]; j++)
        {
            var k = model.RegionCells[j];
            var pb0 = m.WorldPrice0[m.CellCommodity[k]] * Math.Exp(m.LogBorderFactor0[k]);
            size += (pb0 * (1 + m.BasePolicy.ProducerSupport[k]) * m.Supply0[k]) + (pb0 * (1 + m.BasePolicy.ConsumerWedge[k]) * m.TotalDemand0(k));
        }

        return Math.Max(size * 1e-6, 1e-9);
    }

    private static double[][] Sensitivities(NegotiationSession session, (NegotiatingMember Member, int Region)[] units, double[] size, out List<string> names)
    {
        names = [];
        var columns = new List<double[]>();
        var ws = session.Model.NewWorkspace();
        foreach (var knob in new[] { DraftKnob.Swiss, DraftKnob.Cuts, DraftKnob.Cap, DraftKnob.Special, DraftKnob.Sdt, DraftKnob.Support })
        {
            double? tabled;
            try
            {
                tabled = DraftSpace.Tabled(session.Draft, knob);
            }
            catch (Errors.CampoException)
            {
                continue;
            }

            if (tabled is not { } t)
            {
                continue;
            }

            var (low, high) = SearchDimension.DefaultRange(knob);
            var h = 0.1 * (high - low);
            var dim = new[] { new SearchDimension(knob, low, high) };
            var lo = Math.Max(knob is DraftKnob.Swiss ? 0.1 : 0, t - h);
            var hi = knob is DraftKnob.Special or DraftKnob.Sdt or DraftKnob.Support ? Math.Min(100, t + h) : t + h;
            if (hi <= lo)
            {
                continue;
            }

            var minus = Totals(session, ws, DraftSpace.Apply(session.Draft, dim, [lo]));
            var plus = Totals(session, ws, DraftSpace.Apply(session.Draft, dim, [hi]));
            if (minus is null || plus is null)
            {
                continue;
            }

            names.Add(SearchDimension.NameOf(knob));
            columns.Add(units.Select((u, i) => (plus[u.Region] - minus[u.Region]).Welfare / (hi - lo) * (high - low) / size[i]).ToArray());
        }

        return units.Select((_, i) => columns.Select(c => c[i]).ToArray()).ToArray();
    }

    private static WelfareParts[]? Totals(NegotiationSession session, PayoffWorkspace ws, Scenarios.Scenario scenario)
    {
        session.Model.Evaluate(scenario, ws, ws.Draft, session.CentralState);
        return ws.Draft.Converged ? (WelfareParts[])ws.Draft.RegionTotal.Clone() : null;
    }

    /// <summary>
    /// Each column replaced by its ranks (ties share their mean rank), then standardised to mean 0 and standard
    /// deviation 1; constant columns dropped. Ranks keep a few very large members (Japan's rice, Norway's grains)
    /// from deciding every cluster by themselves.
    /// </summary>
    internal static double[][] Standardise(double[][] rows)
    {
        if (rows.Length == 0 || rows[0].Length == 0)
        {
            return rows.Select(_ => Array.Empty<double>()).ToArray();
        }

        var columns = new List<double[]>();
        for (var c = 0; c < rows[0].Length; c++)
        {
            var ranks = Ranks(rows.Select(r => r[c]).ToArray());
            var mean = ranks.Average();
            var sd = Math.Sqrt(ranks.Average(r => (r - mean) * (r - mean)));
            if (sd > 1e-12)
            {
                columns.Add(ranks.Select(r => (r - mean) / sd).ToArray());
            }
        }

        return rows.Select((_, i) => columns.Select(col => col[i]).ToArray()).ToArray();
    }

    /// <summary>Ranks from 1, ties sharing the mean of their ranks.</summary>
    internal static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var j = start; j <= end; j++)
            {
                ranks[order[j]] = ((start + end) / 2.0) + 1;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static List<CoalitionCohesion> Cohesion(MemberId[] ids, double[][] points, NegotiationSetup setup)
    {
        var all = Spread(points);
        var result = new List<CoalitionCohesion>();
        foreach (var code in Precedence.Where(setup.Known.ContainsKey))
        {
            var members = setup.Known[code].Members.ToHashSet();
            var inside = ids.Select((id, i) => (id, i)).Where(x => members.Contains(x.id)).ToArray();
            if (inside.Length < 2)
            {
                continue;
            }

            var subset = inside.Select(x => points[x.i]).ToArray();
            var centroid = Centroid(subset);
            var farthest = inside.MaxBy(x => Distance(points[x.i], centroid)).id;
            result.Add(new CoalitionCohesion(code, inside.Length, all > 0 ? Spread(subset) / all : 0, farthest));
        }

        return result;
    }

    private static double Spread(double[][] points)
    {
        if (points.Length == 0 || points[0].Length == 0)
        {
            return 0;
        }

        var centroid = Centroid(points);
        return points.Average(p => Distance(p, centroid));
    }

    private static double[] Centroid(double[][] points) =>
        Enumerable.Range(0, points[0].Length).Select(f => points.Average(p => p[f])).ToArray();

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Select((x, i) => (x - b[i]) * (x - b[i])).Sum());
}
