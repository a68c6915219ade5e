using System.Globalization;
using System.Text.RegularExpressions;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Web.Workbench;

/// <summary>
/// Writes a draft as edited on the workbench: the shipped file, comments and all, with each changed number replaced
/// where it is written and marked as an assumption whose source names the tabled value. The result is read back and
/// checked, so a file that would not give the page's numbers is never offered.
/// </summary>
public static partial class ScenarioEdit
{
    private const int SearchLines = 8;

    /// <summary>The scenario text with the changed knobs written in.</summary>
    /// <param name="text">The shipped draft's text.</param>
    /// <param name="file">Its name, for messages.</param>
    /// <param name="changes">The changed knobs.</param>
    /// <exception cref="CampoException">A value could not be placed in the file (a defect, named with the key).</exception>
    public static string Apply(string text, string file, IReadOnlyList<Knob> changes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(changes);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        foreach (var knob in changes)
        {
            Place(lines, knob);
        }

        var edited = string.Join(newline, lines);
        var check = ScenarioReader.Read(edited, file);
        foreach (var knob in changes)
        {
            var read = check.Parameters.LastOrDefault(p => p.Path == knob.Parameter.Path);
            if (read is null || read.Value != knob.Value)
            {
                throw new CampoException("the edited draft does not carry " + knob.Parameter.Path + " = " + knob.Text, "report this with the draft and the link", SourceLocation.OfField(knob.Parameter.Path));
            }
        }

        return edited;
    }

    private static void Place(List<string> lines, Knob knob)
    {
        var key = knob.Parameter.Path.Split('.')[^1];
        var first = (knob.Parameter.Location.Line ?? 1) - 1;
        var value = knob.Value.ToString("R", CultureInfo.InvariantCulture);
        var was = knob.Parameter.Value.ToString("R", CultureInfo.InvariantCulture);
        for (var i = Math.Max(0, first); i < Math.Min(lines.Count, first + SearchLines); i++)
        {
            var line = lines[i];
            var annotated = Annotated().Match(line);
            if (annotated.Success && line.Contains(key, StringComparison.Ordinal))
            {
                var source = "edited in the Campo workbench (the tabled draft has " + was + ")";
                var written = line[..annotated.Groups["number"].Index] + value + line[(annotated.Groups["number"].Index + annotated.Groups["number"].Length)..];
                written = Status().Replace(written, "status = \"assumption\"", 1);
                written = Source().Replace(written, m => "source = \"" + source + "; " + m.Groups["text"].Value + "\"", 1);
                lines[i] = written;
                return;
            }

            var plain = new Regex(@"^(\s*" + Regex.Escape(key) + @"\s*=\s*)(?<number>[-+]?[0-9][0-9_]*(\.[0-9_]+)?([eE][-+]?[0-9]+)?)").Match(line);
            if (plain.Success)
            {
                lines[i] = line[..plain.Groups["number"].Index] + value + line[(plain.Groups["number"].Index + plain.Groups["number"].Length)..];
                return;
            }
        }

        throw new CampoException("the number " + knob.Parameter.Path + " was not found where the draft writes it", "report this with the draft and the link", SourceLocation.OfField(knob.Parameter.Path));
    }

    [GeneratedRegex(@"\bvalue\s*=\s*(?<number>[-+]?[0-9][0-9_]*(\.[0-9_]+)?([eE][-+]?[0-9]+)?)")]
    private static partial Regex Annotated();

    [GeneratedRegex(@"status\s*=\s*""[^""]*""")]
    private static partial Regex Status();

    [GeneratedRegex(@"source\s*=\s*""(?<text>[^""]*)""")]
    private static partial Regex Source();
}
