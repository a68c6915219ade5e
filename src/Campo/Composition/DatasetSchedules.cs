using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Schedules;
using Campo.Schedules.Drafts;

namespace Campo.Composition;

/// <summary>
/// A member's schedule and treatment from the dataset, for members without a line-level schedule: one pseudo-line
/// per commodity of its market region at IMPACT's applied tariff equivalent, with the bound rate resolved by
/// <see cref="BoundRates.Resolve"/> (a cited commodity bound, else the member's cited AoA product-group or
/// agricultural bound average, else the stated assumption bound = applied). Lines carry the commodity's imports
/// (the trade weight), production value and consumption (for tariff-quota expansion of sensitive products).
/// </summary>
public static class DatasetSchedules
{
    /// <summary>The commodity-level schedule of a member's region, under that member's name.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="member">The member whose bound-rate facts apply.</param>
    /// <param name="region">The market region whose applied tariffs are used.</param>
    public static MemberSchedule CommodityLevel(Dataset dataset, MemberId member, MemberId region)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var records = dataset.BaseOf(region)
            .Where(r => r.TariffEquivalent is not null && dataset.WorldPrice(r.Commodity) is not null)
            .Select(r => Record(dataset, member, r));
        return CommoditySchedule.Build(member, records, "the " + dataset.Origin + " dataset (IMPACT applied tariff equivalents, 2005)");
    }

    /// <summary>A member's schedule and treatment on a date, as <c>campo schedule</c> uses them without a schedule file.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="member">The member.</param>
    /// <param name="date">The date of its status.</param>
    /// <exception cref="CampoException">An unknown member, or one without market data.</exception>
    public static (MemberSchedule Schedule, MemberTreatment Treatment) ForMember(Dataset dataset, MemberId member, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var info = dataset.GetMember(member);
        if (info.Region is not { } region || info.Relation == RegionRelation.NoData)
        {
            throw new CampoException(
                "the dataset has no market data for " + member,
                "give the member's schedule with --schedule FILE",
                SourceLocation.OfField("member"));
        }

        var treatment = new MemberTreatment(info.StatusAt(date), SmallVulnerable: false, RecentlyAcceded: !info.OriginalMember);
        return (CommodityLevel(dataset, member, region), treatment);
    }

    private static CommodityTariffRecord Record(Dataset dataset, MemberId member, BaseRecord record)
    {
        var applied = record.TariffEquivalent!.Value;
        var price = dataset.WorldPrice(record.Commodity)!.Value.Value;
        var trade = new Usd(record.Imports.Value * price);
        var production = new Usd(record.Production.Value * price);
        var resolved = BoundRates.Resolve(dataset, member, record.Commodity, applied);
        return new CommodityTariffRecord(member, record.Commodity, applied, resolved.IsAssumed ? null : resolved.Bound, resolved.Provenance, trade)
        {
            ProductionValue = production,
            Consumption = record.TotalDemand,
        };
    }
}
