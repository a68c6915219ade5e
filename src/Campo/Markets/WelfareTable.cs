using System.Diagnostics;
using Campo.Domain;

namespace Campo.Markets;

/// <summary>One row of a welfare table: a region's welfare change on one commodity's market.</summary>
/// <param name="Region">The region.</param>
/// <param name="Commodity">The commodity (for the Armington model, the product the model was built for).</param>
/// <param name="Change">The welfare change and its components.</param>
public sealed record WelfareEntry(MemberId Region, CommodityId Commodity, WelfareChange Change);

/// <summary>
/// Welfare changes by region and commodity, shared by the world market and the Armington model, with sums by
/// region, by commodity, over the world, and over any grouping of regions the caller passes (coalitions,
/// developed, developing, LDC, net food importers).
/// </summary>
public sealed class WelfareTable
{
    private readonly WelfareEntry[] _entries;

    /// <summary>Creates a table from its rows.</summary>
    /// <param name="entries">Rows; a (region, commodity) pair may appear once at most.</param>
    /// <exception cref="ArgumentException">A (region, commodity) pair appears twice.</exception>
    public WelfareTable(IEnumerable<WelfareEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        var seen = new HashSet<(MemberId, CommodityId)>();
        foreach (var entry in _entries)
        {
            if (!seen.Add((entry.Region, entry.Commodity)))
            {
                throw new ArgumentException($"The welfare table has two rows for {entry.Region} and {entry.Commodity}.", nameof(entries));
            }
        }
    }

    /// <summary>Creates a table from rows the caller knows to be distinct (the engines' own results).</summary>
    internal WelfareTable(WelfareEntry[] entries, bool distinct)
    {
        Debug.Assert(distinct, "Only for rows known to be distinct.");
        _entries = entries;
    }

    /// <summary>Every row, in the order given.</summary>
    public IReadOnlyList<WelfareEntry> Entries => _entries;

    /// <summary>The world total: every region and commodity.</summary>
    public WelfareChange World => Sum(_ => true);

    /// <summary>A region's change summed over all commodities (zero when the region has no row).</summary>
    public WelfareChange ForRegion(MemberId region) => Sum(e => e.Region == region);

    /// <summary>A commodity's change summed over all regions (zero when the commodity has no row).</summary>
    public WelfareChange ForCommodity(CommodityId commodity) => Sum(e => e.Commodity == commodity);

    /// <summary>Each region's change summed over commodities, ordered by region code.</summary>
    public IReadOnlyDictionary<MemberId, WelfareChange> ByRegion() => GroupBy(e => e.Region);

    /// <summary>Each commodity's change summed over regions, ordered by commodity code.</summary>
    public IReadOnlyDictionary<CommodityId, WelfareChange> ByCommodity() => GroupBy(e => e.Commodity);

    /// <summary>
    /// Sums over groups of regions. A region may belong to several groups (a member of the G-20 and of the
    /// Cairns Group) or to none; groups that contain no region of the table sum to zero.
    /// </summary>
    /// <param name="groups">Group name to its member regions.</param>
    /// <returns>Each group's total, in the order the groups were given.</returns>
    public IReadOnlyList<KeyValuePair<string, WelfareChange>> ByGroup(IEnumerable<KeyValuePair<string, IReadOnlyCollection<MemberId>>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var byRegion = ByRegion();
        var result = new List<KeyValuePair<string, WelfareChange>>();
        foreach (var (name, members) in groups)
        {
            var total = WelfareChange.Zero;
            foreach (var member in members.Distinct())
            {
                if (byRegion.TryGetValue(member, out var change))
                {
                    total += change;
                }
            }

            result.Add(new(name, total));
        }

        return result;
    }

    /// <summary>
    /// Sums over groups given as a function from a region to the groups it belongs to: none, one (its
    /// development status) or several (the coalitions it is a member of).
    /// </summary>
    /// <remarks>Groups are ordered by the default comparer of <typeparamref name="TGroup"/>, which must be comparable.</remarks>
    /// <param name="groupsOf">The groups of each region.</param>
    /// <returns>Each group's total; groups no region belongs to are absent.</returns>
    public IReadOnlyDictionary<TGroup, WelfareChange> ByGroup<TGroup>(Func<MemberId, IEnumerable<TGroup>> groupsOf)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(groupsOf);
        var result = new SortedDictionary<TGroup, WelfareChange>();
        foreach (var (region, change) in ByRegion())
        {
            foreach (var group in groupsOf(region).Distinct())
            {
                result[group] = result.TryGetValue(group, out var sum) ? sum + change : change;
            }
        }

        return result;
    }

    private WelfareChange Sum(Func<WelfareEntry, bool> select)
    {
        var total = WelfareChange.Zero;
        foreach (var entry in _entries)
        {
            if (select(entry))
            {
                total += entry.Change;
            }
        }

        return total;
    }

    private SortedDictionary<TKey, WelfareChange> GroupBy<TKey>(Func<WelfareEntry, TKey> key)
        where TKey : notnull
    {
        var result = new SortedDictionary<TKey, WelfareChange>();
        foreach (var entry in _entries)
        {
            var k = key(entry);
            result[k] = result.TryGetValue(k, out var sum) ? sum + entry.Change : entry.Change;
        }

        return result;
    }
}
