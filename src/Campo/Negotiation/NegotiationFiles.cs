using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Negotiation;

/// <summary>
/// The negotiation's CSV files: one row per member (verdict, payoff, reasons), and one row per searched draft.
/// Money in million USD a year; shares as fractions; reasons joined by " | ". Deterministic (<see cref="CsvWriter"/>).
/// </summary>
public static class NegotiationFiles
{
    /// <summary>Every member's verdict as CSV text.</summary>
    public static string MembersCsv(NegotiationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var csv = new CsvWriter();
        csv.Row("member", "name", "status", "payoff_source", "region", "coalitions", "own", "position", "index", "object_probability", "farm_output", "farmers", "consumers", "treasury", "quota_rents", "exports", "object_share", "reasons", "note");
        foreach (var m in outcome.Members)
        {
            csv.Row(
                m.Member.Code,
                m.Name,
                Domain.EnumSpelling.Of(m.Status),
                Domain.EnumSpelling.Of(m.PayoffSource),
                m.Region?.Code ?? string.Empty,
                string.Join(";", m.Coalitions),
                Domain.EnumSpelling.Of(m.Own),
                Domain.EnumSpelling.Of(m.Position),
                CsvWriter.Fixed(m.Index, 4),
                CsvWriter.Fixed(m.ObjectProbability, 4),
                CsvWriter.Fixed(m.FarmOutput, 3),
                CsvWriter.Fixed(m.Payoff?.Producer, 3),
                CsvWriter.Fixed(m.Payoff?.Consumer, 3),
                CsvWriter.Fixed(m.Payoff?.Government, 3),
                CsvWriter.Fixed(m.Payoff?.QuotaRent, 3),
                CsvWriter.Fixed(m.Payoff?.Exports, 3),
                CsvWriter.Fixed(m.ObjectShare, 4),
                string.Join(" | ", m.Reasons.Select(r => r.Text)),
                m.Note ?? string.Empty);
        }

        return csv.ToString();
    }

    /// <summary>Every searched draft as CSV text: its knob values, whether it passes, its objectors and objective.</summary>
    public static string SearchCsv(DraftSearchReport search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var csv = new CsvWriter();
        csv.Row([.. search.Dimensions.Select(d => d.Name), "passes", "objecting", "objective", "distance"]);
        foreach (var p in search.Points)
        {
            csv.Row([.. p.Values.Select(v => CsvWriter.Fixed(v, 4)), p.Passes ? "true" : "false", p.Objecting.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvWriter.Fixed(p.Objective, 3), CsvWriter.Fixed(p.Distance, 4)]);
        }

        return csv.ToString();
    }

    /// <summary>Writes CSV text to a file named by the user.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="path">The full path.</param>
    /// <param name="shown">The path as the user gave it, for messages.</param>
    /// <param name="option">The option that named the file.</param>
    /// <exception cref="CampoException">Not a .csv name, or the file cannot be written.</exception>
    public static void Save(string text, string path, string shown, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new CampoException("cannot write \"" + Path.GetExtension(path) + "\" files", "name the file with .csv", new SourceLocation(shown, Field: option));
        }

        try
        {
            Data.OutputFile.WriteText(path, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CampoException("cannot write the file: " + exception.Message, "give a path in a folder you can write to", new SourceLocation(shown, Field: option), exception);
        }
    }
}
