using Campo.Reports.Views;
using NetArchTest.Rules;

namespace Campo.Cli.Tests.Architecture;

/// <summary>
/// One presentation model (issue 14): the terminal's presenters write the rows that Campo.Reports.Views builds for the
/// HTML report too, instead of selecting, grouping and summing the results again. These checks read the compiled
/// command line: a presenter that goes back to the results for what a view provides fails here.
/// </summary>
public class PresenterTests
{
    private static readonly System.Reflection.Assembly Cli = typeof(CampoApp).Assembly;

    [Fact]
    public void The_command_line_reads_welfare_by_group_through_the_report_views()
    {
        // Welfare by group (run, compare) comes from RunViews.Groups and RunViews.GroupPairs.
        const string result = "Campo.Evaluation.GroupOutcome";
        var check = Types.InAssembly(Cli).ShouldNot().HaveDependencyOnAny(result).GetResult();
        Assert.True(check.IsSuccessful, result + " is read by the command line; use RunViews: " + string.Join(", ", (check.FailingTypes ?? []).Select(t => t.FullName)));

        // Not vacuous: the view itself does read that result, and the check sees it.
        var views = Types.InAssembly(typeof(RunViews).Assembly).That().ResideInNamespace("Campo.Reports.Views").ShouldNot().HaveDependencyOnAny(result).GetResult();
        Assert.False(views.IsSuccessful);
    }

    [Fact]
    public void The_terminal_presenters_use_the_report_views()
    {
        var presenters = new[] { "RunReport", "CompareCommand", "NegotiateReport" };
        foreach (var presenter in presenters)
        {
            var type = Cli.GetTypes().Single(t => t.Name == presenter);
            var uses = Types.InAssembly(Cli).That().HaveName(type.Name).Should().HaveDependencyOnAny("Campo.Reports.Views").GetResult();
            Assert.True(uses.IsSuccessful, presenter + " does not use Campo.Reports.Views");
        }
    }
}
