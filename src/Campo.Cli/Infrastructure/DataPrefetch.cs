using Campo.Composition;
using Campo.Data;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Issue 18: the commands that evaluate a draft on the world market (<c>run</c>, <c>compare</c>, <c>negotiate</c>)
/// almost always use the embedded dataset and its calibrated world market, and the calibration does not depend on the
/// draft. When the command line names no dataset of its own (<c>--data</c>), the process starts loading the embedded
/// dataset and calibrating its world market on a second core at once, while the main thread parses the command line
/// and reads the scenario; the command then finds the model built, or waits for the same build
/// (<see cref="EvaluationContext.For"/> builds one context per dataset, shared). Same numbers: the same calibration on
/// the same data, only started earlier. A scenario on another dataset, or a regional agreement, leaves the work unused
/// (processor time on the other core, not the answer's wait); an error of the data or the model is reported by the
/// command, where it was before.
/// </summary>
internal static class DataPrefetch
{
    private static readonly string[] Commands = ["run", "compare", "negotiate"];

    /// <summary>True when the arguments name a command that evaluates drafts and no dataset of their own.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static bool Wanted(IReadOnlyList<string> args)
    {
        var options = args.TakeWhile(a => a != "--").ToList();
        return options.Count > 1 && Commands.Contains(options[0], StringComparer.Ordinal)
            && !options.Any(a => a is "--data" || a.StartsWith("--data=", StringComparison.Ordinal) || a is "-h" or "--help");
    }

    /// <summary>Starts the load and calibration on a pool thread when <see cref="Wanted"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static void Start(IReadOnlyList<string> args)
    {
        if (!Wanted(args))
        {
            return;
        }

        var crossPrices = !args.TakeWhile(a => a != "--").Contains("--no-cross-prices", StringComparer.Ordinal);
        _ = Task.Run(() =>
        {
            try
            {
                _ = EvaluationContext.For(DatasetLoader.LoadDefault(), crossPrices);
            }
#pragma warning disable CA1031 // Only a head start: the command meets the same error where it meets it without one, and reports it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
    }
}
