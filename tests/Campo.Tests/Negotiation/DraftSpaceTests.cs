using Campo.Domain;
using Campo.Errors;
using Campo.Negotiation;
using Campo.Scenarios;
using Campo.Schedules.Drafts;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Negotiation;

public class DraftSpaceTests
{
    private static Scenario Cancun => ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"));

    private static Scenario Rev4 => ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"));

    private static BlendedFormula Blended(Scenario s, DevelopmentStatus status) => (BlendedFormula)s.MarketAccess!.Groups[status].Formula;

    [Fact]
    public void The_tabled_values_are_read_from_the_draft()
    {
        // scenarios/cancun-2003.toml: Swiss coefficient 25, cap 100, special products 12% of lines, developing UR cuts
        // 24/36 = 10/15 = two-thirds of the developed ones, support cut 60, export subsidies end in 2013.
        var s = Cancun;
        Assert.Equal(25, DraftSpace.Tabled(s, DraftKnob.Swiss)!.Value, 9);
        Assert.Equal(100, DraftSpace.Tabled(s, DraftKnob.Cuts)!.Value, 9);
        Assert.Equal(100, DraftSpace.Tabled(s, DraftKnob.Cap)!.Value, 9);
        Assert.Equal(12, DraftSpace.Tabled(s, DraftKnob.Special)!.Value, 9);
        Assert.Equal(200.0 / 3, DraftSpace.Tabled(s, DraftKnob.Sdt)!.Value, 9);
        Assert.Equal(60, DraftSpace.Tabled(s, DraftKnob.Support)!.Value, 9);
        Assert.Equal(2013, DraftSpace.Tabled(s, DraftKnob.ExportEnd)!.Value, 9);
    }

    [Fact]
    public void Knobs_set_the_developed_and_developing_commitments()
    {
        var dims = new[]
        {
            new SearchDimension(DraftKnob.Swiss, 10, 100),
            new SearchDimension(DraftKnob.Cuts, 50, 150),
            new SearchDimension(DraftKnob.Sdt, 33, 100),
            new SearchDimension(DraftKnob.Special, 0, 20),
            new SearchDimension(DraftKnob.Support, 0, 100),
        };
        var s = DraftSpace.Apply(Cancun, dims, [40, 50, 50, 8, 80]);
        var developed = Blended(s, DevelopmentStatus.Developed);
        var developing = Blended(s, DevelopmentStatus.Developing);

        // Hand calculation: cuts 50% of 36 and 15 = 18 and 7.5; developing 50% of those = 9 and 3.75.
        Assert.Equal(0.40, developed.SwissCoefficient, 12);
        Assert.Equal(0.18, developed.AverageCut.Fraction, 12);
        Assert.Equal(0.075, developed.MinimumCut.Fraction, 12);
        Assert.Equal(0.09, developing.AverageCut.Fraction, 12);
        Assert.Equal(0.0375, developing.MinimumCut.Fraction, 12);

        // The developing Swiss coefficient is not a cut: it stays as tabled (50).
        Assert.Equal(0.50, developing.SwissCoefficient, 12);
        var special = s.MarketAccess!.Groups[DevelopmentStatus.Developing].Special!;
        Assert.Equal(0.08, special.ShareOfLines.Fraction, 12);

        // The tabled zero-cut share (5%) stays below the new special share.
        Assert.Equal(0.05, special.ZeroCutShare.Fraction, 12);
        Assert.Equal(0.80, s.DomesticSupport.Cuts[DevelopmentStatus.Developed].Fraction, 12);
    }

    [Fact]
    public void Knobs_at_their_tabled_values_give_the_tabled_commitments()
    {
        var tabled = Cancun;
        var dims = new[] { new SearchDimension(DraftKnob.Swiss, 10, 100), new SearchDimension(DraftKnob.Cap, 50, 300), new SearchDimension(DraftKnob.Support, 0, 100) };
        var s = DraftSpace.Apply(tabled, dims, [25, 100, 60]);
        Assert.Equal(tabled.MarketAccess!.Groups[DevelopmentStatus.Developed], s.MarketAccess!.Groups[DevelopmentStatus.Developed]);
        Assert.Equal(tabled.DomesticSupport.Cuts[DevelopmentStatus.Developed], s.DomesticSupport.Cuts[DevelopmentStatus.Developed]);
    }

    [Fact]
    public void A_knob_the_draft_has_no_place_for_is_refused_by_name()
    {
        var error = Assert.Throws<CampoException>(() => DraftSpace.Tabled(Rev4, DraftKnob.Swiss));
        Assert.Contains("swiss cannot be varied", error.Message, StringComparison.Ordinal);
        Assert.Contains("tiered", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("swiss=10:60", DraftKnob.Swiss, 10, 60)]
    [InlineData("support", DraftKnob.Support, 0, 100)]
    [InlineData("export_end=2008:2016", DraftKnob.ExportEnd, 2008, 2016)]
    public void Search_dimensions_are_read_from_the_command_line(string text, DraftKnob knob, double low, double high)
    {
        Assert.Equal(new SearchDimension(knob, low, high), SearchDimension.Parse(text));
    }

    [Theory]
    [InlineData("swis=10:60", "did you mean swiss")]
    [InlineData("swiss=60:10", "is not a range")]
    [InlineData("support=0:150", "outside")]
    public void Bad_search_dimensions_are_one_line_errors(string text, string expected)
    {
        var error = Assert.Throws<CampoException>(() => SearchDimension.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("--search: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin_hypercube_puts_one_draft_in_each_stratum_of_each_knob()
    {
        var request = new DraftSearchRequest { Dimensions = [new SearchDimension(DraftKnob.Swiss, 10, 60), new SearchDimension(DraftKnob.Cuts, 50, 150)], Drafts = 20 };
        var points = DraftSearch.Sample(request);
        Assert.Equal(20, points.Length);
        for (var d = 0; d < 2; d++)
        {
            var (low, high) = (request.Dimensions[d].Low, request.Dimensions[d].High);
            var strata = points.Select(p => (int)Math.Floor((p[d] - low) / (high - low) * 20)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, 20).ToArray(), strata);
        }

        Assert.Equal(points.Select(p => p.ToArray()), DraftSearch.Sample(request).Select(p => p.ToArray()));
    }
}
