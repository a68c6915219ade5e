using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>How a member's payoff is obtained from the market regions.</summary>
public enum PayoffSource
{
    /// <summary>The member is a market region of its own.</summary>
    OwnRegion,

    /// <summary>The member is part of an aggregate region and shares its payoff (assumption).</summary>
    SharedRegion,

    /// <summary>An EU member state on the date: the European Union (EUN) speaks for it.</summary>
    RepresentedByEu,

    /// <summary>No market data: no payoff.</summary>
    NoData,
}

/// <summary>A WTO member present on the date, as the negotiation sees it.</summary>
/// <param name="Id">The member.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Status">Its development status on the date.</param>
/// <param name="Source">How its payoff is obtained.</param>
/// <param name="Region">The market region whose payoff it takes, or null.</param>
/// <param name="RepresentedBy">The member that speaks for it, or null.</param>
/// <param name="Coalitions">The coalitions it belongs to (every known coalition, not only those with a common position).</param>
/// <param name="Note">The assumption behind its payoff, in words, or null.</param>
public sealed record NegotiatingMember(
    MemberId Id,
    string Name,
    DevelopmentStatus Status,
    PayoffSource Source,
    MemberId? Region,
    MemberId? RepresentedBy,
    IReadOnlyList<string> Coalitions,
    string? Note);

/// <summary>
/// Everything about a negotiation that does not depend on the draft's numbers: the members present on the date and
/// where their payoffs come from, the coalitions and the staples.
/// </summary>
internal sealed class NegotiationSetup
{
    private NegotiationSetup(
        DateOnly date,
        NegotiatingMember[] members,
        IReadOnlyList<CoalitionBloc> blocs,
        IReadOnlyDictionary<string, CoalitionBloc> known,
        CommodityId[] staples,
        DecisionSettings settings,
        List<string> assumptions)
    {
        Date = date;
        Members = members;
        Blocs = blocs;
        Known = known;
        Staples = staples;
        Settings = settings;
        Assumptions = assumptions;
    }

    public DateOnly Date { get; }

    /// <summary>Members present on the date, by code.</summary>
    public NegotiatingMember[] Members { get; }

    /// <summary>The coalitions with a common position.</summary>
    public IReadOnlyList<CoalitionBloc> Blocs { get; }

    /// <summary>Every coalition known on the date (the dataset's and G90), by code.</summary>
    public IReadOnlyDictionary<string, CoalitionBloc> Known { get; }

    public CommodityId[] Staples { get; }

    public DecisionSettings Settings { get; }

    /// <summary>The assumptions behind the negotiation, in words, for every output.</summary>
    public List<string> Assumptions { get; }

    public static NegotiationSetup Build(Dataset dataset, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        var date = scenario.Base.MembersAt;
        var settings = scenario.Decision;
        var present = dataset.MembersAt(date).ToDictionary(m => m.Id);
        var known = KnownCoalitions(dataset, present, date);
        var eu = new MemberId("EUN");
        // The default list keeps the coalitions the dataset knows; a list written in the scenario must name known ones.
        var codes = settings.Coalitions ?? NegotiationDefaults.Coalitions.Where(known.ContainsKey).ToArray();
        var blocs = new List<CoalitionBloc>();
        foreach (var code in codes)
        {
            if (!known.TryGetValue(code, out var bloc))
            {
                throw new CampoException(
                    "unknown coalition \"" + code + "\"",
                    Suggestions.DidYouMean(code, known.Keys, "one of " + string.Join(", ", known.Keys)),
                    settings.Locations.GetValueOrDefault("coalitions") ?? new SourceLocation(scenario.File, Field: "decision.coalitions"));
            }

            blocs.Add(bloc);
        }

        var coalitionsOf = known.Values.SelectMany(b => b.Members.Select(m => (Member: m, b.Code)))
            .ToLookup(x => x.Member, x => x.Code);
        var members = present.Values.OrderBy(m => m.Id).Select(m =>
        {
            var status = m.StatusAt(date);
            var groups = coalitionsOf[m.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var (source, region, representative, note) = PayoffOf(m, date, eu, present.ContainsKey(eu));
            return new NegotiatingMember(m.Id, m.Name, status, source, region, representative, groups, note);
        }).ToArray();
        var assumptions = StateAssumptions(settings, blocs, members);
        return new NegotiationSetup(date, members, blocs, known, ResolveStaples(dataset, settings, scenario.File, assumptions), settings, assumptions);
    }

    private static (PayoffSource, MemberId?, MemberId?, string?) PayoffOf(Member m, DateOnly date, MemberId eu, bool euPresent)
    {
        if (m.IsEuMemberStateAt(date) && euPresent && m.Id != eu)
        {
            return (PayoffSource.RepresentedByEu, m.Region, eu, "an EU member state: the European Union (EUN) speaks for it and it objects only through the EU");
        }

        if (m.Region is not { } region || m.Relation == RegionRelation.NoData)
        {
            return (PayoffSource.NoData, null, null, "no market region in the dataset: no payoff");
        }

        return m.Relation switch
        {
            RegionRelation.Own => (PayoffSource.OwnRegion, region, null, null),
            RegionRelation.EuMemberState => (PayoffSource.SharedRegion, region, null, "not yet an EU member state on this date, but its market figures are summed into " + region + " (EU-25 in 2005): it shares the EU's payoff signs (assumption)"),
            _ => (PayoffSource.SharedRegion, region, null, "part of the aggregate region " + region + ": it shares the region's payoff and prices (assumption; its own share is unknown)"),
        };
    }

    private static Dictionary<string, CoalitionBloc> KnownCoalitions(Dataset dataset, Dictionary<MemberId, Member> present, DateOnly date)
    {
        var known = new Dictionary<string, CoalitionBloc>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in dataset.Coalitions)
        {
            var members = c.Members.Where(m => m.Id is { } id && m.IsWtoMember && present.ContainsKey(id)).Select(m => m.Id!.Value).Distinct().Order().ToArray();
            var vintage = c.VintageDate > date ? " (list of " + c.Vintage + ", after this date: the closest verified list)" : " (list of " + c.Vintage + ")";
            known[c.Code] = new CoalitionBloc(c.Code, c.Name, members, c.Source.Source + vintage);
        }

        if (known.TryGetValue("ACP", out var acp) && known.TryGetValue("AFRICAN", out var african) && known.TryGetValue("LDC", out var ldc))
        {
            var g90 = acp.Members.Union(african.Members).Union(ldc.Members).Distinct().Order().ToArray();
            known["G90"] = new CoalitionBloc(
                "G90",
                "G-90 (ACP, African Group and LDCs)",
                g90,
                "the union of the ACP (" + Vintage(dataset, "ACP") + "), the African Group (" + Vintage(dataset, "AFRICAN") + ") and the LDCs (" + Vintage(dataset, "LDC") + "), as AFP described the G-90 formed at Cancún (reference §1.4, [V])");
        }

        return known;
    }

    private static string Vintage(Dataset dataset, string code) => "list of " + dataset.GetCoalition(code).Vintage;

    private static CommodityId[] ResolveStaples(Dataset dataset, DecisionSettings settings, string file, List<string> assumptions)
    {
        if (settings.Staples is not { } names)
        {
            assumptions.Add("Food staples: " + string.Join(", ", NegotiationDefaults.Staples.Select(s => dataset.FindCommodity(s)?.Name ?? s.Code)) + ". Source: " + NegotiationDefaults.StaplesSource + ".");
            return [.. NegotiationDefaults.Staples];
        }

        var staples = new List<CommodityId>();
        foreach (var name in names)
        {
            try
            {
                staples.Add(dataset.ResolveCommodity(name).Id);
            }
            catch (CampoException error)
            {
                throw new CampoException(error.Problem, error.Expected, settings.Locations.GetValueOrDefault("staples") ?? new SourceLocation(file, Field: "decision.staples"));
            }
        }

        assumptions.Add("Food staples as the scenario lists them: " + string.Join(", ", staples) + ".");
        return [.. staples.Distinct()];
    }

    private static List<string> StateAssumptions(DecisionSettings settings, List<CoalitionBloc> blocs, NegotiatingMember[] members)
    {
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        var list = new List<string>
        {
            "Decision rule: consensus (Marrakesh Agreement Art. IX:1): the draft passes only if no member present objects.",
            "Decision model: estimated on the record of WTO agricultural decisions (docs/models/negotiation.md §2-3; campo negotiate --validate): a member is dissatisfied when its index from its farmers' and exporters' payoffs relative to its farm output, its red lines on products that matter to it and the package's shortfall on the issues it stated is above 0; a coalition objects when its pivotal member is dissatisfied; a member outside an objecting coalition blocks alone only with a large share of world farm trade and when what the draft does to its own farmers and exporters (red lines included) dissatisfies it.",
            "Payoffs are measured against " + (settings.Baseline is { } b ? "the baseline scenario " + b : "the status quo (the 2005 base)") + ".",
            Count(members.Count(m => m.Source == PayoffSource.SharedRegion)) + " members share the payoff of an aggregate market region (for example Hong Kong, Macao and Chinese Taipei in CHM): they take its payoff signs, an assumption.",
            Count(members.Count(m => m.Source == PayoffSource.RepresentedByEu)) + " EU member states object only through the European Union (EUN), which the Commission speaks for.",
            NoData(members.Count(m => m.Source == PayoffSource.NoData)),
            "Coalitions with a common position: " + string.Join(", ", blocs.Select(b => b.Code)) + ", and the coalitions whose positions the record states.",
        };
        list.AddRange(blocs.Select(b => b.Code + ": " + b.Source + "."));
        return list;
    }

    private static string NoData(int count) => count == 1
        ? "1 member has no market data: only the package's issues count for it; it objects with an objecting coalition (assumption)."
        : count.ToString(CultureInfo.InvariantCulture) + " members have no market data: only the package's issues count for them; they object with an objecting coalition (assumption).";
}
