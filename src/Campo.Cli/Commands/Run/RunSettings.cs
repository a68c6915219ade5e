using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Run;

/// <summary>Settings shared by <c>campo run</c> and <c>campo compare</c>: data, overrides, uncertainty, focus member.</summary>
public class EvaluationSettings : JsonSettings
{
    /// <summary>The member to report in detail.</summary>
    [CommandOption("-m|--member <ISO3>")]
    [LocalizedDescription(CliStrings.Option_Member)]
    public string? Member { get; init; }

    /// <summary>Monte Carlo draws for the uncertainty bands.</summary>
    [CommandOption("--draws <N>")]
    [LocalizedDescription(CliStrings.Option_Draws)]
    [DefaultValue(Defaults.Draws)]
    public int Draws { get; init; } = Defaults.Draws;

    /// <summary>Seed of the draws.</summary>
    [CommandOption("--seed <N>")]
    [LocalizedDescription(CliStrings.Option_Seed)]
    [DefaultValue(Defaults.Seed)]
    public ulong Seed { get; init; } = Defaults.Seed;

    /// <summary>Spread of the elasticities.</summary>
    [CommandOption("--elasticity-cv <CV>")]
    [LocalizedDescription(CliStrings.Option_ElasticityCv)]
    [DefaultValue(Defaults.ElasticityCv)]
    public double ElasticityCv { get; init; } = Defaults.ElasticityCv;

    /// <summary>Overrides of the draft's values.</summary>
    [CommandOption("--set <PATH=VALUE>")]
    [LocalizedDescription(CliStrings.Option_Set)]
    public string[] Set { get; init; } = [];

    /// <summary>A dataset folder instead of the scenario's.</summary>
    [CommandOption("--data <DIR>")]
    [LocalizedDescription(CliStrings.Option_DataScenario)]
    public string? DataFolder { get; init; }

    /// <summary>Drop the cross-price links.</summary>
    [CommandOption("--no-cross-prices")]
    [LocalizedDescription(CliStrings.Option_NoCrossPrices)]
    public bool NoCrossPrices { get; init; }

    /// <summary>Where to write the HTML report, or null.</summary>
    [CommandOption("--report <FILE>")]
    [LocalizedDescription(CliStrings.Option_Report)]
    public string? Report { get; init; }

    /// <summary>Where to write the report's charts as SVG and PNG, or null.</summary>
    [CommandOption("--charts <DIR>")]
    [LocalizedDescription(CliStrings.Option_Charts)]
    public string? Charts { get; init; }

    /// <summary>Replace output files that exist.</summary>
    [CommandOption("--force")]
    [LocalizedDescription(CliStrings.Option_Force)]
    public bool Force { get; init; }

    /// <summary>The focus member as a code, or null.</summary>
    public MemberId? MemberId => Member is null ? null : new MemberId(Member);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Member is not null && !Domain.MemberId.TryParse(Member, out _))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Member, Member));
        }

        if (Draws is < 0 or > 100_000)
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Draws, Draws.ToString(CultureInfo.InvariantCulture)));
        }

        if (!(ElasticityCv > 0 && ElasticityCv <= 2))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_ElasticityCv, ElasticityCv.ToString(CultureInfo.InvariantCulture)));
        }

        return base.Validate();
    }
}

/// <summary>Settings of <c>campo run</c>.</summary>
public sealed class RunSettings : EvaluationSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<FILE>")]
    [LocalizedDescription(CliStrings.Argument_ScenarioFile)]
    public string File { get; init; } = string.Empty;

    /// <summary>Judge the negotiation's verdict in every draw too.</summary>
    [CommandOption("--verdict")]
    [LocalizedDescription(CliStrings.Option_Verdict)]
    public bool Verdict { get; init; }

    /// <summary>Where to write every market's results.</summary>
    [CommandOption("-o|--out <FILE>")]
    [LocalizedDescription(CliStrings.Option_RunOut)]
    public string? Out { get; init; }

    /// <summary>The cluster that evaluates the Monte Carlo draws (<c>HOST:GATEWAY</c>), or null to evaluate them here.</summary>
    [CommandOption("--cluster <HOST:GATEWAY>")]
    [LocalizedDescription(CliStrings.Option_ClusterDraws)]
    public string? Cluster { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var shared = base.Validate();
        if (!shared.Successful)
        {
            return shared;
        }

        if (Cluster is { } cluster)
        {
            if (!Campo.Cluster.ClusterConnection.TryParseGateways(cluster, out _))
            {
                return ValidationResult.Error(CliText.Fill(CliStrings.Error_ClusterAddress, cluster));
            }

            if (Draws < 1)
            {
                return ValidationResult.Error(CliText.Text(CliStrings.Error_ClusterNeedsDraws));
            }

            if (WorkspaceInputs.IsWorkspace(DataFolder))
            {
                return ValidationResult.Error(CliText.Text(CliStrings.Error_ClusterWorkspace));
            }
        }

        return shared;
    }
}

/// <summary>Settings of <c>campo compare</c>.</summary>
public sealed class CompareSettings : EvaluationSettings
{
    /// <summary>The first draft.</summary>
    [CommandArgument(0, "<A>")]
    [LocalizedDescription(CliStrings.Argument_CompareFirst)]
    public string First { get; init; } = string.Empty;

    /// <summary>The second draft.</summary>
    [CommandArgument(1, "<B>")]
    [LocalizedDescription(CliStrings.Argument_CompareSecond)]
    public string Second { get; init; } = string.Empty;

    /// <summary>Where to write both drafts' results as a workbook.</summary>
    [CommandOption("-o|--out <FILE>")]
    [LocalizedDescription(CliStrings.Option_CompareOut)]
    public string? Out { get; init; }
}
