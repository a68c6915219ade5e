using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Scenarios;

namespace Campo.Tests.Evaluation;

public class DraftEvaluatorTests
{
    private const string Header = """
        schema = 1
        title = "test"
        kind = "multilateral"

        [base]
        members_at = 2005-06-30

        """;

    private static readonly Dataset Data = DatasetLoader.LoadDefault();

    private static EvaluationContext Context => EvaluationContext.For(Data);

    private static DraftEvaluation Evaluate(string body, EvaluationOptions? options = null) =>
        DraftEvaluator.Evaluate(ScenarioReader.Read(Header + body, "test.toml"), Context, options);

    [Fact]
    public void A_draft_without_commitments_changes_nothing()
    {
        var evaluation = Evaluate(string.Empty);
        Assert.All(evaluation.WorldPrices, p => Assert.Equal(p.Base, p.Scenario, 9));
        Assert.All(evaluation.Regions, r => Assert.Equal(0, r.Welfare.Total, 6));
        Assert.All(evaluation.Markets, m => Assert.Equal(m.ProductionBase, m.ProductionScenario, 9));
    }

    [Fact]
    public void A_decision_section_that_names_an_unknown_coalition_is_refused_by_the_evaluation_too()
    {
        var error = Assert.Throws<CampoException>(() => Evaluate("[decision]\ncoalitions = [\"G20\", \"G77\"]\n"));
        Assert.Contains("decision.coalitions: unknown coalition \"G77\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_quantities_are_the_datasets()
    {
        // IMPACT BaseCTY_Crops, jmaiz MEX: QS 20968.07573, QM 6815.03495 thousand tonnes (also checked in the dataset tests).
        var maize = Evaluate(string.Empty).Markets.Single(m => m.Region.Code == "MEX" && m.Commodity.Code == "maiz");
        Assert.Equal(20968.076, maize.ProductionBase, 3);
        Assert.Equal(6815.035, maize.ImportsBase, 3);
    }

    [Fact]
    public void World_and_status_groups_add_up_to_the_sum_of_regions()
    {
        var evaluation = Evaluate("""
            [domestic_support.developed]
            cut = 50

            [export_competition.developed]
            subsidy_cut = 100
            """);
        var sum = evaluation.Regions.Sum(r => r.Welfare.Total);
        Assert.Equal(sum, evaluation.World.Total, 6);
        var partition = evaluation.Groups
            .Where(g => g.Group is RegionRoles.Developed or RegionRoles.Developing or RegionRoles.LeastDeveloped or RegionRoles.NonMembers)
            .Sum(g => g.Welfare.Total);
        Assert.Equal(sum, partition, 6);
        Assert.All(evaluation.Regions, r => Assert.Equal(r.Welfare.ProducerSurplus + r.Welfare.ConsumerSurplus + r.Welfare.Government + r.Welfare.QuotaRent, r.Welfare.Total, 6));
    }

    [Fact]
    public void Evaluating_half_way_through_the_period_applies_half_of_the_cut()
    {
        var scenario = ScenarioReader.Read(Header + """
            [domestic_support.developed]
            cut = 40

            [implementation]
            start_year = 2006
            evaluate_year = 2008

            [implementation.years]
            developed = 6
            """, "test.toml");
        var applied = DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt));

        // Switzerland (region CHP, lead CHE) has no notified AMS in the data (Canada's bound is cited since issue 12's
        // fourth round), so its AMS-counted support S stands in for bound and current AMS. 2006, 2007, 2008: three of
        // six instalments, so the ceiling is S × (1 − 40% × 3/6) = 0.8 S and the budgetary wedge of every market above
        // de minimis falls by (S − 0.8 S) / S = 20%.
        var swiss = new MemberId("CHP");
        var ams = applied.Commitments.Single(c => c.Role.Region == swiss).Ams!;
        Assert.Null(ams.BoundSource);
        Assert.Equal(0.2, ams.AppliedCut, 12);
        var cut = Data.BaseOf(swiss).First(r => Data.WorldPrice(r.Commodity) is not null && SupportPolicy.ProducerWedge(Data, r) > 0 && !ams.DeMinimisCommodities.Contains(r.Commodity));
        var change = applied.Shock.Changes.Single(c => c.Region == swiss && c.Commodity == cut.Commodity);
        Assert.Equal(SupportPolicy.ProducerWedge(Data, cut) * 0.8, change.ProducerSupport!.Value.Fraction, 12);
    }

    [Fact]
    public void Least_developed_members_cut_no_tariff_under_rev4()
    {
        var scenario = ScenarioReader.ReadFile(Path.Combine(TestSupport.SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"));
        var evaluation = DraftEvaluator.Evaluate(scenario, Context);
        var ldcRegions = evaluation.Regions.Where(r => r.Status == DevelopmentStatus.LeastDeveloped).Select(r => r.Region).ToHashSet();
        Assert.NotEmpty(ldcRegions);
        Assert.All(evaluation.Markets.Where(m => ldcRegions.Contains(m.Region)), m => Assert.Equal(m.TariffBefore, m.TariffAfter));
        Assert.Contains(evaluation.Markets, m => !ldcRegions.Contains(m.Region) && m.TariffAfter < m.TariffBefore);
    }

    [Fact]
    public void Regions_without_a_member_on_the_date_take_no_commitment()
    {
        // Russia joined the WTO on 2012-08-22 (wto_members_accession.csv).
        var scenario = ScenarioReader.Read(Header + "[domestic_support.developing]\ncut = 50\n[domestic_support.developed]\ncut = 50\n", "test.toml");
        var applied = DraftApplication.Apply(scenario, Data, RegionRoles.At(Data, scenario.Base.MembersAt));
        var russia = applied.Commitments.Single(c => c.Role.Region.Code == "RUS");
        Assert.Null(russia.Role.Lead);
        Assert.DoesNotContain(applied.Shock.Changes, c => c.Region.Code == "RUS");
    }

    [Fact]
    public void The_same_seed_gives_the_same_bands()
    {
        var options = new EvaluationOptions { Draws = 20, Seed = 7, Focus = new MemberId("MEX") };
        var body = "[domestic_support.developed]\ncut = 50\n";
        var first = Evaluate(body, options);
        var second = Evaluate(body, options with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(first.World.Total, second.World.Total);
        Assert.Equal(first.Groups[0].Bands, second.Groups[0].Bands);
        Assert.NotNull(first.Markets.Single(m => m.Region.Code == "MEX" && m.Commodity.Code == "maiz").ProducerSurplusBand);
    }

    [Fact]
    public void A_regional_scenario_without_its_regional_section_is_refused()
    {
        // Regional agreements are evaluated with the bilateral model (tests/Campo.Tests/Regional); one without its
        // [regional] section has nothing to evaluate.
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Header.Replace("multilateral", "regional", StringComparison.Ordinal), "r.toml"));
        Assert.Contains("[regional]", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>A first evaluation calibrates the model beside the schedules (issue 18): the same results as one on a model built before.</summary>
public class CalibrationBesideSchedulesTests
{
    [Fact]
    public void A_first_evaluation_gives_the_results_of_an_evaluation_on_a_model_built_before_to_the_byte()
    {
        // Two readings of the same folder are two datasets, each with its own model: the first is evaluated before its
        // model exists (calibration on a second thread while the draft is applied), the second after building it.
        var folder = Path.Combine(Campo.Tests.TestSupport.SharedData.RepositoryRoot, "data", "default");
        var first = DatasetLoader.Load(folder);
        var second = DatasetLoader.Load(folder);
        var scenario = ScenarioReader.ReadFile(Path.Combine(Campo.Tests.TestSupport.SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var options = new EvaluationOptions { Draws = 4 };
        Assert.False(EvaluationContext.IsBuilt(first));
        var beside = DraftEvaluator.Evaluate(scenario, first, options);
        Assert.True(EvaluationContext.IsBuilt(first));
        var context = EvaluationContext.For(second);
        Assert.True(EvaluationContext.IsBuilt(second));
        var after = DraftEvaluator.Evaluate(scenario, second, options);
        Assert.Same(context, EvaluationContext.For(second));
        Assert.Equal(Campo.Reports.CampoJson.Serialize(after), Campo.Reports.CampoJson.Serialize(beside));
        Assert.Equal(4, beside.Uncertainty!.Converged);
    }

    [Fact]
    public void A_draft_refused_while_the_model_is_calibrated_beside_it_reports_the_draft_error()
    {
        var folder = Path.Combine(Campo.Tests.TestSupport.SharedData.RepositoryRoot, "data", "default");
        var data = DatasetLoader.Load(folder);
        var scenario = ScenarioReader.Read(
            """
            schema = 1
            title = "test"
            kind = "multilateral"

            [base]
            members_at = 2005-06-30

            [decision]
            coalitions = ["NO-SUCH-GROUP"]
            """,
            "test.toml");
        var error = Assert.Throws<CampoException>(() => DraftEvaluator.Evaluate(scenario, data));
        Assert.Contains("NO-SUCH-GROUP", error.Message, StringComparison.Ordinal);
        Assert.True(EvaluationContext.IsBuilt(data));
    }
}
