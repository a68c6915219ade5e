using System.Globalization;
using Campo.Data.Csv;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Data;

/// <summary>A member's bound rate on a commodity as a model uses it, with where it comes from.</summary>
/// <param name="Bound">The bound rate; never below the applied rate it was resolved against.</param>
/// <param name="Source">Which rule gave it.</param>
/// <param name="Provenance">The citation, or the labelled rule or assumption (flagged in every output).</param>
public sealed record ResolvedBound(Rate Bound, BoundSource Source, Provenance Provenance)
{
    /// <summary>True when no cited bound figure exists for the member and the applied rate stands in for it.</summary>
    public bool IsAssumed => Source == BoundSource.AppliedAssumed;
}

/// <summary>
/// Resolves a member's bound tariff on a commodity, in this order (docs/models/schedules.md, "Bound rates and water"):
/// <list type="number">
/// <item>a cited commodity-level bound rate (tariff_facts.csv; the final binding first, then the newest year);</item>
/// <item>the member's cited bound simple average of the commodity's AoA product group (World Tariff Profiles, Part A.2), never below the applied rate;</item>
/// <item>the member's cited bound simple average on all agricultural products (World Tariff Profiles Part A.1, FAO case studies), never below the applied rate;</item>
/// <item>otherwise the applied rate itself, a labelled assumption (dataset assumption bound-unknown): no water.</item>
/// </list>
/// Rules 2 and 3 read t_b = max(t_a, B̄): a member's lines are mostly bound near its ceiling bindings (India binds most
/// agricultural lines at 100% or 150%, World Tariff Profiles 2022), so its average is a better guess for a line than
/// a scaled applied rate, which would give a zero bound wherever the applied rate is zero. A cited commodity bound
/// below the applied equivalent of the 2005 base (a fact of another year or product mix) is raised to the applied
/// rate and labelled.
/// </summary>
public static class BoundRates
{
    /// <summary>The columns of bound_averages.csv.</summary>
    public static readonly string[] Columns = ["member", "product_group", "bound_pct", "applied_pct", "applied_year", "source"];

    /// <summary>Resolves the bound rate of <paramref name="member"/> on <paramref name="commodity"/> against its applied rate.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="member">The member whose schedule binds the rate.</param>
    /// <param name="commodity">The commodity.</param>
    /// <param name="applied">The applied rate (the region's 2005 tariff equivalent).</param>
    public static ResolvedBound Resolve(Dataset dataset, MemberId member, CommodityId commodity, Rate applied)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var fact = dataset.BoundTariff(member, commodity).Facts
            .OrderByDescending(f => f.Year == "final")
            .ThenByDescending(f => f.Year, StringComparer.Ordinal)
            .FirstOrDefault();
        if (fact is { Bound: { } cited })
        {
            return cited.Fraction >= applied.Fraction
                ? new ResolvedBound(cited, BoundSource.CommodityFact, fact.Provenance)
                : new ResolvedBound(applied, BoundSource.CommodityFact, Provenance.Assumed(string.Create(CultureInfo.InvariantCulture, $"cited bound {cited} ({fact.Year}; {fact.Provenance.Source}) is below the 2005 applied equivalent {applied}: the applied rate is taken as the bound")));
        }

        var group = AoaProductGroups.Of(commodity);
        foreach (var g in new[] { group, AoaProductGroup.AllAgricultural })
        {
            var average = dataset.BoundAverages.FirstOrDefault(a => a.Member == member && a.Group == g);
            if (average is not null)
            {
                var source = g == AoaProductGroup.AllAgricultural ? BoundSource.AgricultureAverage : BoundSource.GroupAverage;
                var text = string.Create(CultureInfo.InvariantCulture, $"bound rate = {member}'s bound simple average on {AoaProductGroups.Label(g)} ({average.Bound}; {average.Provenance.Source}), never below the applied rate: no commodity-level bound is cited");
                return new ResolvedBound(Rate.Max(average.Bound, applied), source, Provenance.Assumed(text));
            }
        }

        return new ResolvedBound(applied, BoundSource.AppliedAssumed, Provenance.Assumed(dataset.Assumption("bound-unknown").Text));
    }

    /// <summary>Reads bound_averages.csv.</summary>
    /// <exception cref="CampoException">An unknown product group, a negative rate, a bound below the applied average, a row without a source, or a member and group listed twice; the message names file, line and field.</exception>
    internal static List<BoundAverage> Read(CsvTable t)
    {
        var list = new List<BoundAverage>();
        var seen = new HashSet<(MemberId, AoaProductGroup)>();
        foreach (var r in t.Records)
        {
            var member = t.Member(r, "member");
            var label = t.Required(r, "product_group");
            var group = AoaProductGroups.FromLabel(label)
                ?? throw new CampoException(Messages.Fill(Messages.Data_NotAoaGroup, member, label), Suggestions.DidYouMean(label, Enum.GetValues<AoaProductGroup>().Select(AoaProductGroups.Label), Messages.Text(Messages.Data_AoaGroupFix)), t.Where(r, "product_group"));
            var context = $"member {member}, {label}";
            var bound = t.Number(r, "bound_pct", context);
            if (bound < 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_NegativeRate, context, "bound_pct", bound), Messages.Text(Messages.Data_RateFix), t.Where(r, "bound_pct"));
            }

            var applied = t.OptionalNumber(r, "applied_pct", context);
            if (applied is { } a && a < 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_NegativeRate, context, "applied_pct", a), Messages.Text(Messages.Data_RateFix), t.Where(r, "applied_pct"));
            }

            if (applied is { } ap && bound < ap)
            {
                throw new CampoException(
                    Messages.Fill(Messages.Data_BoundAverageBelowApplied, context, bound, ap),
                    Messages.Text(Messages.Data_BoundAverageBelowAppliedFix),
                    t.Where(r, "bound_pct"));
            }

            if (!seen.Add((member, group)))
            {
                throw new CampoException(Messages.Fill(Messages.Data_ListedTwice, context), Messages.Text(Messages.Data_OneRowPerMemberGroup), t.Where(r, "product_group"));
            }

            var source = t.Text(r, "source");
            if (source.Length == 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_RateNoSource, context), Messages.Text(Messages.Data_CiteFigures), t.Where(r, "source"));
            }

            list.Add(new BoundAverage(member, group, Rate.FromPercent(bound), applied is { } x ? Rate.FromPercent(x) : null, t.Text(r, "applied_year"), Provenance.Cited(source)));
        }

        return list;
    }
}
