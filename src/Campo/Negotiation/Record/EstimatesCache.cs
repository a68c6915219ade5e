using System.Globalization;
using Campo.Composition;
using Campo.Data;

namespace Campo.Negotiation.Record;

/// <summary>
/// Keeps the estimates fitted on the shipped record in the cache folder (<c>CAMPO_CACHE</c>, as the dataset snapshot),
/// for the embedded default dataset only: the file is keyed by the library's module version id (which changes with
/// any change of code, dataset or record, all embedded) and by the cross-price setting. A missing, unreadable or stale
/// file is refitted; a folder that cannot be written only costs the refit.
/// </summary>
internal static class EstimatesCache
{
    private const string Prefix = "decision-";
    private const string Suffix = ".estimates";

    /// <summary>The cached estimates for this build and context, or null.</summary>
    public static DecisionEstimates? Read(EvaluationContext context, NegotiationRecord record)
    {
        if (PathOf(context) is not { } path)
        {
            return null;
        }

        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var lines = File.ReadAllLines(path);
            if (lines.Length != 4)
            {
                return null;
            }

            double Parse(string v) => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);
            var beta = lines[0].Split(' ').Select(Parse).ToArray();
            var errors = lines[1].Split(' ').Select(v => v == "-" ? (double?)null : Parse(v)).ToArray();
            var kappa = Parse(lines[2]);
            var counts = lines[3].Split(' ').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            return beta.Length == Logit.Size && errors.Length == Logit.Size && counts.Length == 2
                ? new DecisionEstimates(new DecisionCoefficients(beta, kappa), errors, counts[0], counts[1], record)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the estimates (a temporary file, then renamed).</summary>
    public static void Write(EvaluationContext context, DecisionEstimates estimates)
    {
        if (PathOf(context) is not { } path)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
            var text = string.Join(' ', estimates.Coefficients.Beta.Select(R)) + "\n"
                + string.Join(' ', estimates.StandardErrors.Select(e => e is { } v ? R(v) : "-")) + "\n"
                + R(estimates.Coefficients.Discipline) + "\n"
                + estimates.Events.ToString(CultureInfo.InvariantCulture) + " " + estimates.Observations.ToString(CultureInfo.InvariantCulture) + "\n";
            var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache this time.
        }
    }

    private static string? PathOf(EvaluationContext context)
    {
        if (!string.Equals(context.Dataset.Origin, DatasetLoader.DefaultOriginName, StringComparison.Ordinal) || DatasetSnapshot.CacheFolder() is not { } folder)
        {
            return null;
        }

        var key = Convert.ToHexStringLower(typeof(EstimatesCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return Path.Combine(folder, Prefix + key + (context.CrossPrices ? string.Empty : "-nocross") + Suffix);
    }
}
