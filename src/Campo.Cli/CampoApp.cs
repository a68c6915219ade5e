using System.Globalization;
using Campo.Cli.Commands.Data;
using Campo.Cli.Commands.Dumping;
using Campo.Cli.Commands.Gravity;
using Campo.Cli.Commands.Negotiate;
using Campo.Cli.Commands.Run;
using Campo.Cli.Commands.Schedule;
using Campo.Cli.Commands.Serve;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Errors;
using Campo.Gravity;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli;

/// <summary>
/// The <c>campo</c> command line: its commands, and the single place where errors become one-line messages
/// and exit codes.
/// </summary>
public static class CampoApp
{
    /// <summary>Runs the command line and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments after <c>campo</c>.</param>
    /// <param name="output">Where to write; tests pass captured writers.</param>
    public static int Run(string[] args, CliOutput output) => Run(args, output, LanguageSources.FromProcess());

    /// <summary>
    /// Runs the command line in the language chosen by <c>--lang</c>, else <paramref name="languages"/> (see
    /// <see cref="CliLanguage"/>): the thread's UI culture is that language's for the whole run (tables, messages, the
    /// library's error texts, the help) and is restored afterwards; JSON, CSV and Parquet stay invariant.
    /// </summary>
    /// <param name="args">The arguments after <c>campo</c>.</param>
    /// <param name="output">Where to write; tests pass captured writers.</param>
    /// <param name="languages">The environment variable and UI culture to fall back on; tests pass their own.</param>
    public static int Run(string[] args, CliOutput output, LanguageSources languages) => Run(args, output, languages, prefetch: false);

    /// <summary>
    /// The process's command line (the program's entry point): starts the command's start-up JIT profile
    /// (<see cref="StartupJitProfile"/>) and, for a command that evaluates drafts on the embedded dataset, its load and
    /// calibration on a second core (<see cref="DataPrefetch"/>), then runs the command line on the console.
    /// </summary>
    /// <param name="args">The arguments after <c>campo</c>.</param>
    public static int RunProcess(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        StartupJitProfile.Start(args);
        return Run(args, CliOutput.FromProcess(), LanguageSources.FromProcess(), prefetch: true);
    }

    private static int Run(string[] args, CliOutput output, LanguageSources languages, bool prefetch)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(languages);
        output = output with { Console = FittingConsole.Around(output.Console) };
        var timing = TimingReport.Start(args);
        var language = CliLanguage.Choose(args, languages);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language.Culture;
        if (prefetch)
        {
            // After the timing starts (its phases then show the calibration) and the language is set (it flows to the
            // pool thread with the culture, so a message of the data is in the reader's language as before).
            DataPrefetch.Start(args);
        }

        try
        {
            if (args is ["--version"] or ["-v"] or ["version"])
            {
                output.Out.WriteLine("campo " + Version);
                return ExitCodes.Ok;
            }

            if (OptionValues.MissingValue(args) is { } missing)
            {
                output.Error.WriteLine("campo: " + missing);
                return ExitCodes.UsageError;
            }

            var registrar = new TypeRegistrar();
            registrar.RegisterInstance(typeof(CliOutput), output);
            var app = new CommandApp(registrar);
            app.Configure(config =>
            {
                config.SetApplicationName("campo");
                config.SetApplicationCulture(language.Culture);
                config.ConfigureConsole(output.Console);
                config.Settings.StrictParsing = true;
                config.SetExceptionHandler((exception, _) => Report(exception, args, output));
                if (timing is not null)
                {
                    config.SetInterceptor(new TimingInterceptor(timing));
                }

                Configure(config);
            });
            return app.Run(CliLanguage.ForParser(args));
        }
        finally
        {
            timing?.Write(output.Error);
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetHelpProvider(new CampoHelpProvider(config.Settings));
        config.AddExample("run", "scenarios/cancun-2003.toml");
        config.AddExample("run", "scenarios/cancun-2003.toml", CliLanguage.Option, "es");
        RunCommands.Register(config);
        DataCommands.Register(config);
        ScheduleCommands.Register(config);
        GravityCommands.Register(config);
        DumpingCommands.Register(config);
        ServeCommands.Register(config);
        NegotiateCommands.Register(config);
        Commands.Cluster.ClusterCommands.Register(config);
    }

    /// <summary>
    /// The exit code of a refusal, by what it names: a model not solved (3); an output file (73); an option of the
    /// command line, with no file (2, as Spectre's own refusals of option values); otherwise an input (1).
    /// </summary>
    internal static int ExitCodeOf(CampoException error) => error switch
    {
        SolverException => ExitCodes.NotSolved,
        { Location.Field: var field } when OutputPaths.IsOutputOption(field) => ExitCodes.OutputError,
        { Location: { File: null, Field: { } option } } when option.StartsWith("--", StringComparison.Ordinal) => ExitCodes.UsageError,
        _ => ExitCodes.InputError,
    };

    /// <summary>The program's version: the informational version stamped at build (with its commit when known).</summary>
    public static string Version =>
        typeof(CampoApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(CampoApp).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>Turns an exception into the one line a user reads, and its exit code.</summary>
    private static int Report(Exception exception, string[] args, CliOutput output)
    {
        switch (exception)
        {
            case CommandRuntimeException { InnerException: not null and not CampoException and not GravityException } when OptionValues.InvalidValue(args) is { } invalid:
                // Spectre could not convert an option's value; it does not name the option, so say which and why.
                output.Error.WriteLine("campo: " + invalid);
                return ExitCodes.UsageError;
            case CommandParseException parse:
                // Spectre's parse errors point a caret at the bad token; keep that form for the command line itself.
                if (parse.Pretty is { } pretty)
                {
                    output.Console.Write(pretty);
                }
                else
                {
                    output.Error.WriteLine("campo: " + parse.Message);
                }

                return ExitCodes.UsageError;
            case CommandRuntimeException runtime:
                output.Error.WriteLine("campo: " + runtime.Message);
                return ExitCodes.UsageError;
            case CampoException campo:
                output.Error.WriteLine("campo: " + campo.Message);
                return ExitCodeOf(campo);
            case GravityException gravity:
                // The gravity engine is a standalone package with its own error type, of the same form.
                output.Error.WriteLine("campo: " + gravity.Message);
                return gravity is GravityNotSolvedException ? ExitCodes.NotSolved : ExitCodes.InputError;
            case Campo.Cluster.ClusterUnavailableException cluster:
                output.Error.WriteLine("campo: " + Commands.Cluster.ClusterRuns.Message(cluster));
                return ExitCodes.ClusterUnavailable;
            case OperationCanceledException:
                output.Error.WriteLine("campo: " + CliText.Text(CliStrings.App_Cancelled));
                return ExitCodes.Cancelled;
            default:
                output.Error.WriteLine("campo: " + CliText.Fill(CliStrings.App_InternalError, exception.Message));
                output.Error.WriteLine(CliText.Text(CliStrings.App_PleaseReport));
                if (Environment.GetEnvironmentVariable("CAMPO_DEBUG") == "1")
                {
                    output.Console.WriteException(exception);
                }

                return ExitCodes.InternalError;
        }
    }

    /// <summary>Ends the command-line phase of <c>--timing</c> when the command starts.</summary>
    private sealed class TimingInterceptor(TimingReport timing) : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings) => timing.CommandStarts();
    }
}
