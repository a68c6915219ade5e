using System.Text.RegularExpressions;

namespace Campo.Cli.Tests.Screens;

/// <summary>
/// A number written with a no-break space (the French thousands separator U+202F "+4 730", the space before "%" in
/// "17,6 %") stays on one line of a table at a narrow terminal width (audit 6, §4.2: the world total "+4 730" was
/// printed as "+4" with "730" on the next line, and "17,6 %" split before "%").
/// </summary>
public sealed partial class NoBreakNumberTests
{
    [Theory]
    [InlineData(80, "fr", "run", "rev4-2008", "--draws", "0")]
    [InlineData(80, "fr", "run", "rev4-2008", "--draws", "0", "--member", "BFA")]
    [InlineData(60, "fr", "run", "cancun-2003", "--draws", "0", "--member", "IND")]
    [InlineData(80, "es", "run", "rev4-2008", "--draws", "0", "--member", "BFA")]
    public void A_number_with_a_no_break_space_is_never_split_across_the_lines_of_a_table(int width, string language, params string[] args)
    {
        var command = args.Concat(["--lang", language]).ToArray();
        var narrow = CliHarness.RunAtWidth(width, command);
        var wide = CliHarness.RunAtWidth(250, command);
        Assert.Equal(0, narrow.ExitCode);

        // Words of the table rows, separated only by ordinary spaces and the table's drawing characters: a number
        // joined by a no-break space is one word; cut at its no-break space it becomes words the wide screen lacks.
        var whole = Words(wide.Output).ToHashSet(StringComparer.Ordinal);
        var cut = Words(narrow.Output).Where(w => Digit().IsMatch(w) && !whole.Contains(w)).Distinct().ToList();
        Assert.True(cut.Count == 0, $"numbers cut at {width} columns ({language}): {string.Join(" | ", cut.Take(12))}");
        Assert.Contains(Words(wide.Output), w => w.Contains('\u202F', StringComparison.Ordinal) || w.Contains('\u00A0', StringComparison.Ordinal));
    }

    private static IEnumerable<string> Words(string output) =>
        output.Split('\n').Where(l => l.TrimStart().StartsWith('│'))
            .SelectMany(l => Separators().Split(l))
            .Select(w => w.Trim('\u00A0', '\u202F').TrimEnd('.', ',', ';', ':'))
            .Where(w => w.Length > 0);

    [GeneratedRegex(@"[ \t\r│┃|─━╭╮╰╯├┤┬┴┼═╞╡╪┌┐└┘]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
