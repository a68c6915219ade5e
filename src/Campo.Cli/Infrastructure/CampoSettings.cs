using Campo.Cli.Resources;
using Campo.Reports.Localization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Settings every command has: <c>--lang</c>, the language of the tables, messages and help, and of an HTML report.
/// <see cref="CampoApp"/> reads the flag from the arguments before the command runs (<see cref="CliLanguage"/>); this
/// class declares it, so that it is documented and checked.
/// </summary>
public class CampoSettings : CommandSettings
{
    private readonly string? _lang;

    /// <summary>
    /// The language code: the one given with <c>--lang</c>, or the language the command line speaks (from
    /// <c>CAMPO_LANG</c> or the system), so that <c>--report</c> follows it.
    /// </summary>
    [CommandOption(CliLanguage.Option + " <LANG>")]
    [LocalizedDescription(CliStrings.Option_Lang)]
    public string Lang
    {
        get => _lang ?? CliLanguage.Current.Code;
        init => _lang = value;
    }

    /// <summary>
    /// <c>--timing</c>: where the command's time went, printed on the error stream after its output (read by
    /// <see cref="CampoApp"/> from the arguments, like <c>--lang</c>; see <see cref="TimingReport"/>).
    /// </summary>
    [CommandOption(TimingReport.Option)]
    [LocalizedDescription(CliStrings.Option_Timing)]
    public bool Timing { get; init; }

    /// <summary>The language of an HTML report: <see cref="Lang"/>.</summary>
    public ReportLanguage ReportLanguage => ReportLanguage.Find(Lang) ?? CliLanguage.Current;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        _lang is not null && ReportLanguage.Find(_lang) is null
            ? ValidationResult.Error(CliText.Fill(CliStrings.Error_Lang, _lang))
            : base.Validate();
}
