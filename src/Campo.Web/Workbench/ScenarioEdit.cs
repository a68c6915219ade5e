using System.Globalization;
using System.Text.RegularExpressions;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Web.Workbench;

/// <summary>
/// Writes a draft as edited on the workbench: the shipped file, comments and all, with each changed number replaced
/// where it is written and marked as an assumption whose source names the tabled value. The result is read back and
/// checked, so a file that would not give the page's numbers is never offered. A changed choice (a formula, a placement)
/// is written in place of the tabled name, with a comment naming the tabled one (a name carries no source in the format).
/// </summary>
public static partial class ScenarioEdit
{
    private const int SearchLines = 8;

    /// <summary>The scenario text with the changed knobs written in.</summary>
    /// <param name="text">The shipped draft's text.</param>
    /// <param name="file">Its name, for messages.</param>
    /// <param name="changes">The changed knobs.</param>
    /// <param name="choices">The changed choices.</param>
    /// <exception cref="CampoException">A value could not be placed in the file (a defect, named with the key).</exception>
    public static string Apply(string text, string file, IReadOnlyList<Knob> changes, IReadOnlyList<ChoiceKnob> choices)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(choices);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        foreach (var knob in changes)
        {
            Place(lines, knob);
        }

        foreach (var choice in choices)
        {
            Place(lines, choice);
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

        foreach (var choice in choices)
        {
            var read = check.Choices.LastOrDefault(c => c.Path == choice.Choice.Path);
            if (read is null || read.Value != choice.Value)
            {
                throw new CampoException("the edited draft does not carry " + choice.Choice.Path + " = \"" + choice.Value + "\"", "report this with the draft and the link", SourceLocation.OfField(choice.Choice.Path));
            }
        }

        return edited;
    }

    /// <summary>
    /// When a changed formula makes the reader refuse a key the draft writes in the same table (a blended formula's
    /// <c>uruguay_round_share</c> under a Swiss formula), the text with that key's line commented out, saying why;
    /// otherwise null (the refusal stands).
    /// </summary>
    /// <param name="text">The text the reader refused.</param>
    /// <param name="file">Its name, as the reader was given it.</param>
    /// <param name="refused">The reader's refusal.</param>
    /// <param name="choices">The changed choices.</param>
    /// <param name="assignments">The changes as <c>--set</c> assignments (a key set there is never left out).</param>
    public static string? LeaveOut(string text, string file, CampoException refused, IReadOnlyList<ChoiceKnob> choices, IReadOnlyList<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(assignments);
        if (refused.Location is not { Field: { } field, Line: { } line } location || location.File != file)
        {
            return null;
        }

        var formula = choices.FirstOrDefault(c => c.Choice.Path.EndsWith(".formula", StringComparison.Ordinal)
            && field.StartsWith(c.Choice.Path[..^"formula".Length], StringComparison.Ordinal)
            && !field[(c.Choice.Path.Length - "formula".Length)..].Contains('.', StringComparison.Ordinal));
        if (formula is null || assignments.Any(a => a.StartsWith(field + "=", StringComparison.Ordinal)))
        {
            return null;
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline);
        var key = field[(field.LastIndexOf('.') + 1)..];
        if (line < 1 || line > lines.Length || !new Regex(@"^\s*" + Regex.Escape(key) + @"\s*=").IsMatch(lines[line - 1]))
        {
            return null;
        }

        lines[line - 1] = "# " + lines[line - 1] + "  # left out in the Campo workbench: the formula \"" + formula.Value + "\" does not read it";
        return string.Join(newline, lines);
    }

    private static void Place(List<string> lines, ChoiceKnob choice)
    {
        var key = choice.Choice.Path.Split('.')[^1];
        var first = (choice.Choice.Location.Line ?? 1) - 1;
        var pattern = new Regex(@"^(\s*" + Regex.Escape(key) + @"\s*=\s*)""(?<name>[^""]*)""(?<rest>.*)$");
        for (var i = Math.Max(0, first); i < Math.Min(lines.Count, first + SearchLines); i++)
        {
            var match = pattern.Match(lines[i]);
            if (match.Success && match.Groups["name"].Value == choice.Choice.Value)
            {
                var note = " # edited in the Campo workbench (the tabled draft has \"" + choice.Choice.Value + "\")";
                var rest = match.Groups["rest"].Value.TrimEnd();
                lines[i] = match.Groups[1].Value + "\"" + choice.Value + "\"" + (rest.Length == 0 ? note : rest + ";" + note[2..]);
                return;
            }
        }

        throw new CampoException("the choice " + choice.Choice.Path + " was not found where the draft writes it", "report this with the draft and the link", SourceLocation.OfField(choice.Choice.Path));
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
