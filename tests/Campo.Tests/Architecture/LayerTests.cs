using System.Reflection;
using Campo.Data;
using NetArchTest.Rules;

namespace Campo.Tests.Architecture;

/// <summary>
/// The library's parts depend one way (CONTRIBUTING.md, "Layers"; docs/architecture.md). Each row of
/// <see cref="Layers"/> may use the rows below it and never a row above it; the engines of one row know nothing of
/// each other, except that the regional model builds on the markets' Armington model. The check reads the compiled
/// library (every type reference, not only <c>using</c> directives), so a new upward reference fails here.
/// </summary>
public class LayerTests
{
    /// <summary>The layers, lowest first. A part is the second segment of a namespace (Campo.Markets.World → Campo.Markets).</summary>
    public static readonly string[][] Layers =
    [
        ["Campo.Diagnostics"],
        ["Campo.Errors"],
        ["Campo.Domain"],
        ["Campo.Data"],
        ["Campo.Schedules", "Campo.Markets", "Campo.Regional", "Campo.Gravity"],
        ["Campo.Scenarios", "Campo.Workspace"],
        ["Campo.Composition"],
        ["Campo.Negotiation"],
        ["Campo.Evaluation"],
        ["Campo.Reports"],
    ];

    /// <summary>Engine-to-engine references that are allowed: (from, to).</summary>
    private static readonly (string From, string To)[] EngineUses = [("Campo.Regional", "Campo.Markets")];

    private static readonly Assembly Library = typeof(Dataset).Assembly;

    public static TheoryData<string> Parts => [.. Layers.SelectMany(l => l)];

    [Theory]
    [MemberData(nameof(Parts))]
    public void No_part_uses_a_part_above_it_or_a_sibling_engine(string part)
    {
        var row = Array.FindIndex(Layers, l => l.Contains(part));
        var forbidden = Layers.Skip(row + 1).SelectMany(l => l)
            .Concat(Layers[row].Where(p => p != part && !EngineUses.Contains((part, p))))
            .ToArray();
        var result = Types.InAssembly(Library).That().ResideInNamespace(part).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, part + " uses a part it must not (" + string.Join(", ", forbidden) + "): " + string.Join("; ", (result.FailingTypes ?? []).Select(t => t.FullName + " " + t.Explanation)));
    }

    [Fact]
    public void Every_part_of_the_library_has_a_layer()
    {
        // A new folder (namespace) must be placed in the table above, or its references go unchecked.
        var known = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var parts = Library.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith("Campo.", StringComparison.Ordinal))
            .Select(ns => string.Join('.', ns.Split('.').Take(2)))
            .Distinct(StringComparer.Ordinal)
            .Where(p => !known.Contains(p))
            .ToArray();
        Assert.True(parts.Length == 0, "parts without a layer: " + string.Join(", ", parts));
    }

    [Fact]
    public void The_library_knows_nothing_of_the_cluster_that_runs_its_sweeps()
    {
        // src/Campo.Cluster sits above Negotiation and Evaluation and below the command line: the library offers it
        // seams (IDraftSearchExecutor, DraftSearchSession) and never names it or Orleans.
        var result = Types.InAssembly(Library).ShouldNot().HaveDependencyOnAny("Campo.Cluster", "Orleans").GetResult();
        Assert.True(result.IsSuccessful, string.Join("; ", (result.FailingTypes ?? []).Select(t => t.FullName)));
    }

    [Fact]
    public void The_library_knows_nothing_of_the_console_or_http()
    {
        var result = Types.InAssembly(Library).ShouldNot().HaveDependencyOnAny("Spectre.Console", "Microsoft.AspNetCore", "Campo.Cli", "Campo.Web").GetResult();
        Assert.True(result.IsSuccessful, string.Join("; ", (result.FailingTypes ?? []).Select(t => t.FullName)));
    }

    [Fact]
    public void The_report_view_models_know_no_renderer()
    {
        // Reports/Views holds the rows the terminal, the HTML report and the web page share (one presentation model):
        // it may read results and the glossary, never HTML, SVG charts or the HTML sections that render it.
        var result = Types.InAssembly(Library).That().ResideInNamespace("Campo.Reports.Views")
            .ShouldNot().HaveDependencyOnAny("Campo.Reports.Html", "Campo.Reports.Charts", "Campo.Reports.Sections", "Campo.Reports.Workbook")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join("; ", (result.FailingTypes ?? []).Select(t => t.FullName + " " + t.Explanation)));
        Assert.False(Types.InAssembly(Library).That().ResideInNamespace("Campo.Reports.Sections").ShouldNot().HaveDependencyOnAny("Campo.Reports.Views").GetResult().IsSuccessful);
    }

    [Fact]
    public void The_check_sees_a_reference_that_exists()
    {
        // Invariant that keeps the rules above from passing vacuously: the reports do read the evaluation's results,
        // and the evaluation reads the negotiation's outcome.
        Assert.False(Types.InAssembly(Library).That().ResideInNamespace("Campo.Reports").ShouldNot().HaveDependencyOnAny("Campo.Evaluation").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Library).That().ResideInNamespace("Campo.Evaluation").ShouldNot().HaveDependencyOnAny("Campo.Negotiation").GetResult().IsSuccessful);
    }
}
