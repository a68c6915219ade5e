using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Errors;
using Campo.Negotiation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Negotiate;

/// <summary>Settings of <c>campo negotiate</c>: the draft and its data (as <c>campo run</c>), the decision, the search.</summary>
public sealed class NegotiateSettings : EvaluationSettings
{

    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "[FILE]")]
    [LocalizedDescription(CliStrings.Argument_ScenarioFile)]
    public string File { get; init; } = string.Empty;

    /// <summary>Estimate the decision model on the record of WTO decisions and validate it.</summary>
    [CommandOption("--validate")]
    [LocalizedDescription(CliStrings.Option_Validate)]
    public bool ValidateRecord { get; init; }

    /// <summary>The weight preset.</summary>
    [CommandOption("--weights <PRESET>")]
    [LocalizedDescription(CliStrings.Option_Weights)]
    public string? Weights { get; init; }

    /// <summary>The coalition rule.</summary>
    [CommandOption("--coalition-rule <RULE>")]
    [LocalizedDescription(CliStrings.Option_CoalitionRule)]
    public string? CoalitionRule { get; init; }

    /// <summary>Where to write every member's verdict.</summary>
    [CommandOption("-o|--out <FILE>")]
    [LocalizedDescription(CliStrings.Option_NegotiateOut)]
    public string? Out { get; init; }

    /// <summary>Cluster members by interest and compare with the real coalitions.</summary>
    [CommandOption("--discover")]
    [LocalizedDescription(CliStrings.Option_Discover)]
    public bool Discover { get; init; }

    /// <summary>Parameters to search.</summary>
    [CommandOption("--search <PARAM=LOW:HIGH>")]
    [LocalizedDescription(CliStrings.Option_Search)]
    public string[] Search { get; init; } = [];

    /// <summary>Drafts in the Latin hypercube.</summary>
    [CommandOption("--drafts <N>")]
    [LocalizedDescription(CliStrings.Option_Drafts)]
    public int? Drafts { get; init; }

    /// <summary>Grid points per parameter.</summary>
    [CommandOption("--grid <N>")]
    [LocalizedDescription(CliStrings.Option_Grid)]
    public int? Grid { get; init; }

    /// <summary>The objective of the best draft.</summary>
    [CommandOption("--best <GROUP[-PART]>")]
    [LocalizedDescription(CliStrings.Option_Best)]
    public string? Best { get; init; }

    /// <summary>Where to write every searched draft.</summary>
    [CommandOption("--search-out <FILE>")]
    [LocalizedDescription(CliStrings.Option_SearchOut)]
    public string? SearchOut { get; init; }

    /// <summary>The cluster that judges the search's drafts (<c>HOST:GATEWAY</c>), or null to judge them here.</summary>
    [CommandOption("--cluster <HOST:GATEWAY>")]
    [LocalizedDescription(CliStrings.Option_ClusterSearch)]
    public string? Cluster { get; init; }

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [LocalizedDescription(CliStrings.Option_Threads)]
    public int? Threads { get; init; }

    /// <summary>The <c>--set</c> assignments with the shortcuts added.</summary>
    public IReadOnlyList<string> Assignments()
    {
        var list = new List<string>(Set);
        if (Weights is { } w)
        {
            list.Add("decision.weights=" + w);
        }

        if (CoalitionRule is { } r)
        {
            list.Add("decision.coalition_rule=" + r);
        }

        return list;
    }

    /// <summary>The search request, or null without <c>--search</c>.</summary>
    /// <exception cref="CampoException">A malformed parameter, range or objective.</exception>
    public DraftSearchRequest? SearchRequest() => Search.Length == 0 ? null : new DraftSearchRequest
    {
        Dimensions = Search.Select(SearchDimension.Parse).ToArray(),
        Drafts = Drafts ?? 1000,
        GridPoints = Grid,
        Seed = Seed,
        Objective = SearchObjective.Parse(Best ?? "world"),
        Timing = Timing,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (ValidateRecord == (File.Length > 0))
        {
            return ValidationResult.Error(CliText.Text(ValidateRecord ? CliStrings.Error_ValidateNoFile : CliStrings.Error_FileNeeded));
        }

        if (Drafts is < 1 or > 1_000_000)
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Drafts, Drafts.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (Grid is { } g && g < 2)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_Grid));
        }

        if (Cluster is { } cluster)
        {
            if (!Campo.Cluster.ClusterConnection.TryParseGateways(cluster, out _))
            {
                return ValidationResult.Error(CliText.Fill(CliStrings.Error_ClusterAddress, cluster));
            }

            if (Search.Length == 0)
            {
                return ValidationResult.Error(CliText.Text(CliStrings.Error_ClusterNeedsSearch));
            }

            if (WorkspaceInputs.IsWorkspace(DataFolder))
            {
                return ValidationResult.Error(CliText.Text(CliStrings.Error_ClusterWorkspace));
            }
        }

        if (Threads is { } t && t < 1)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_ThreadsNegotiate));
        }

        // Search options without a search would be silently ignored: say so instead.
        if (Search.Length == 0 && (SearchOut is not null || Grid is not null || Drafts is not null || Best is not null))
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_SearchNeeded));
        }

        return base.Validate();
    }
}
