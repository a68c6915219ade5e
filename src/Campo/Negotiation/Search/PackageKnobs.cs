using System.Globalization;
using Campo.Errors;
using Campo.Negotiation.Record;

namespace Campo.Negotiation;

/// <summary>
/// The package issues a draft search varies (<see cref="DraftKnob.Issue"/>): what the package delivers on an issue
/// of the record's table, 0 to 1, in place of what the record says it delivered (data/negotiation/packages.csv).
/// <para>
/// The decision model's linkage feature of member i (<see cref="DecisionJudge"/>) is
/// link_i = Σ_j min(0, D_ij·(v_j − 1), −O_ij·v_j) over the issues j on the table, with v_j the share delivered,
/// D_ij = 1 when the member or one of its coalitions states a demand for j on the date and O_ij = 1 when one states
/// an opposition (the worst stance per issue). So delivering more of a demanded issue raises link_i by D_ij per unit
/// (towards 0), and delivering more of an opposed one lowers it by O_ij per unit; the index z_i = … + βL·(−link_i)
/// moves the other way. The weights are read from the judge's own <see cref="DecisionJudge.Link"/> at v_j = 0
/// (link = −D_ij) and v_j = 1 (link = −O_ij) for one issue at a time, and the whole is checked once against the
/// judge's link at the recorded package: a change of the link's form elsewhere fails loudly here instead of
/// searching with the wrong one.
/// </para>
/// </summary>
internal sealed class PackageKnobs
{
    private readonly int[] _dims;
    private readonly double[] _fixed;
    private readonly double[] _demand;
    private readonly double[] _oppose;

    private PackageKnobs(int[] dims, double[] tabled, double[] fix, double[] demand, double[] oppose)
    {
        _dims = dims;
        Tabled = tabled;
        _fixed = fix;
        _demand = demand;
        _oppose = oppose;
    }

    /// <summary>The recorded package's delivery of each searched issue, parallel to the search's issue dimensions.</summary>
    public double[] Tabled { get; }

    /// <summary>The number of members.</summary>
    public int Members => _fixed.Length;

    /// <summary>The searched issues' count.</summary>
    public int Count => _dims.Length;

    /// <summary>Member i's demand weight D_ij on the s-th searched issue (0 or 1 with the record's stances).</summary>
    public double Demand(int member, int s) => _demand[(member * _dims.Length) + s];

    /// <summary>Member i's opposition weight O_ij on the s-th searched issue.</summary>
    public double Opposition(int member, int s) => _oppose[(member * _dims.Length) + s];

    /// <summary>The package issues a search varies, or null when it varies none.</summary>
    /// <param name="session">The negotiation: its judge holds the record and the draft's package.</param>
    /// <param name="dimensions">The search's dimensions.</param>
    /// <exception cref="CampoException">An issue that is not on the draft's table (or a draft outside the record, which has no package); the message names --search and the allowed knobs.</exception>
    public static PackageKnobs? For(NegotiationSession session, IReadOnlyList<SearchDimension> dimensions)
    {
        var dims = Enumerable.Range(0, dimensions.Count).Where(d => dimensions[d].Knob == DraftKnob.Issue).ToArray();
        if (dims.Length == 0)
        {
            return null;
        }

        var judge = session.Judge;
        var package = judge.Package;
        foreach (var d in dims)
        {
            var issue = dimensions[d].Issue;
            if (issue is null || !package.ContainsKey(issue))
            {
                throw NotOnTable(session, issue ?? "issue");
            }
        }

        var issues = dims.Select(d => dimensions[d].Issue!).ToArray();
        var searched = issues.ToHashSet(StringComparer.Ordinal);
        var rest = package.Where(p => !searched.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var members = session.Setup.Members;
        var date = session.Setup.Date;
        var n = members.Length;
        var s = issues.Length;
        var fix = new double[n];
        var demand = new double[n * s];
        var oppose = new double[n * s];
        var tabled = issues.Select(i => package[i]).ToArray();
        for (var i = 0; i < n; i++)
        {
            var code = members[i].Id.Code;
            var coalitions = members[i].Coalitions;
            fix[i] = DecisionJudge.Link(judge.Record, rest, date, code, coalitions, null, judge.MarketAccess);
            for (var j = 0; j < s; j++)
            {
                demand[(i * s) + j] = -DecisionJudge.Link(judge.Record, One(issues[j], 0), date, code, coalitions, null, judge.MarketAccess);
                oppose[(i * s) + j] = -DecisionJudge.Link(judge.Record, One(issues[j], 1), date, code, coalitions, null, judge.MarketAccess);
            }
        }

        var knobs = new PackageKnobs(dims, tabled, fix, demand, oppose);
        for (var i = 0; i < n; i++)
        {
            var recorded = DecisionJudge.Link(judge.Record, package, date, members[i].Id.Code, members[i].Coalitions, null, judge.MarketAccess);
            var mine = knobs.Link(i, tabled);
            if (Math.Abs(recorded - mine) > 1e-9)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the package knobs' link ({mine}) differs from the decision model's ({recorded}) for {members[i].Id.Code}: the link's form changed, update PackageKnobs"));
            }
        }

        return knobs;
    }

    /// <summary>Member i's link with the searched issues delivered at <paramref name="values"/> (parallel to the issue dimensions).</summary>
    public double Link(int member, ReadOnlySpan<double> values)
    {
        var s = _dims.Length;
        var link = _fixed[member];
        for (var j = 0; j < s; j++)
        {
            var v = values[j];
            link += Math.Min(0, Math.Min(_demand[(member * s) + j] * (v - 1), -_oppose[(member * s) + j] * v));
        }

        return link;
    }

    /// <summary>Sets every member's link in <paramref name="features"/> for a draft's knob values (all dimensions, in order).</summary>
    public void Relink(ReadOnlySpan<double> draft, Span<MemberFeatures> features)
    {
        Span<double> values = stackalloc double[_dims.Length];
        for (var j = 0; j < _dims.Length; j++)
        {
            values[j] = Math.Clamp(draft[_dims[j]], 0, 1);
        }

        for (var i = 0; i < features.Length; i++)
        {
            features[i] = features[i] with { Link = Link(i, values) };
        }
    }

    private static Dictionary<string, double> One(string issue, double delivered) => new(StringComparer.Ordinal) { [issue] = delivered };

    private static CampoException NotOnTable(NegotiationSession session, string issue)
    {
        var package = session.Judge.Package.Keys.Order(StringComparer.Ordinal).ToArray();
        var tariffs = string.Join(", ", SearchDimension.Names.Keys);
        var why = session.Event is { } e
            ? "the package issue \"" + issue + "\" is not on the table of " + e.Code + " (data/negotiation/packages.csv)"
            : "this draft is not an event of the record (data/negotiation/events.csv), so it has no package whose issue \"" + issue + "\" could vary";
        var fix = package.Length > 0
            ? "search the draft parameters " + tariffs + " or this draft's package issues " + string.Join(", ", package)
            : "search the draft parameters " + tariffs;
        return new CampoException(why, fix, new SourceLocation(session.Draft.File, Field: "--search"));
    }
}
