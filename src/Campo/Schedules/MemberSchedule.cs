using Campo.Domain;
using Campo.Errors;

namespace Campo.Schedules;

/// <summary>How detailed a schedule is, which every output states.</summary>
public enum ScheduleLevel
{
    /// <summary>Tariff lines as scheduled (national lines or HS6).</summary>
    TariffLine,

    /// <summary>HS6 subheadings, each the simple average of the national lines under it (as WITS reports them).</summary>
    Hs6Average,

    /// <summary>Model commodities, each one pseudo-line standing for all its tariff lines.</summary>
    Commodity,
}

/// <summary>A member's agricultural schedule: its lines, how detailed they are, and where they come from.</summary>
/// <param name="Member">The member.</param>
/// <param name="Lines">The lines; identifiers are unique.</param>
/// <param name="Level">How detailed the lines are.</param>
/// <param name="Source">Where the schedule comes from (file, dataset).</param>
/// <param name="Notes">What readers must know about the data (lines left out, assumptions), in words.</param>
public sealed record MemberSchedule(MemberId Member, IReadOnlyList<TariffLine> Lines, ScheduleLevel Level, string Source, IReadOnlyList<string> Notes);

/// <summary>One commodity's tariff for a member, as the dataset holds it.</summary>
/// <param name="Member">The member.</param>
/// <param name="Commodity">The model commodity.</param>
/// <param name="Applied">The applied ad valorem (equivalent) rate.</param>
/// <param name="Bound">The bound rate, or null when unknown.</param>
/// <param name="BoundProvenance">Where the bound rate comes from; when <paramref name="Bound"/> is null, the assumption used in its place (for example "bound rate unknown: applied rate used").</param>
/// <param name="TradeValue">Imports of the commodity, the trade weight; or null.</param>
public sealed record CommodityTariffRecord(MemberId Member, CommodityId Commodity, Rate Applied, Rate? Bound, Provenance BoundProvenance, Usd? TradeValue = null)
{
    /// <summary>Production at world prices, a tie-break of designation (see <see cref="DesignationOrder"/>); or null.</summary>
    public Usd? ProductionValue { get; init; }

    /// <summary>Domestic consumption, for tariff-quota expansion of sensitive products; or null.</summary>
    public Tonnes? Consumption { get; init; }
}

/// <summary>
/// Builds a commodity-level schedule: one pseudo-line per model commodity, for members the dataset has no line-level
/// schedule for. Every output of such a schedule says the analysis is at the commodity level: a formula applied to a
/// commodity's average rate is not the average of the formula applied to its lines (the tiered formula and the cap
/// are not linear), so results are indicative.
/// </summary>
public static class CommoditySchedule
{
    /// <summary>The note every commodity-level result carries.</summary>
    public const string LevelNote = "commodity level: each commodity is one pseudo-line at its average rate, not the member's tariff lines; a formula applied to an average is not the average of the formula applied to the lines, so results are indicative";

    /// <summary>Builds the schedule of one member from its records.</summary>
    /// <param name="member">The member.</param>
    /// <param name="records">The member's records (records of other members are an error).</param>
    /// <param name="source">Where the records come from, for reports.</param>
    /// <exception cref="CampoException">A record of another member, or a commodity listed twice.</exception>
    public static MemberSchedule Build(MemberId member, IEnumerable<CommodityTariffRecord> records, string source)
    {
        ArgumentNullException.ThrowIfNull(records);
        var lines = new List<TariffLine>();
        var seen = new HashSet<CommodityId>();
        var assumed = 0;
        foreach (var record in records)
        {
            if (record.Member != member)
            {
                throw new CampoException(Messages.Fill(Messages.Schedule_OtherMembersRecord, record.Member, member), Messages.Text(Messages.Schedule_OwnRecordsOnly), new SourceLocation(source, Field: "member"));
            }

            if (!seen.Add(record.Commodity))
            {
                throw new CampoException(Messages.Fill(Messages.Schedule_CommodityTwice, record.Commodity, member), Messages.Text(Messages.Schedule_OneTariffPerCommodity), new SourceLocation(source, Field: "commodity"));
            }

            if (record.Bound is null)
            {
                assumed++;
            }

            lines.Add(new TariffLine
            {
                Id = record.Commodity.Code,
                Commodity = record.Commodity,
                Group = record.Commodity.Code,
                Bound = Duty.Ad(record.Bound ?? record.Applied),
                BoundProvenance = record.BoundProvenance,
                Applied = Duty.Ad(record.Applied),
                TradeValue = record.TradeValue,
                ProductionValue = record.ProductionValue,
                Consumption = record.Consumption,
            });
        }

        lines.Sort(DesignationOrder.Compare);

        var notes = new List<string> { LevelNote };
        if (assumed > 0)
        {
            notes.Add(assumed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " commodities have no known bound rate: the stated assumption stands in for it");
        }

        return new MemberSchedule(member, lines, ScheduleLevel.Commodity, source, notes);
    }
}
