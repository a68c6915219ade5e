using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Schedule;

/// <summary>The arguments and options of <c>campo schedule</c>.</summary>
public sealed class ScheduleSettings : JsonSettings
{
    /// <summary>The member, as an ISO 3166 alpha-3 code.</summary>
    [CommandArgument(0, "<MEMBER>")]
    [LocalizedDescription(CliStrings.Argument_ScheduleMember)]
    public string Member { get; init; } = string.Empty;

    /// <summary>The scenario file.</summary>
    [CommandOption("--draft <FILE>")]
    [LocalizedDescription(CliStrings.Option_Draft)]
    public string? Draft { get; init; }

    /// <summary>The member's schedule file.</summary>
    [CommandOption("--schedule <FILE>")]
    [LocalizedDescription(CliStrings.Option_Schedule)]
    public string? Schedule { get; init; }

    /// <summary>A dataset folder instead of the scenario's.</summary>
    [CommandOption("--data <DIR>")]
    [LocalizedDescription(CliStrings.Option_ScheduleData)]
    public string? DataFolder { get; init; }

    /// <summary>The member's development status.</summary>
    [CommandOption("--status <STATUS>")]
    [LocalizedDescription(CliStrings.Option_Status)]
    public string? Status { get; init; }

    /// <summary>Small, vulnerable economy.</summary>
    [CommandOption("--sve")]
    [LocalizedDescription(CliStrings.Option_Sve)]
    public bool SmallVulnerable { get; init; }

    /// <summary>Recently acceded member.</summary>
    [CommandOption("--ram")]
    [LocalizedDescription(CliStrings.Option_Ram)]
    public bool RecentlyAcceded { get; init; }

    /// <summary>Overrides of the draft's values.</summary>
    [CommandOption("--set <PATH=VALUE>")]
    [LocalizedDescription(CliStrings.Option_Set)]
    public string[] Set { get; init; } = [];

    /// <summary>Replace an existing --lines file.</summary>
    [CommandOption("--force")]
    [LocalizedDescription(CliStrings.Option_Force)]
    public bool Force { get; init; }

    /// <summary>Where to write every line's result as CSV, or null.</summary>
    [CommandOption("--lines <FILE>")]
    [LocalizedDescription(CliStrings.Option_Lines)]
    public string? Lines { get; init; }

    /// <summary>The member code, once validated.</summary>
    public MemberId MemberId => new(Member);

    /// <summary>The status, once validated, or null when not given.</summary>
    public DevelopmentStatus? DevelopmentStatus => Status is null ? null : Scenarios.ScenarioReader.StatusKeys[Status.ToLowerInvariant()];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!MemberId.TryParse(Member, out _))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_ScheduleMember, Member));
        }

        if (string.IsNullOrWhiteSpace(Draft))
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_ScheduleDraft));
        }

        if (Status is not null && !Scenarios.ScenarioReader.StatusKeys.ContainsKey(Status.ToLowerInvariant()))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_ScheduleStatus, Status));
        }

        return base.Validate();
    }
}
