using System.Globalization;
using Campo.Reports.Localization;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Where <c>campo</c> looks for the language to speak in: the <c>CAMPO_LANG</c> environment variable and the
/// process's user-interface culture. Tests pass their own, so that a machine's settings never leak into them.
/// </summary>
/// <param name="Variable">The value of <c>CAMPO_LANG</c>, or null when it is not set.</param>
/// <param name="UiCulture">The user-interface culture of the process.</param>
public sealed record LanguageSources(string? Variable, CultureInfo UiCulture)
{
    /// <summary>The name of the environment variable that chooses the language.</summary>
    public const string VariableName = "CAMPO_LANG";

    /// <summary>Nothing chosen: English unless <c>--lang</c> says otherwise.</summary>
    public static LanguageSources None { get; } = new(null, CultureInfo.InvariantCulture);

    /// <summary>The process's environment variable and user-interface culture.</summary>
    public static LanguageSources FromProcess() => new(Environment.GetEnvironmentVariable(VariableName), CultureInfo.CurrentUICulture);
}

/// <summary>
/// Chooses the language of the command line: <c>--lang</c> in the arguments, else <c>CAMPO_LANG</c>, else the
/// user-interface culture when it is English, Spanish, French or Portuguese, else English. A value that is not one
/// of the four is skipped here; <c>--lang</c>'s own validation then reports it.
/// </summary>
public static class CliLanguage
{
    /// <summary>The option that chooses the language on every command.</summary>
    public const string Option = "--lang";

    /// <summary>Chooses the language.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="sources">The environment variable and the UI culture.</param>
    public static ReportLanguage Choose(IReadOnlyList<string> args, LanguageSources sources)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(sources);
        return FromArguments(args) ?? ReportLanguage.Find(sources.Variable) ?? FromCulture(sources.UiCulture) ?? ReportLanguage.English;
    }

    /// <summary>
    /// The language the arguments ask for with <c>--lang xx</c>, <c>--lang=xx</c> or <c>--lang:xx</c> (the last one
    /// given, before any <c>--</c>), or null when they ask for none or for one Campo does not speak.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    public static ReportLanguage? FromArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? code = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == Option && i + 1 < args.Count)
            {
                code = args[++i];
            }
            else if (arg.Length > Option.Length + 1 && arg.StartsWith(Option, StringComparison.Ordinal) && arg[Option.Length] is '=' or ':')
            {
                code = arg[(Option.Length + 1)..];
            }
        }

        return ReportLanguage.Find(code);
    }

    /// <summary>
    /// The arguments for a help request without their <c>--lang</c>, which has done its work by then: the branches
    /// (<c>campo data --help --lang fr</c>) take no options, and help needs none. Other requests are unchanged.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    public static string[] ForParser(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var end = Array.IndexOf(args, "--");
        var options = end < 0 ? args : args[..end];
        if (!options.Any(a => a is "-h" or "--help" or "-?"))
        {
            return args;
        }

        var kept = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (i < options.Length && args[i] == Option && i + 1 < options.Length)
            {
                i++;
            }
            else if (i >= options.Length || !(args[i].Length > Option.Length + 1 && args[i].StartsWith(Option, StringComparison.Ordinal) && args[i][Option.Length] is '=' or ':'))
            {
                kept.Add(args[i]);
            }
        }

        return [.. kept];
    }

    /// <summary>The language of a culture or of one of its parents (fr-CA is French), or null.</summary>
    /// <param name="culture">A culture; the invariant culture gives null.</param>
    public static ReportLanguage? FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.IsNullOrEmpty(culture.Name) ? null : ReportLanguage.Find(culture.Name);
    }

    /// <summary>
    /// The language the command line speaks now: the one <see cref="CampoApp"/> set as the thread's UI culture when it
    /// started, or English outside a run.
    /// </summary>
    public static ReportLanguage Current => FromCulture(CultureInfo.CurrentUICulture) ?? ReportLanguage.English;
}
