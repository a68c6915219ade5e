using System.ComponentModel;
using Campo.Cli.Infrastructure;
using Campo.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Schedule;

/// <summary>The arguments and options of <c>campo schedule</c>.</summary>
public sealed class ScheduleSettings : JsonSettings
{
    /// <summary>The member, as an ISO 3166 alpha-3 code.</summary>
    [CommandArgument(0, "<MEMBER>")]
    [Description("The member whose schedule to cut, as a three-letter code such as BRA.")]
    public string Member { get; init; } = string.Empty;

    /// <summary>The scenario file.</summary>
    [CommandOption("--draft <FILE>")]
    [Description("The draft: a scenario file with a [market_access] section, such as scenarios/rev4-2008.toml.")]
    public string? Draft { get; init; }

    /// <summary>The member's schedule file.</summary>
    [CommandOption("--schedule <FILE>")]
    [Description("The member's schedule: a CSV in the format of docs/models/schedules.md, or a WITS SDMX-JSON file (.json). Without it, the member's commodity-level schedule from the dataset is used (IMPACT applied tariff equivalents; cited bound rates where they exist).")]
    public string? Schedule { get; init; }

    /// <summary>A dataset folder instead of the scenario's.</summary>
    [CommandOption("--data <DIR>")]
    [Description("Without --schedule: read the member from this dataset folder instead of the one the draft names.")]
    public string? DataFolder { get; init; }

    /// <summary>The member's development status.</summary>
    [CommandOption("--status <STATUS>")]
    [Description("The member's status: developed, developing or ldc. Required with --schedule; otherwise it overrides the dataset's status on the draft's date.")]
    public string? Status { get; init; }

    /// <summary>Small, vulnerable economy.</summary>
    [CommandOption("--sve")]
    [Description("Treat the member as a small, vulnerable economy (the draft's [market_access.sve] terms).")]
    public bool SmallVulnerable { get; init; }

    /// <summary>Recently acceded member.</summary>
    [CommandOption("--ram")]
    [Description("Treat the member as a recently acceded member (the draft's [market_access.ram] terms).")]
    public bool RecentlyAcceded { get; init; }

    /// <summary>Overrides of the draft's values.</summary>
    [CommandOption("--set <PATH=VALUE>")]
    [Description("Set or replace a value of the draft, such as market_access.developed.swiss_coefficient=16; repeat for several. Recorded as an assumption set on the command line.")]
    public string[] Set { get; init; } = [];

    /// <summary>Where to write every line's result.</summary>
    [CommandOption("--lines <FILE>")]
    [Description("Also write every line's result to this CSV file.")]
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
            return ValidationResult.Error("The member \"" + Member + "\" is not a three-letter code; give one such as BRA or USA.");
        }

        if (string.IsNullOrWhiteSpace(Draft))
        {
            return ValidationResult.Error("Give the draft with --draft FILE, such as --draft scenarios/rev4-2008.toml.");
        }

        if (Status is not null && !Scenarios.ScenarioReader.StatusKeys.ContainsKey(Status.ToLowerInvariant()))
        {
            return ValidationResult.Error("The status \"" + Status + "\" is not known; give developed, developing or ldc.");
        }

        return ValidationResult.Success();
    }
}
