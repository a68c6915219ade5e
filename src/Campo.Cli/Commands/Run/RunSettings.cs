using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Run;

/// <summary>Settings shared by <c>campo run</c> and <c>campo compare</c>: data, overrides, uncertainty, focus member.</summary>
public class EvaluationSettings : JsonSettings
{
    /// <summary>The member to report in detail.</summary>
    [CommandOption("-m|--member <ISO3>")]
    [Description("Report this member in detail first (its farmers, consumers and treasury by commodity), e.g. MEX.")]
    public string? Member { get; init; }

    /// <summary>Monte Carlo draws for the uncertainty bands.</summary>
    [CommandOption("--draws <N>")]
    [Description("Monte Carlo draws over the elasticities for the 90% bands (0 for central results only). Default 200.")]
    [DefaultValue(200)]
    public int Draws { get; init; } = 200;

    /// <summary>Seed of the draws.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of the draws: the same seed gives the same bands. Default 2005.")]
    [DefaultValue(2005UL)]
    public ulong Seed { get; init; } = 2005;

    /// <summary>Spread of the elasticities.</summary>
    [CommandOption("--elasticity-cv <CV>")]
    [Description("Coefficient of variation of the lognormal factor drawn on every supply and demand elasticity (an assumption; default 0.25).")]
    [DefaultValue(0.25)]
    public double ElasticityCv { get; init; } = 0.25;

    /// <summary>Overrides of the draft's values.</summary>
    [CommandOption("--set <PATH=VALUE>")]
    [Description("Set or replace a value of the draft, such as market_access.developed.swiss_coefficient=16; repeat for several. Recorded as an assumption set on the command line.")]
    public string[] Set { get; init; } = [];

    /// <summary>A dataset folder instead of the scenario's.</summary>
    [CommandOption("--data <DIR>")]
    [Description("Evaluate on a dataset folder in the format of data/default instead of the one the scenario names.")]
    public string? DataFolder { get; init; }

    /// <summary>Drop the cross-price links.</summary>
    [CommandOption("--no-cross-prices")]
    [Description("Let each commodity's world market clear on its own (drop IMPACT's food cross-price elasticities).")]
    public bool NoCrossPrices { get; init; }

    /// <summary>Where to write the HTML report, or null.</summary>
    [CommandOption("--report <FILE>")]
    [Description("Also write a self-contained HTML report (brief, charts, tables, assumptions, glossary) to this .html file.")]
    public string? Report { get; init; }

    /// <summary>The language of the report.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("Language of the HTML report: en, es, fr or pt. Default en.")]
    [DefaultValue("en")]
    public string Lang { get; init; } = "en";

    /// <summary>The focus member as a code, or null.</summary>
    public MemberId? MemberId => Member is null ? null : new MemberId(Member);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Member is not null && !Domain.MemberId.TryParse(Member, out _))
        {
            return ValidationResult.Error("--member: \"" + Member + "\" is not a member code; give three letters such as MEX (campo data members lists them)");
        }

        if (Draws is < 0 or > 100_000)
        {
            return ValidationResult.Error("--draws: " + Draws.ToString(CultureInfo.InvariantCulture) + " is out of range; give 0 to 100000 draws");
        }

        if (!(ElasticityCv > 0 && ElasticityCv <= 2))
        {
            return ValidationResult.Error("--elasticity-cv: " + ElasticityCv.ToString(CultureInfo.InvariantCulture) + " is out of range; give a coefficient of variation above 0 and at most 2");
        }

        if (Reports.Localization.ReportLanguage.Find(Lang) is null)
        {
            return ValidationResult.Error("--lang: \"" + Lang + "\" is not a language Campo speaks; give en, es, fr or pt");
        }

        return base.Validate();
    }
}

/// <summary>Settings of <c>campo run</c>.</summary>
public sealed class RunSettings : EvaluationSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("The scenario (draft) file, such as scenarios/cancun-2003.toml.")]
    public string File { get; init; } = string.Empty;

    /// <summary>Judge the negotiation's verdict in every draw too.</summary>
    [CommandOption("--verdict")]
    [Description("Also negotiate the draft (as campo negotiate) and judge the verdict in each of the --draws draws; --json and --report include it. Without it, --report includes the verdict at the central elasticities only: the draws take about as long again as the bands.")]
    public bool Verdict { get; init; }

    /// <summary>Where to write every market's results.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("Also write every region's result for every commodity to this file: .csv or .parquet.")]
    public string? Out { get; init; }
}

/// <summary>Settings of <c>campo compare</c>.</summary>
public sealed class CompareSettings : EvaluationSettings
{
    /// <summary>The first draft.</summary>
    [CommandArgument(0, "<A>")]
    [Description("The first scenario file.")]
    public string First { get; init; } = string.Empty;

    /// <summary>The second draft.</summary>
    [CommandArgument(1, "<B>")]
    [Description("The second scenario file.")]
    public string Second { get; init; } = string.Empty;
}
