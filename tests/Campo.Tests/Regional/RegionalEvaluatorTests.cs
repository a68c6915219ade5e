using Campo.Domain;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Regional;
using Campo.Scenarios;

namespace Campo.Tests.Regional;

public class RegionalEvaluatorTests
{
    private static readonly MemberId Mex = new("MEX");
    private static readonly CommodityId Maize = new("maiz");

    private static IEnumerable<PathYear> MaizePath(DutyRegime duties) =>
        Nafta.Evaluation.Path!.Where(p => p.Commodity == Maize && p.Duties == duties);

    private static double MexicoImports(PathYear year) => year.Markets.Single(m => m.Region == Mex).Imports;

    [Fact]
    public void A_scenario_that_changes_no_tariff_changes_nothing()
    {
        // Two parties whose only entries are a cited import share and a staging category on a duty-free flow (D).
        var body = """
            [regional]
            parties = ["MEX", "USA"]
            base_year = 1993
            base_years_averaged = 3
            entry_into_force = 1994
            horizon = 1996
            substitution_elasticity = 3

            [regional.commodities.maize.USA_to_MEX]
            share_of_imports = 80
            [regional.commodities.maize.MEX_to_USA]
            base_rate = 0
            staging = "D"
            """;
        var evaluation = DraftEvaluator.Evaluate(ScenarioReader.Read(Nafta.Header + body, "zero.toml"), Nafta.Data);
        Assert.All(evaluation.Markets, m =>
        {
            Assert.Equal(0, m.ProducerPriceChange, 12);
            Assert.Equal(m.ProductionBase, m.ProductionScenario, 9);
            Assert.Equal(m.ImportsBase, m.ImportsScenario, 9);
            Assert.Equal(0, m.Welfare.Total, 9);
        });
        Assert.All(evaluation.Path!, y => Assert.All(y.Markets, m => Assert.Equal(0, m.Welfare.Total, 9)));
        Assert.Equal(0, evaluation.World.Total, 9);
    }

    [Fact]
    public void An_unknown_party_is_reported_where_the_parties_are_written()
    {
        var body = """
            [regional]
            parties = ["MEX", "ZZX"]
            base_year = 1993
            base_years_averaged = 3
            entry_into_force = 1994
            horizon = 1996
            substitution_elasticity = 3

            [regional.commodities.maize.ZZX_to_MEX]
            share_of_imports = 80
            """;
        var error = Assert.Throws<CampoException>(() => DraftEvaluator.Evaluate(ScenarioReader.Read(Nafta.Header + body, "two.toml"), Nafta.Data));
        Assert.StartsWith("two.toml: regional.parties: unknown member or region 'ZZX'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_legal_duties_the_first_year_maize_quota_binds_at_2_5_million_tonnes()
    {
        // At the in-quota rate (0%) US maize would exceed the 2,500 kt quota, at 206.4% it would not: the quota binds,
        // and US maize into Mexico is exactly the quota (Hufbauer & Schott: 2.5 Mt in 1994).
        var quota = MaizePath(DutyRegime.Legal).Single(y => y.Year == 1994).Quotas.Single();
        Assert.Equal(Campo.Markets.Armington.QuotaRegime.Binding, quota.Regime);
        Assert.Equal(2500, quota.ImportsKt, 4);
        Assert.InRange(quota.MarginalTariff, 0, 2.064);
    }

    [Fact]
    public void Lower_applied_duties_never_import_less_than_the_legal_ones()
    {
        var legal = MaizePath(DutyRegime.Legal).ToDictionary(y => y.Year);
        foreach (var applied in MaizePath(DutyRegime.Applied))
        {
            Assert.True(MexicoImports(applied) >= MexicoImports(legal[applied.Year]) - 1e-6, applied.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Once_every_duty_is_zero_the_legal_and_applied_paths_meet()
    {
        // 2008: the over-quota tariff is zero under both (Hufbauer & Schott; USDA ERS).
        var legal = MaizePath(DutyRegime.Legal).Single(y => y.Year == 2008);
        var applied = MaizePath(DutyRegime.Applied).Single(y => y.Year == 2008);
        Assert.Equal(MexicoImports(legal), MexicoImports(applied), 6);
    }

    [Fact]
    public void The_path_covers_every_year_from_entry_into_force_to_the_horizon_for_both_duties()
    {
        Assert.Equal(Enumerable.Range(1994, 15), MaizePath(DutyRegime.Legal).Select(y => y.Year));
        Assert.Equal(Enumerable.Range(1994, 15), MaizePath(DutyRegime.Applied).Select(y => y.Year));
        Assert.All(Nafta.Evaluation.Path!, y => Assert.True(y.Converged));
    }

    [Fact]
    public void The_world_is_the_sum_of_its_regions_and_each_region_of_its_markets()
    {
        var e = Nafta.Evaluation;
        Assert.Equal(e.Regions.Sum(r => r.Welfare.Total), e.World.Total, 6);
        foreach (var region in e.Regions)
        {
            Assert.Equal(e.Markets.Where(m => m.Region == region.Region).Sum(m => m.Welfare.Total), region.Welfare.Total, 6);
        }
    }

    [Fact]
    public void Reports_lead_with_the_scenarios_focus_commodities()
    {
        Assert.Equal(["maiz", "bean"], Nafta.Evaluation.FocusCommodities.Select(c => c.Code));
        Assert.Equal(DutyRegime.Legal, Nafta.Evaluation.Agreement!.Duties);
        Assert.Contains("1991-93 prices", Nafta.Evaluation.Units, StringComparison.Ordinal);
    }

    [Fact]
    public void The_farmers_view_splits_mexicos_maize_adjustment()
    {
        var maize = Nafta.Evaluation.Markets.Single(m => m.Region == Mex && m.Commodity == Maize);
        var split = maize.Adjustment;
        Assert.Equal(maize.Welfare.ProducerSurplus, split.Farmers);

        // The shares of the losses add up to one whenever someone loses (an invariant of the split).
        Assert.Equal(1, split.FarmersShareOfLosses + split.ConsumersShareOfLosses + split.TreasuryShareOfLosses + split.QuotaHoldersShareOfLosses, 9);

        // Per tonne and per hectare: the farmers' surplus over base production and over the 2005 area (IMPACT).
        Assert.Equal(maize.Welfare.ProducerSurplus * 1e6 / (maize.ProductionBase * 1000), maize.ProducerSurplusPerTonne!.Value, 6);
        var area = Nafta.Data.Base(Mex, Maize)!.AreaThousandHectares!.Value * 1000;
        Assert.Equal(maize.Welfare.ProducerSurplus * 1e6 / area, maize.ProducerSurplusPerHectare!.Value, 6);
    }

    [Fact]
    public void The_look_back_compares_mexicos_maize_imports_with_faostat_year_by_year()
    {
        var series = Nafta.Evaluation.LookBack!.Series.Single(s => s.Region == Mex && s.Commodity == Maize && s.Measure == LookBackMeasure.Imports);
        Assert.Equal(15, series.Points.Count);

        // FAOSTAT, MEX, 2514, Import: 1994 2,839 kt; 2008 9,217 kt.
        Assert.Equal(2839, series.Points[0].Observed);
        Assert.Equal(9217, series.Points[^1].Observed);
        Assert.Equal([DutyRegime.Legal, DutyRegime.Applied], series.Errors.Select(e => e.Duties));
        Assert.All(series.Errors, e => Assert.Equal(15, e.Years));
    }

    [Fact]
    public void The_dumping_margins_cover_the_years_of_the_path_with_cost_data()
    {
        // ERS corn costs start in 1996; the path ends in 2008.
        var margins = Nafta.Evaluation.Dumping!.Single();
        Assert.Equal(Enumerable.Range(1996, 13), margins.Years.Select(y => y.Year));
    }

    [Fact]
    public void Dumping_margins_for_a_commodity_without_cost_data_are_refused()
    {
        var text = File.ReadAllText(Nafta.File).Replace("commodities = [\"maize\"]", "commodities = [\"beans\"]", StringComparison.Ordinal);
        var scenario = ScenarioReader.Read(text, "nafta-beans.toml");
        var error = Assert.Throws<CampoException>(() => DraftEvaluator.Evaluate(scenario, Nafta.Data));
        Assert.Contains("regional.dumping.commodities: no cost of production data for Beans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draws_give_the_same_bands_on_one_thread_and_on_many()
    {
        var scenario = Nafta.Scenario();
        var options = new EvaluationOptions { Draws = 12, Seed = 11 };
        var many = DraftEvaluator.Evaluate(scenario, Nafta.Data, options);
        var one = DraftEvaluator.Evaluate(scenario, Nafta.Data, options with { MaxDegreeOfParallelism = 1 });
        var band = many.Markets.Single(m => m.Region == Mex && m.Commodity == Maize).ProducerPriceChangeBand;
        Assert.NotNull(band);
        Assert.Equal(band, one.Markets.Single(m => m.Region == Mex && m.Commodity == Maize).ProducerPriceChangeBand);
        Assert.Equal(12, many.Uncertainty!.Converged);
    }
}
