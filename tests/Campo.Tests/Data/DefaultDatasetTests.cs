using Campo.Data;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Tests.Data;

/// <summary>The embedded default dataset: counts, spot checks against the sources, identities and signs.</summary>
public class DefaultDatasetTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDefault();

    [Fact]
    public void Market_regions_are_impacts_159_with_the_21_eu25_regions_summed_into_one()
    {
        // IMPACT has 159 regions (impact/SOURCE.md, regions_CTY.csv). The EU-25 member states of 2005 lie in 21 of
        // them: AUT BLT BLX CYP CZE DEU DNK FNP FRP GRC HUN IRL ITP NLD POL PRT SPP SVK SVN SWE UKP.
        // 159 - 21 + 1 (EUN) = 139.
        Assert.Equal(139, Data.Regions.Count);
        var eun = Data.FindRegion(new MemberId("EUN"))!;
        Assert.Equal(21, eun.ImpactRegions.Count);
    }

    [Fact]
    public void There_are_impacts_64_commodities()
    {
        // impact/SOURCE.md: BaseCTY_Crops has 64 commodities x 159 CTY.
        Assert.Equal(64, Data.Commodities.Count);
    }

    [Fact]
    public void Mexico_maize_2005_matches_impact_base_cty_crops()
    {
        // IFPRI IMPACT BaseCTY_Crops.csv.gz, rows jmaiz,MEX: QS 20968.07573, QM 6815.03495, QE 6.287761925 (thousand t;
        // the issue quotes them as 20968.08 and 6815.03). The dataset keeps three decimals: within 0.0005 kt.
        var r = Data.Base(new MemberId("MEX"), new CommodityId("maiz"))!;
        Assert.InRange(r.Production.Thousands, 20968.07573 - 0.0005, 20968.07573 + 0.0005);
        Assert.InRange(r.Imports.Thousands, 6815.03495 - 0.0005, 6815.03495 + 0.0005);
        Assert.InRange(r.Exports.Thousands, 6.287761925 - 0.0005, 6.287761925 + 0.0005);
    }

    [Fact]
    public void Mexico_maize_tariff_equivalent_and_world_price_match_impact()
    {
        // IMPACT TM.csv row cmaiz,MEX,0.084963291; PW_2005_world_prices_usd_per_mt.csv row cmaiz,142.3844.
        var r = Data.Base(new MemberId("MEX"), new CommodityId("maiz"))!;
        Assert.Equal(0.084963, r.TariffEquivalent!.Value.Fraction, 6);
        Assert.Equal(142.3844, Data.WorldPrice(new CommodityId("maiz"))!.Value.Value, 4);
    }

    [Fact]
    public void Mexico_maize_food_elasticity_is_impacts_own_price_value()
    {
        // IMPACT FdElasH.csv.gz row cmaiz,cmaiz,MEX,-0.234495326 (facts/README.md quotes -0.2345).
        Assert.Equal(-0.234495, Data.Base(new MemberId("MEX"), new CommodityId("maiz"))!.FoodDemandElasticity!.Value, 6);
    }

    [Fact]
    public void Every_balance_adds_up_within_the_stated_tolerance()
    {
        foreach (var r in Data.BaseRecords)
        {
            var flows = new[] { r.Production, r.Imports, r.Exports, r.TotalDemand, r.StockChange }.Max(f => Math.Abs(f.Thousands));
            var tolerance = DatasetLoader.BalanceToleranceThousandTonnes + (DatasetLoader.BalanceToleranceRelative * flows);
            Assert.True(Math.Abs(r.BalanceResidual.Thousands) <= tolerance, $"{r.Region} {r.Commodity}: {r.BalanceResidual}");
            Assert.True(Math.Abs(r.UseResidual.Thousands) <= tolerance, $"{r.Region} {r.Commodity}: {r.UseResidual}");
        }
    }

    [Fact]
    public void Supply_elasticities_are_not_negative_and_own_price_demand_elasticities_are_not_positive()
    {
        foreach (var r in Data.BaseRecords)
        {
            Assert.True(r.SupplyElasticity is null or >= 0, $"{r.Region} {r.Commodity}");
            Assert.True(r.DemandElasticity is null or <= 0, $"{r.Region} {r.Commodity}");
            Assert.True(r.FoodDemandElasticity is null or <= 0, $"{r.Region} {r.Commodity}");
        }
    }

    [Fact]
    public void Demand_elasticity_lies_between_its_use_elasticities()
    {
        // A weighted mean lies between the smallest and largest of the values it averages. Each value is written with
        // six decimals (rounding error at most 0.5e-6 each), hence the 2e-6 margin.
        foreach (var r in Data.BaseRecords.Where(r => r.DemandElasticity is not null))
        {
            var parts = new[] { r.FoodDemandElasticity, r.FeedDemandElasticity, r.OtherDemandElasticity }.OfType<double>().ToList();
            Assert.InRange(r.DemandElasticity!.Value, parts.Min() - 2e-6, parts.Max() + 2e-6);
        }
    }

    [Fact]
    public void The_wto_had_146_members_at_cancun_and_has_166_today()
    {
        // NZ Herald, Cancún 2003: "30 of 146 nations" (reference/negotiation-and-civil-society.md §1.1);
        // wto/wto_members_accession.csv has 166 members, the WTO's count since 2024 (Comoros and Timor-Leste).
        Assert.Equal(146, Data.MembersAt(new DateOnly(2003, 9, 14)).Count);
        Assert.Equal(166, Data.Members.Count);
        Assert.Equal(166, Data.MembersAt(new DateOnly(2024, 8, 30)).Count);
    }

    [Fact]
    public void Nepal_and_cambodia_were_acceding_not_members_at_cancun()
    {
        // Reference §1.1: USTR's 148 = 146 + Nepal (member 2004-04-23) + Cambodia (2004-10-13).
        var members = Data.MembersAt(new DateOnly(2003, 9, 14)).Select(m => m.Id.Code).ToHashSet();
        Assert.DoesNotContain("NPL", members);
        Assert.DoesNotContain("KHM", members);
        Assert.Equal(148, Data.MembersAt(new DateOnly(2004, 10, 13)).Count);
    }

    [Fact]
    public void Thirty_members_were_least_developed_at_cancun()
    {
        // Hansard written answer of 20 May 2002: on 1 January 2002, "111 developing country members of which 30 are
        // least-developed"; no LDC joined between then and Cancún (Cambodia and Nepal joined in 2004).
        var at = new DateOnly(2003, 9, 14);
        Assert.Equal(30, Data.MembersAt(at).Count(m => m.StatusAt(at) == DevelopmentStatus.LeastDeveloped));
        Assert.Equal(30, Data.GetCoalition("LDC").Members.Count);
    }

    [Fact]
    public void Vanuatu_stops_being_least_developed_on_4_december_2020()
    {
        // UN DESA, "Vanuatu graduated from LDC status": graduation on 4 December 2020.
        var vut = Data.GetMember(new MemberId("VUT"));
        Assert.Equal(DevelopmentStatus.LeastDeveloped, vut.StatusAt(new DateOnly(2020, 12, 3)));
        Assert.Equal(DevelopmentStatus.Developing, vut.StatusAt(new DateOnly(2020, 12, 4)));
    }

    [Fact]
    public void Eu_member_states_become_developed_when_they_join_the_eu()
    {
        // Poland joined the EU on 1 May 2004 (euabc.com); before that it was a self-designated developing member.
        var pol = Data.GetMember(new MemberId("POL"));
        Assert.Equal(DevelopmentStatus.Developing, pol.StatusAt(new DateOnly(2003, 9, 14)));
        Assert.Equal(DevelopmentStatus.Developed, pol.StatusAt(new DateOnly(2004, 5, 1)));
        Assert.Equal(RegionRelation.EuMemberState, pol.Relation);
    }

    [Theory]
    [InlineData("MEX", "MEX", RegionRelation.Own)]
    [InlineData("HKG", "CHM", RegionRelation.PartOfAggregate)]
    [InlineData("TWN", "CHM", RegionRelation.PartOfAggregate)]
    [InlineData("MAR", "MOR", RegionRelation.PartOfAggregate)]
    [InlineData("BEL", "EUN", RegionRelation.EuMemberState)]
    [InlineData("EUN", "EUN", RegionRelation.Own)]
    public void Members_map_to_regions_with_a_stated_relation(string member, string region, RegionRelation relation)
    {
        // IMPACT regions_CTY.csv: CHM is "China Hong Kong Macao Taiwan", MOR is Morocco; FAO2CTY.csv puts Belgium in BLX (EU-25).
        var m = Data.GetMember(new MemberId(member));
        Assert.Equal(new MemberId(region), m.Region);
        Assert.Equal(relation, m.Relation);
    }

    [Theory]
    [InlineData("G20", 20)]
    [InlineData("G22", 22)]
    [InlineData("CAIRNS", 17)]
    [InlineData("G33", 42)]
    [InlineData("C4", 4)]
    public void Coalition_sizes_match_their_verified_lists(string code, int size)
    {
        // reference/negotiation-and-civil-society.md §1.4: G-20 framework co-sponsors (20), G-22 of 4 Oct 2003 (22),
        // Cairns Group of Dec 2003 (17), G-33 list of July 2004 (42, with "Montserrat"), C-4 (Benin, Burkina Faso, Chad, Mali).
        Assert.Equal(size, Data.GetCoalition(code).Members.Count);
    }

    [Fact]
    public void Montserrat_in_the_g33_list_is_kept_but_flagged_as_no_wto_member()
    {
        var montserrat = Data.GetCoalition("G33").Members.Single(m => m.NameInSource == "Montserrat");
        Assert.False(montserrat.IsWtoMember);
    }

    [Theory]
    [InlineData("maize")]
    [InlineData("Maize")]
    [InlineData("maiz")]
    [InlineData("jmaiz")]
    [InlineData("CMAIZ")]
    public void Maize_resolves_by_name_or_code(string text) =>
        Assert.Equal(new CommodityId("maiz"), Data.ResolveCommodity(text).Id);

    [Theory]
    [InlineData("beans")]
    [InlineData("Bean")]
    [InlineData("bean")]
    public void Beans_resolve_in_singular_or_plural(string text) =>
        Assert.Equal(new CommodityId("bean"), Data.ResolveCommodity(text).Id);

    [Theory]
    [InlineData("milk", "milk")]
    [InlineData("pasture", "pstr")]
    public void A_first_word_that_names_one_commodity_resolves(string text, string code) =>
        Assert.Equal(new CommodityId(code), Data.ResolveCommodity(text).Id);

    [Theory]
    [InlineData("maïs", "maiz")]
    [InlineData("mais", "maiz")]
    [InlineData("Milho", "maiz")]
    [InlineData("maíz", "maiz")]
    [InlineData("corn", "maiz")]
    [InlineData("frijoles", "bean")]
    [InlineData("feijão", "bean")]
    [InlineData("trigo", "whea")]
    [InlineData("blé", "whea")]
    public void A_commodity_resolves_by_its_name_in_any_of_the_four_languages(string text, string code) =>
        Assert.Equal(new CommodityId(code), Data.ResolveCommodity(text).Id);

    [Fact]
    public void No_two_commodities_share_a_name_in_any_language()
    {
        // Invariant behind the lookup above: a translated name picks one commodity, never the first of several.
        foreach (var culture in CommodityNames.Cultures)
        {
            var names = Data.Commodities
                .Select(c => CommodityNames.Find(c.Id, culture) ?? c.Name)
                .Select(n => n.ToLowerInvariant())
                .ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void A_first_word_shared_by_several_commodities_is_not_guessed()
    {
        // "Total" starts Total Other Oilseeds, Total Other Oilmeals and Total Other Oils (IMPACT commodities_J.csv).
        var error = Assert.Throws<CampoException>(() => Data.ResolveCommodity("total"));
        Assert.Contains("unknown commodity 'total'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_commodity_suggests_the_closest()
    {
        var error = Assert.Throws<CampoException>(() => Data.ResolveCommodity("maiz3"));
        Assert.Contains("did you mean maiz?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_suggests_the_closest()
    {
        var error = Assert.Throws<CampoException>(() => Data.GetMember(new MemberId("MXC")));
        Assert.Contains("did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("MXC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_bound_rate_is_returned_with_its_source()
    {
        // facts/commodity_tariffs.csv: Korea rice, 513% over quota (Yonhap 2020-21).
        var bound = Data.BoundTariff(new MemberId("KOR"), new CommodityId("rice"));
        Assert.False(bound.IsUnknown);
        Assert.Equal(513, bound.Facts[0].Bound!.Value.Percent, 6);
        Assert.Contains("Yonhap", bound.Facts[0].Provenance.Source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_bound_rate_carries_the_stated_assumption()
    {
        var bound = Data.BoundTariff(new MemberId("MEX"), new CommodityId("maiz"));
        Assert.True(bound.IsUnknown);
        Assert.True(bound.Assumption.NeedsFlag);
        Assert.Contains("applied tariff equivalent", bound.Assumption.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Faostat_series_for_mexico_maize_start_in_1973()
    {
        // GCAMFAOSTAT_FBSH_CB.csv.gz, Mexico, Maize and products: Production 8609 and Import 1145 thousand t in 1973.
        Assert.Equal(8609, Data.FaostatSeries("MEX", 2514, "Production")!.Values[1973]);
        Assert.Equal(1145, Data.FaostatSeries("MEX", 2514, "Import")!.Values[1973]);
    }

    [Fact]
    public void Maize_us_gulf_is_the_first_price_series()
    {
        var maize = Data.Prices[0];
        Assert.Equal("Maize", maize.Name);
        Assert.Contains("US Gulf", maize.Description, StringComparison.Ordinal);
        Assert.Equal("$/mt", maize.Unit);
    }

    [Fact]
    public void Ers_corn_costs_cover_1996_to_2016()
    {
        // costs/ers_corn_costs_returns_us_1996_2016.csv, row 1996: total costs listed 353.94 USD per planted acre.
        Assert.Equal(Enumerable.Range(1996, 21), Data.CornCosts.Select(c => c.Year));
        Assert.Equal(353.94, Data.CornCosts[0].TotalCostsUsdPerAcre, 2);
    }

    [Fact]
    public void Portuguese_names_come_from_i18n_iso_countries()
    {
        // i18n-iso-countries 7.14.0 langs/pt.json: "MX": "México", "DE": "Alemanha".
        Assert.Equal("México", Data.GetMember(new MemberId("MEX")).NameIn("pt"));
        Assert.Equal("Alemanha", Data.GetMember(new MemberId("DEU")).NameIn("pt"));
    }
}
