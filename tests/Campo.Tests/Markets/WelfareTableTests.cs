using Campo.Domain;
using Campo.Markets;

namespace Campo.Tests.Markets;

public class WelfareTableTests
{
    private static readonly MemberId Mex = new("MEX");
    private static readonly MemberId Usa = new("USA");
    private static readonly MemberId Hti = new("HTI");
    private static readonly CommodityId Maize = new("maiz");
    private static readonly CommodityId Beans = new("bean");

    private static WelfareChange Change(double ps, double cs, double tariff = 0) =>
        new(new Usd(ps), new Usd(cs), new Usd(tariff), Usd.Zero, Usd.Zero, Usd.Zero);

    // Made-up rows; every expected figure below is their sum by hand.
    private static WelfareTable Table() => new(
    [
        new WelfareEntry(Mex, Maize, Change(-10, 25, -5)),
        new WelfareEntry(Mex, Beans, Change(-2, 3)),
        new WelfareEntry(Usa, Maize, Change(30, -4)),
        new WelfareEntry(Hti, Maize, Change(-1, 2)),
    ]);

    [Fact]
    public void Rows_sum_by_region_commodity_and_world()
    {
        var table = Table();
        Assert.Equal(-12, table.ForRegion(Mex).ProducerSurplus.Value);
        Assert.Equal(28 - 12 - 5, table.ForRegion(Mex).Total.Value);
        Assert.Equal(19 + 23 - 5, table.ForCommodity(Maize).Total.Value);
        Assert.Equal(17 + 26 - 5, table.World.Total.Value);
        Assert.Equal([Hti, Mex, Usa], table.ByRegion().Keys);
    }

    [Fact]
    public void Named_groups_sum_their_members_once_and_may_overlap()
    {
        var groups = new List<KeyValuePair<string, IReadOnlyCollection<MemberId>>>
        {
            new("net food importers", [Mex, Hti, Mex]),
            new("NAFTA", [Mex, Usa, new MemberId("CAN")]),
        };
        var sums = Table().ByGroup(groups);
        Assert.Equal("net food importers", sums[0].Key);
        Assert.Equal(-13 + 30 - 5, sums[0].Value.Total.Value);
        Assert.Equal(-12 + 30 + 24 - 5, sums[1].Value.Total.Value);
    }

    [Fact]
    public void A_grouping_function_sums_by_status_and_skips_regions_in_no_group()
    {
        IEnumerable<DevelopmentStatus> Status(MemberId m) => m == Usa ? [DevelopmentStatus.Developed] : m == Mex ? [DevelopmentStatus.Developing] : [];
        var sums = Table().ByGroup(Status);
        Assert.Equal(26, sums[DevelopmentStatus.Developed].Total.Value);
        Assert.Equal(11, sums[DevelopmentStatus.Developing].Total.Value);
        Assert.False(sums.ContainsKey(DevelopmentStatus.LeastDeveloped));
    }

    [Fact]
    public void A_region_and_commodity_may_appear_once() =>
        Assert.Throws<ArgumentException>(() => new WelfareTable([new WelfareEntry(Mex, Maize, WelfareChange.Zero), new WelfareEntry(Mex, Maize, WelfareChange.Zero)]));
}
