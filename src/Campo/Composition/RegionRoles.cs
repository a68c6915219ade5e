using Campo.Data;
using Campo.Domain;

namespace Campo.Composition;

/// <summary>
/// Who speaks for a market region on a date. A region's border policy follows one WTO member, its lead: the
/// region itself when it is a member (EUN, the European Union), otherwise the first country of the region's
/// list that is a WTO member on the date (China for IMPACT's CHM; Switzerland for CHP). A region with no member
/// on the date (Russia before 2012) takes on no commitment.
/// </summary>
/// <param name="Region">The market region.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Lead">The member whose commitments set the region's policy, or null for a non-member region.</param>
/// <param name="Status">The lead member's development status on the date, or null.</param>
/// <param name="RecentlyAcceded">True when the lead joined under Article XII (not an original member).</param>
/// <param name="Represented">The WTO members on the date whose market is (part of) this region.</param>
/// <param name="Groups">The groups the region is counted in: status, coalitions of its lead, net food importers.</param>
public sealed record RegionRole(
    MemberId Region,
    string Name,
    MemberId? Lead,
    DevelopmentStatus? Status,
    bool RecentlyAcceded,
    IReadOnlyList<MemberId> Represented,
    IReadOnlyList<string> Groups);

/// <summary>Builds the <see cref="RegionRole"/> of every market region on a date, and the groups used to sum results.</summary>
public static class RegionRoles
{
    /// <summary>Group of regions whose lead is developed.</summary>
    public const string Developed = "developed";

    /// <summary>Group of regions whose lead is a self-designated developing member.</summary>
    public const string Developing = "developing";

    /// <summary>Group of regions whose lead is a least-developed country.</summary>
    public const string LeastDeveloped = "least developed";

    /// <summary>Group of regions with no WTO member on the date.</summary>
    public const string NonMembers = "non-members";

    /// <summary>
    /// Group of regions whose lead is a developing (not least-developed) member and that imported more food than
    /// they exported in the 2005 base, valued at world prices, over the model's commodities except cotton. The WTO's
    /// list of net food-importing developing countries (the Committee on Agriculture's G/AG/5/Rev.x, under the
    /// Marrakesh Decision) is what drafts mean; no source the project could read carries that list (searched in
    /// issue 12), so the group is computed, restricted to developing members as the WTO's is (developed importers
    /// such as Japan are not NFIDCs; LDCs have their own group), and its name in every report says so.
    /// </summary>
    public const string NetFoodImporters = "net food importers";

    /// <summary>Roles of every market region of the dataset on <paramref name="date"/>.</summary>
    public static IReadOnlyList<RegionRole> At(Dataset dataset, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var members = dataset.MembersAt(date).ToDictionary(m => m.Id);
        var coalitionsOf = dataset.Coalitions
            .SelectMany(c => c.Members.Where(m => m.Id is not null).Select(m => (Member: m.Id!.Value, c.Code)))
            .ToLookup(x => x.Member, x => x.Code);
        var netFoodImporters = NetFoodImportingRegions(dataset);
        var roles = new List<RegionRole>(dataset.Regions.Count);
        foreach (var region in dataset.Regions)
        {
            Member? lead = members.GetValueOrDefault(region.Id);
            if (lead is null)
            {
                foreach (var country in region.Countries)
                {
                    if (MemberId.TryParse(country, out var id) && members.TryGetValue(id, out var candidate))
                    {
                        lead = candidate;
                        break;
                    }
                }
            }

            var represented = members.Values.Where(m => m.Region == region.Id).Select(m => m.Id).Order().ToArray();
            var status = lead?.StatusAt(date);
            var groups = new List<string>
            {
                status switch
                {
                    DevelopmentStatus.Developed => Developed,
                    DevelopmentStatus.Developing => Developing,
                    DevelopmentStatus.LeastDeveloped => LeastDeveloped,
                    _ => NonMembers,
                },
            };
            if (status == DevelopmentStatus.Developing && netFoodImporters.Contains(region.Id))
            {
                groups.Add(NetFoodImporters);
            }

            if (lead is not null)
            {
                groups.AddRange(coalitionsOf[lead.Id]);
            }

            roles.Add(new RegionRole(region.Id, region.Name, lead?.Id, status, lead is { OriginalMember: false }, represented, groups));
        }

        return roles;
    }

    private static HashSet<MemberId> NetFoodImportingRegions(Dataset dataset)
    {
        var cotton = new CommodityId("cott");
        return dataset.BaseRecords
            .Where(r => r.Commodity != cotton && dataset.WorldPrice(r.Commodity) is not null)
            .GroupBy(r => r.Region)
            .Where(g => g.Sum(r => (r.Exports.Value - r.Imports.Value) * dataset.WorldPrice(r.Commodity)!.Value.Value) < 0)
            .Select(g => g.Key)
            .ToHashSet();
    }
}
