using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Tests.Evaluation;

/// <summary>A draft's cut of the de minimis level (docs/models/support.md §2; TN/AG/W/4/Rev.4 as the reference reports it).</summary>
public class DeMinimisCutTests
{
    private const string Header = """
        schema = 1
        title = "test"
        kind = "multilateral"

        [base]
        members_at = 2003-09-14

        """;

    private static readonly Dataset Data = DatasetLoader.LoadDefault();

    private static AppliedDraft Apply(string body)
    {
        var scenario = ScenarioReader.Read(Header + body, "test.toml");
        return DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt));
    }

    [Fact]
    public void A_de_minimis_cut_brings_a_developed_members_support_into_its_current_ams()
    {
        // EUN chickpeas (data/default/base_2005.csv): PSE 0.074600, CSE -0.186400 (no consumer-paid part), a net
        // importer (exports 0.106 < imports 105.905 kt) with tariff equivalent 0.044234: MPS = 0.044234, budgetary
        // 0.030366, share of the value of production 0.030366 / 1.074600 = 2.83%: within 5% (Article 6.4(a)), outside
        // 2.5% (a 50% cut of the level).
        var chickpeas = new CommodityId("chkp");
        var split = SupportPolicy.Split(Data, Data.Base(new MemberId("EUN"), chickpeas)!);
        Assert.Equal(0.030366, split.Budgetary, 6);
        Assert.Equal(0.028258, split.Budgetary / (1 + split.Pse), 6);

        var before = Apply("[domestic_support.developed]\ncut = 60\n").Commitments.Single(c => c.Role.Region.Code == "EUN").Ams!;
        var applied = Apply("[domestic_support.developed]\ncut = 60\nde_minimis_cut = 50\n");
        var eu = applied.Commitments.Single(c => c.Role.Region.Code == "EUN").Ams!;
        Assert.Contains(chickpeas, before.DeMinimisCommodities);
        Assert.DoesNotContain(chickpeas, eu.DeMinimisCommodities);
        Assert.Equal(0.025, eu.DeMinimisLevel, 12);

        // Hand calculation: the support of the EU's markets whose share lies in (2.5%, 5%] joins the cited current total
        // AMS (USD 42,818.04 m for 2005, HC 246 Table 2): current' = 42,818.04 m + that support; ceiling 83,664 x 0.4 =
        // 33,465.6 m; applied cut = (current' - ceiling) / current'.
        var leaves = Data.BaseOf(new MemberId("EUN"))
            .Where(r => Data.WorldPrice(r.Commodity) is not null && SupportPolicy.ProducerWedge(Data, r) > 0)
            .Select(r => (Record: r, Split: SupportPolicy.Split(Data, r), Wedge: SupportPolicy.ProducerWedge(Data, r)))
            .Where(x => x.Wedge / (1 + x.Split.MarketPriceSupport + x.Wedge) is > 0.025 and <= 0.05)
            .Sum(x => x.Wedge * x.Record.Production.Value * Data.WorldPrice(x.Record.Commodity)!.Value.Value);
        Assert.True(leaves > 0);
        Assert.Equal(leaves, eu.LeavesDeMinimisUsd, 3);
        var current = 42_818.0e6 + leaves; // stored to one decimal of a million
        var expected = (current - (83_664e6 * 0.4)) / current;
        Assert.Equal(expected, eu.AppliedCut, 9);
        Assert.True(eu.AppliedCut > before.AppliedCut);

        // Chickpeas are now cut like any AMS-counted market; potatoes (share 0.78%) stay de minimis at 2.5%.
        var change = applied.Shock.Changes.Single(c => c.Region.Code == "EUN" && c.Commodity == chickpeas);
        Assert.Equal(0.030366 * (1 - expected), change.ProducerSupport!.Value.Fraction, 6);
        Assert.Contains(new CommodityId("pota"), eu.DeMinimisCommodities);
        Assert.Contains("de minimis level by 50%", eu.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_developing_member_with_no_ams_commitments_keeps_its_de_minimis_under_the_drafts_cut()
    {
        // Working Document No. 7 (De minimis, 2007) and the chair's draft of 17 July 2007: developing members with no
        // AMS commitments "continue to have the same access" to the de minimis of Article 6.4(b); only developing members
        // with AMS commitments cut theirs (by two-thirds of the developed rate). The Philippines (developing, no bound
        // total AMS in the data: the labelled assumption). PHL rice (data/default/base_2005.csv): PSE 0.270000, CSE
        // -0.270000, a net importer with tariff equivalent 0.178167: MPS 0.178167, budgetary w = 0.091833, share
        // 0.091833 / 1.27 = 7.23%: within 10%, and it stays within 10% because the cut of the level does not apply.
        // (Before the exemption the model capped it at 6.67%: w' = 0.084155.)
        var rice = new CommodityId("rice");
        var applied = Apply("[domestic_support.developing]\nde_minimis_cut = 33.333333333333336\n");
        var philippines = applied.Commitments.Single(c => c.Role.Region.Code == "PHL").Ams!;
        Assert.True(philippines.NoFinalBound);
        Assert.True(philippines.DeMinimisCutWaived);
        Assert.Equal(0.10, philippines.DeMinimisLevel, 12);
        Assert.Equal(0, philippines.DeMinimisCut);
        Assert.Equal(0, philippines.LeavesDeMinimisUsd);
        Assert.Contains(rice, philippines.DeMinimisCommodities);
        Assert.Equal(1, philippines.Keep(rice));
        Assert.DoesNotContain(applied.Shock.Changes, c => c.Region.Code == "PHL" && c.ProducerSupport is not null);
        Assert.Contains("Working Document No. 7", philippines.Describe(), StringComparison.Ordinal);

        // India's cited nil bound: exempt as well.
        var india = applied.Commitments.Single(c => c.Role.Region.Code == "IND").Ams!;
        Assert.True(india.DeMinimisCutWaived);

        // A developing member WITH a cited bound is not exempt: Brazil (Total AMS commitment level US$ 1,010.9 m,
        // G/AG/N/BRA/13) takes the cut of its level to 6.67%.
        var brazil = applied.Commitments.Single(c => c.Role.Region.Code == "BRA").Ams!;
        Assert.False(brazil.DeMinimisCutWaived);
        Assert.Equal(0.1 * (1 - (1 / 3.0)), brazil.DeMinimisLevel, 12);

        // No draft's de minimis cut: nothing is waived.
        Assert.False(Apply("[domestic_support.developing]\ncut = 20\n").Commitments.Single(c => c.Role.Region.Code == "PHL").Ams!.DeMinimisCutWaived);
    }

    [Fact]
    public void A_zero_de_minimis_cut_changes_nothing_and_a_deeper_cut_never_counts_less_support()
    {
        // Invariants: a 0% cut leaves the commitment as it was; the lower the level, the more support is counted.
        var eu = new MemberId("EUN");
        var ams = AmsCommitment.Of(Data, eu, eu, Data.BaseOf(eu).Where(r => Data.WorldPrice(r.Commodity) is not null), DevelopmentStatus.Developed);
        var none = ams.Cut(Rate.FromPercent(40), Rate.FromPercent(0), 1);
        var plain = ams.Cut(Rate.FromPercent(40), 1);
        Assert.Equal(plain.AppliedCut, none.AppliedCut, 12);
        Assert.Equal(plain.DeMinimisUsd, none.DeMinimisUsd, 3);
        double previous = -1;
        foreach (var cut in new[] { 0.0, 25, 50, 75, 100 })
        {
            var c = ams.Cut(Rate.FromPercent(40), Rate.FromPercent(cut), 1);
            Assert.True(c.CurrentUsd >= previous);
            Assert.Equal(ams.DeMinimisUsd, c.DeMinimisUsd + c.LeavesDeMinimisUsd, 3);
            previous = c.CurrentUsd;
        }
    }

    [Fact]
    public void A_de_minimis_cut_above_100_percent_is_refused_naming_file_line_and_field()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Header + "[domestic_support.developed]\nde_minimis_cut = 120\n", "bad.toml"));
        Assert.Equal("bad.toml", error.Location!.File);
        Assert.Equal(8, error.Location.Line);
        Assert.Equal("domestic_support.developed.de_minimis_cut", error.Location.Field);
        Assert.Empty(ScenarioReader.Read(Header + "[domestic_support.developed]\ncut = 10\n", "ok.toml").DomesticSupport.DeMinimisCuts);
    }
}
