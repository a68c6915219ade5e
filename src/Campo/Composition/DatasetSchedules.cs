using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Schedules;
using Campo.Schedules.Drafts;

namespace Campo.Composition;

/// <summary>
/// A member's schedule and treatment from the dataset, for members without a line-level schedule: one pseudo-line
/// per commodity of its market region at IMPACT's applied tariff equivalent, with the cited bound rate where one
/// exists and the dataset's stated assumption in its place otherwise.
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
        var bound = dataset.BoundTariff(member, record.Commodity);
        var fact = bound.Facts.Where(f => f.Bound is not null)
            .OrderByDescending(f => f.Year == "final")
            .ThenByDescending(f => f.Year, StringComparer.Ordinal)
            .FirstOrDefault();
        var trade = new Usd(record.Imports.Value * dataset.WorldPrice(record.Commodity)!.Value.Value);

        // A cited bound rate below the applied equivalent (different years, or an AVE of another product mix)
        // cannot bind below what is applied: the applied rate is taken as the floor.
        return fact is null
            ? new CommodityTariffRecord(member, record.Commodity, applied, null, bound.Assumption, trade)
            : new CommodityTariffRecord(member, record.Commodity, applied, Rate.Max(fact.Bound!.Value, applied), fact.Provenance, trade);
    }
}
