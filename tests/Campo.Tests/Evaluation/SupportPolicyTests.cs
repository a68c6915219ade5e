using Campo.Composition;
using Campo.Data;
using Campo.Data.Csv;
using Campo.Domain;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Scenarios;

namespace Campo.Tests.Evaluation;

/// <summary>Support as the Agreement on Agriculture defines it (docs/models/support.md): split, commitments, export subsidies, programmes.</summary>
public class SupportPolicyTests
{
    private const string Header = """
        schema = 1
        title = "test"
        kind = "multilateral"

        [base]
        members_at = 2003-09-14

        """;

    private static readonly Dataset Data = DatasetLoader.LoadDefault();

    private static DraftEvaluation Evaluate(string body, bool crossPrices = true) =>
        DraftEvaluator.Evaluate(ScenarioReader.Read(Header + body, "test.toml"), Data, new EvaluationOptions { Draws = 0 }, crossPrices);

    [Fact]
    public void Market_price_support_and_budgetary_support_add_up_to_the_pse()
    {
        // Invariant: wherever the data hold a positive PSE (and no cited programme replaces the budgetary part),
        // MPS + budgetary = PSE, and neither part is negative.
        var checkedMarkets = 0;
        foreach (var record in Data.BaseRecords.Where(r => r.ProducerSupport is { Fraction: > 0 } && Data.WorldPrice(r.Commodity) is not null))
        {
            var split = SupportPolicy.Split(Data, record);
            if (split.Programme is not null)
            {
                continue;
            }

            Assert.Equal(record.ProducerSupport!.Value.Fraction, split.MarketPriceSupport + split.Budgetary, 12);
            Assert.True(split.MarketPriceSupport >= 0 && split.Budgetary >= 0);
            checkedMarkets++;
        }

        Assert.True(checkedMarkets > 100);
    }

    [Fact]
    public void Japans_rice_support_is_market_price_support_paid_by_consumers_not_a_budget_line()
    {
        // IMPACT base row JPN rice (data/default/base_2005.csv): PSE 0.9999, CSE 0.9999, tariff equivalent 3.873686.
        // Hand calculation: consumer paid = 0.9999, border wedge = 3.873686, MPS = min(0.9999, max(3.873686, 0.9999))
        // = 0.9999, budgetary = 0.
        var rice = Data.Base(new MemberId("JPN"), new CommodityId("rice"))!;
        var split = SupportPolicy.Split(Data, rice);
        Assert.Equal(0.9999, split.MarketPriceSupport, 6);
        Assert.Equal(0, split.Budgetary, 12);
        Assert.Equal(0, SupportPolicy.ProducerWedge(Data, rice), 12);
    }

    [Fact]
    public void Cutting_consumer_paid_support_gives_the_treasury_nothing()
    {
        // Removing all of Japan's rice and dairy support, which consumers pay through the border measure (see above),
        // changes no wedge: the world stays at the base and Japan's treasury gains nothing.
        var evaluation = Evaluate("""
            [[domestic_support.commodity]]
            member = "JPN"
            commodity = "rice"
            cut = 100

            [[domestic_support.commodity]]
            member = "JPN"
            commodity = "milk"
            cut = 100
            """);
        var japan = evaluation.Regions.Single(r => r.Region.Code == "JPN");
        Assert.Equal(0, japan.Welfare.Government, 9);
        Assert.Equal(0, evaluation.World.Government, 9);
    }

    [Fact]
    public void A_support_cut_falls_on_the_budgetary_part_above_de_minimis_only()
    {
        // Cited (data/sources/domestic_support_notified.csv): EU final bound total AMS EUR 67.2 bn = USD 83,664 m
        // (HC 246 para. 29); current total AMS for 2005 EUR 34,392 m = USD 42,818.04 m (HC 246 Table 2, the MAFF
        // projection with Agenda 2000: price support 25,015 + other AMS support 9,377; both at EUR 1 = USD 1.245).
        // Hand calculation, a 60% cut: ceiling = 83,664 x 0.4 = 33,465.6; applied cut = (42,818.04 - 33,465.6) /
        // 42,818.04 = 0.21842...
        var scenario = ScenarioReader.Read(Header + "[domestic_support.developed]\ncut = 60\n", "test.toml");
        var applied = DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt));
        var eu = applied.Commitments.Single(c => c.Role.Region.Code == "EUN").Ams!;
        // (the dataset stores million USD to one decimal: 42,818.0)
        var expectedCut = (42_818.0 - (83_664 * 0.4)) / 42_818.0;
        Assert.Equal(0.218422, expectedCut, 6);
        Assert.Equal(expectedCut, eu.AppliedCut, 9);

        // A 40% cut (ceiling 50,198.4) stays above the 2005 current AMS: absorbed by the water in the bound, nothing cut.
        var mild = DraftApplication.Apply(ScenarioReader.Read(Header + "[domestic_support.developed]\ncut = 40\n", "test.toml"), Data, RegionRoles.At(Data, scenario.Base.MembersAt));
        Assert.Equal(0, mild.Commitments.Single(c => c.Role.Region.Code == "EUN").Ams!.AppliedCut);

        // EUN rapeseed oil (data/default/base_2005.csv): PSE 0.392870, CSE -0.052079 (no consumer-paid part), net
        // exporter with no export wedge: MPS 0, budgetary 0.392870, share of the value of production
        // 0.392870 / 1.392870 = 28% > 5%: in the AMS, cut by the applied share.
        var oil = Data.Base(new MemberId("EUN"), new CommodityId("rpol"))!;
        Assert.Equal(0.392870, SupportPolicy.Split(Data, oil).Budgetary, 6);
        var change = applied.Shock.Changes.Single(c => c.Region.Code == "EUN" && c.Commodity.Code == "rpol");
        Assert.Equal(0.392870 * (1 - expectedCut), change.ProducerSupport!.Value.Fraction, 6);

        // EUN potatoes: PSE 0.104514, CSE 0.095876, exports 6,870 > imports 6,147 kt with TE 0.000164: MPS =
        // min(0.104514, max(0.000164, 0.095876)) = 0.095876, budgetary 0.008638, share 0.008638 / (1 + 0.095876 +
        // 0.008638) = 0.78% <= 5%: de minimis (Article 6.4(a)), outside the AMS, not cut.
        var potatoes = new CommodityId("pota");
        Assert.Equal(0.008638, SupportPolicy.Split(Data, Data.Base(new MemberId("EUN"), potatoes)!).Budgetary, 6);
        Assert.Contains(potatoes, eu.DeMinimisCommodities);
        Assert.DoesNotContain(applied.Shock.Changes, c => c.Region.Code == "EUN" && c.Commodity == potatoes && c.ProducerSupport is not null);
        Assert.DoesNotContain(applied.Shock.Changes, c => c.Region.Code == "JPN" && c.Commodity.Code == "rice" && c.ProducerSupport is not null);
    }

    [Fact]
    public void A_developing_member_with_no_final_bound_total_ams_is_not_cut()
    {
        // India's Final Bound Total AMS is nil (cited row: negative base-period AMS, no reduction commitment). Before
        // this rule the model's budgetary support stood in for India's bound and Rev.4 cut it: India's treasury gained
        // +5.8 bn USD a year (docs/models/plausibility.md). Article 7.2(b): a member without a Total AMS commitment is
        // limited to de minimis; the draft's cut of a zero bound changes nothing.
        var india = new MemberId("IND");
        var scenario = ScenarioReader.ReadFile(Path.Combine(Campo.Tests.TestSupport.SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"), "scenarios/rev4-2008.toml", []);
        var applied = DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt));
        var ams = applied.Commitments.Single(c => c.Role.Region == india).Ams!;
        Assert.True(ams.NoFinalBound);
        Assert.Equal(0, ams.BoundUsd);
        Assert.Equal(0, ams.AppliedCut);
        Assert.Contains("citeman", ams.NoFinalBoundBasis, StringComparison.Ordinal);
        Assert.DoesNotContain(applied.Shock.Changes, c => c.Region == india && c.ProducerSupport is not null);

        // A developing member with no bound figure in the data is taken to have none (a labelled assumption).
        var philippines = applied.Commitments.Single(c => c.Role.Region.Code == "PHL").Ams!;
        Assert.True(philippines.NoFinalBound);
        Assert.Equal(AmsCommitment.NoBoundAssumption, philippines.NoFinalBoundBasis);
        Assert.Contains("assumption", philippines.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_developing_member_with_a_cited_bound_is_cut_only_below_its_ceiling()
    {
        // Korea's bound total AMS: 1.49 trillion won = US$1.2 bn (Yonhap, 29 July 2019). Hand calculation: a developing
        // cut of 2/3 x 55% = 36.67% leaves a ceiling of 1,200 x (1 - 0.3667) = 760 m USD; Korea's AMS-counted
        // support in the model is below it (its base budgetary support is 329 m USD), so nothing is cut. A 90% cut
        // leaves 120 m: the applied cut is (current - 120) / current.
        var korea = new MemberId("KOR");
        var ams = AmsCommitment.Of(Data, korea, korea, Data.BaseOf(korea), DevelopmentStatus.Developing);
        Assert.False(ams.NoFinalBound);
        Assert.Equal(1_200e6, ams.BoundUsd, 0);
        Assert.True(ams.CurrentUsd is > 0 and < 760e6);
        Assert.Equal(0, ams.Cut(new Rate(0.55 * 2 / 3), 1).AppliedCut, 12);
        Assert.Equal((ams.CurrentUsd - 120e6) / ams.CurrentUsd, ams.Cut(Rate.FromPercent(90), 1).AppliedCut, 9);
    }

    [Fact]
    public void Brazils_cited_commitment_level_replaces_the_no_bound_assumption_and_its_nil_current_ams_is_never_cut()
    {
        // G/AG/N/BRA/13, Table DS:1 (agricultural year 1996/97): Total AMS commitment level US$ 1,010,899.0 thousand;
        // current total AMS "below the de minimis level" (nil). Hand calculation under Rev.4's developing cut
        // (2/3 x 55% = 36.67%): ceiling 1,010.9 x (1 - 0.3667) = 640.2 m USD > 0 = current: nothing is cut.
        var brazil = new MemberId("BRA");
        var ams = AmsCommitment.Of(Data, brazil, brazil, Data.BaseOf(brazil).Where(r => Data.WorldPrice(r.Commodity) is not null), DevelopmentStatus.Developing);
        Assert.False(ams.NoFinalBound);
        Assert.Equal(1_010.9e6, ams.BoundUsd, 0);
        Assert.Equal(0, ams.CurrentUsd);
        Assert.Contains("G/AG/N/BRA/13", ams.BoundSource, StringComparison.Ordinal);
        var cut = ams.Cut(new Rate(0.55 * 2 / 3), 1);
        Assert.Equal(1_010.9e6 * (1 - (0.55 * 2 / 3)), cut.CeilingUsd, 0);
        Assert.Equal(0, cut.AppliedCut);
    }

    [Fact]
    public void Canadas_and_norways_cited_bounds_and_the_eus_2005_current_ams_reach_the_model()
    {
        // Canada: CAD 4.3 bn (Holden, Library of Parliament 2006) at CAD 1.23545 per USD (Statistics Canada 67-202-XWE,
        // noon average 2005 I 1.2270 and II 1.2439): 4,300 / 1.23545 = 3,480.51 m USD. Norway: NOK 11.4 bn (St.prp. nr.
        // 68 (2005-2006) ch. 5.1) x 85 / 700 EUR per NOK (EFTA Surveillance Authority notice, OJ C 272/38) x 1.245 USD per
        // EUR = 1,723.44 m USD. EU: the 2005 row (HC 246 Table 2: 25,015 + 9,377 = 34,392 m EUR x 1.245 = 42,818.04 m
        // USD) is the latest current total AMS and replaces the 1997/98 notification (50,194 m ECU).
        Assert.Equal(3_480.51, 4_300 / ((1.2270 + 1.2439) / 2), 2);
        Assert.Equal(1_723.44, 11_400.0 * 85 / 700 * 1.245, 2);
        Assert.Equal(42_818.04, (25_015 + 9_377) * 1.245, 2);
        // The dataset stores million USD to one decimal: 3,480.5 and 1,723.4.
        foreach (var (code, bound) in new[] { ("CAN", 3_480.5e6), ("NOR", 1_723.4e6) })
        {
            var member = new MemberId(code);
            var ams = AmsCommitment.Of(Data, member, member, Data.BaseOf(member).Where(r => Data.WorldPrice(r.Commodity) is not null), DevelopmentStatus.Developed);
            Assert.False(ams.NoFinalBound);
            Assert.Equal(bound, ams.BoundUsd, 0);
            Assert.NotNull(ams.BoundSource);
            Assert.Null(ams.CurrentSource); // no notified current AMS: the model's AMS-counted support stands in

            // Hand calculation: a 70% cut leaves bound x 0.3; the applied cut is the share of the stand-in above it.
            var cut = ams.Cut(Rate.FromPercent(70), 1);
            Assert.Equal(bound * 0.3, cut.CeilingUsd, 0);
            Assert.Equal(Math.Max(0, (ams.CurrentUsd - (bound * 0.3)) / ams.CurrentUsd), cut.AppliedCut, 9);
        }

        var eu = new MemberId("EUN");
        var current = Data.Support.Latest(eu, SupportMeasure.CurrentTotalAms)!;
        Assert.Equal("2005", current.Year);
        Assert.Equal(42_818.0, current.MillionUsd, 1);
        Assert.Contains("HC 246", current.Source.Source, StringComparison.Ordinal);
        Assert.Contains("PROJECTION", current.Source.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void De_minimis_levels_are_those_of_article_6_4()
    {
        // AoA Article 6.4(a) and (b): 5% of the value of production for developed members, 10% for developing.
        // Hand calculation on EUN potatoes (share 0.78%) and rapeseed oil (28%): below and above both levels.
        var eu = new MemberId("EUN");
        var developed = AmsCommitment.Of(Data, eu, eu, Data.BaseOf(eu), DevelopmentStatus.Developed);
        var developing = AmsCommitment.Of(Data, eu, eu, Data.BaseOf(eu), DevelopmentStatus.Developing);
        Assert.Equal(0.05, developed.DeMinimisLevel);
        Assert.Equal(0.10, developing.DeMinimisLevel);
        Assert.Contains(new CommodityId("pota"), developed.DeMinimisCommodities);
        Assert.DoesNotContain(new CommodityId("rpol"), developing.DeMinimisCommodities);

        // Invariant: a higher level exempts at least the same markets and never more AMS-counted support.
        Assert.Superset(new HashSet<CommodityId>(developed.DeMinimisCommodities), new HashSet<CommodityId>(developing.DeMinimisCommodities));
        Assert.True(developing.DeMinimisUsd >= developed.DeMinimisUsd);
    }

    [Fact]
    public void A_cut_of_the_bound_ams_inside_the_water_changes_nothing()
    {
        // Hand calculation: bound 19.1 bn, current 5 bn; a 60% cut gives a ceiling of 7.64 bn, above current support:
        // no applied cut. An 80% cut gives 3.82 bn: (5 − 3.82) / 5 = 23.6% of budgetary support goes.
        var commitment = new AmsCommitment(19.1e9, 5e9, "bound", "current");
        Assert.Equal(0, commitment.Cut(Rate.FromPercent(60), 1).AppliedCut, 12);
        Assert.Equal(0.236, commitment.Cut(Rate.FromPercent(80), 1).AppliedCut, 12);
    }

    [Fact]
    public void Japans_notified_current_ams_lies_far_inside_its_bound_so_the_rev4_cut_changes_nothing()
    {
        // Cited (ICTSD Bridges, 13 July 2017, data/sources/domestic_support_notified.csv): Japan's bound total AMS just
        // under JPY 4 trillion (US$40 bn at the article's rate), current total AMS two-thirds of US$9 bn = US$6 bn (2014).
        var japan = new MemberId("JPN");
        var ams = AmsCommitment.Of(Data, japan, japan, Data.BaseOf(japan), DevelopmentStatus.Developed);
        Assert.Equal(40_000e6, ams.BoundUsd, 0);
        Assert.Equal(6_000e6, ams.CurrentUsd, 0);
        Assert.True(ams.CurrentUsd < 0.2 * ams.BoundUsd);

        // Hand calculation: Rev.4's 70% cut leaves a ceiling of 12 bn > 6 bn: absorbed. A 90% cut leaves 4 bn:
        // (6 - 4) / 6 = 1/3 of budgetary support would go.
        Assert.Equal(0, ams.Cut(Rate.FromPercent(70), 1).AppliedCut, 12);
        Assert.Equal(1.0 / 3, ams.Cut(Rate.FromPercent(90), 1).AppliedCut, 12);

        // In the draft: no Japanese market's producer support wedge moves under rev4-2008.
        var scenario = ScenarioReader.ReadFile(Path.Combine(Campo.Tests.TestSupport.SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"), "scenarios/rev4-2008.toml", []);
        var applied = DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt));
        Assert.Equal(0, applied.Commitments.Single(c => c.Role.Region == japan).Ams!.AppliedCut, 12);
        Assert.DoesNotContain(applied.Shock.Changes, c => c.Region == japan && c.ProducerSupport is not null);
    }

    [Fact]
    public void An_export_competition_only_draft_moves_no_importers_producer_price_more_than_its_world_price()
    {
        // Before, IMPACT's export wedges of importing regions were cut too: Switzerland's potato price fell 66% (issue 12).
        var evaluation = Evaluate("""
            [export_competition.developed]
            subsidy_cut = 100

            [export_competition.developing]
            subsidy_cut = 100
            """, crossPrices: false);
        var world = evaluation.WorldPrices.ToDictionary(p => p.Commodity, p => p.Change);
        var importers = evaluation.Markets.Where(m => m.ExportsBase <= m.ImportsBase).ToList();
        Assert.NotEmpty(importers);
        Assert.All(importers, m => Assert.True(
            Math.Abs(m.ProducerPriceChange) <= Math.Abs(world[m.Commodity]) + 1e-9,
            $"{m.Region} {m.Commodity}: producer price {m.ProducerPriceChange:P2}, world price {world[m.Commodity]:P2}"));
        var swissPotatoes = evaluation.Markets.Single(m => m.Region.Code == "CHP" && m.Commodity.Code == "pota");
        Assert.True(Math.Abs(swissPotatoes.ProducerPriceChange) < 0.01);
    }

    [Fact]
    public void The_cotton_initiative_raises_the_world_cotton_price_inside_the_published_range()
    {
        // Alston, Sumner & Brunke (2007, for Oxfam America): removing US cotton subsidies raises the world price by
        // 6 to 14% (../shared/data/negotiation/cotton_reference_numbers.csv, https://allafrica.com/stories/200706210959.html).
        var scenario = ScenarioReader.Read(ShippedScenarios.Text("cotton-initiative-2003")!, ShippedScenarios.FileName("cotton-initiative-2003"));
        var evaluation = DraftEvaluator.Evaluate(scenario, Data, new EvaluationOptions { Draws = 0 });
        var cotton = evaluation.WorldPrices.Single(p => p.Commodity.Code == "cott").Change;
        Assert.InRange(cotton, 0.06, 0.14);

        // The C-4's farmers gain: their cotton sells at a higher price (Oxfam: West African farm-gate prices +5 to +12%).
        foreach (var code in new[] { "BEN", "BFA", "MLI", "TCD" })
        {
            var market = evaluation.Markets.Single(m => m.Region.Code == code && m.Commodity.Code == "cott");
            Assert.True(market.Welfare.ProducerSurplus > 0, code);
        }
    }

    [Fact]
    public void The_us_cotton_programme_is_the_cited_outlay_in_the_base()
    {
        // Oxfam BP30: 3.9 bn USD in 2001/02. Rate × base production × world price gives back the outlay.
        var cotton = Data.Base(new MemberId("USA"), new CommodityId("cott"))!;
        var split = SupportPolicy.Split(Data, cotton);
        Assert.NotNull(split.Programme);
        Assert.Equal(3900e6, split.ProgrammeRate * cotton.Production.Value * Data.WorldPrice(cotton.Commodity)!.Value.Value, 0);
    }

    [Fact]
    public void A_cited_zero_export_subsidy_outlay_sets_no_export_wedge_where_impact_has_one()
    {
        // USDA FAS DEIP fact sheet (March 2006): no DEIP allocations in fiscal 2005, so the US paid no dairy export
        // subsidy in the base year (data/sources/export_subsidies_notified.csv). The US imports dairy in the base, so
        // no export wedge applies anyway; were it a net exporter with an IMPACT TE of 5%, the cited zero would win.
        var milk = Data.Base(new MemberId("USA"), new CommodityId("milk"))!;
        Assert.True(SupportPolicy.CitedZeroOutlay(Data, milk));
        Assert.False(SupportPolicy.NetExporter(milk));
        var exporter = milk with { Exports = new Tonnes(milk.Imports.Value + 1000), ExportWedge = new Wedge(0.05) };
        Assert.Equal(0, SupportPolicy.ExportWedge(Data, exporter));

        // Without a cited row (EU dairy), IMPACT's TE stands.
        var eu = Data.Base(new MemberId("EUN"), new CommodityId("milk"))!;
        Assert.False(SupportPolicy.CitedZeroOutlay(Data, eu));
        Assert.Equal(0.05, SupportPolicy.ExportWedge(Data, eu with { ExportWedge = new Wedge(0.05) }), 12);
    }

    [Fact]
    public void A_support_figure_without_a_source_is_refused_naming_file_line_and_field()
    {
        var table = Table("support_notified.csv", "member,year,measure,million_usd,source\nUSA,final,bound_total_ams,19100,\n");
        var error = Assert.Throws<CampoException>(() => SupportReader.Notified(table));
        Assert.Equal("support_notified.csv", error.Location!.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("source", error.Location.Field);
    }

    [Fact]
    public void A_negative_export_subsidy_outlay_is_refused_naming_file_line_and_field()
    {
        var table = Table("export_subsidies.csv", "member,commodity,year,million_usd,million_eur,tonnes,source\nEUN,sugr,2004,-5,,100,DFAT\n");
        var error = Assert.Throws<CampoException>(() => SupportReader.ExportSubsidies(table, Data.Commodities.Select(c => c.Id).ToHashSet()));
        Assert.Equal("export_subsidies.csv", error.Location!.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("million_usd", error.Location.Field);
        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_naming_an_unknown_commodity_programme_is_refused_where_it_is_written()
    {
        var scenario = ScenarioReader.Read(Header + "[[domestic_support.commodity]]\nmember = \"USA\"\ncommodity = \"cottn\"\ncut = 100\n", "test.toml");
        var error = Assert.Throws<CampoException>(() => DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt)));
        Assert.Equal("test.toml", error.Location!.File);
        Assert.Contains("cottn", error.Message, StringComparison.Ordinal);
    }

    private static CsvTable Table(string file, string text)
    {
        using var reader = new StringReader(text);
        return CsvTable.Read(reader, file, []);
    }
}
