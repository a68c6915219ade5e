using System.Globalization;
using System.Text.RegularExpressions;

namespace Campo.Cli.Tests.Screens;

/// <summary>
/// The screens a person reads, at the widths of real terminals (80 and 120 columns), in the four languages: no line
/// wider than the terminal, and no word or number cut. The captures are kept in
/// <c>tests/Campo.Cli.Tests/test-output/screens/</c> to look at.
/// </summary>
public sealed partial class TerminalWidthTests
{
    private const int Wide = 250;

    private static readonly string Captures = Path.Combine(CliHarness.RepositoryRoot, "tests", "Campo.Cli.Tests", "test-output", "screens");

    public static TheoryData<string, int, string> Screens()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var screen in new[] { "run", "member", "negotiate", "compare", "validate", "members", "dumping" })
        {
            data.Add(screen, 80, "en");
            data.Add(screen, 120, "en");
            data.Add(screen, 80, "fr");
            data.Add(screen, 120, "pt");
            data.Add(screen, 80, "es");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void A_screen_fits_the_terminal_without_cutting_a_word_or_a_number(string screen, int width, string language)
    {
        var args = Arguments(screen).Concat(["--lang", language]).ToArray();

        var narrow = CliHarness.RunAtWidth(width, args);
        var wide = CliHarness.RunAtWidth(Wide, args);

        Directory.CreateDirectory(Captures);
        File.WriteAllText(Path.Combine(Captures, $"{screen}-{width}-{language}.txt"), narrow.Output);
        Assert.Equal(0, narrow.ExitCode);
        var tooWide = narrow.Output.Split('\n').Where(line => new StringInfo(line.TrimEnd('\r')).LengthInTextElements > width).ToList();
        Assert.True(tooWide.Count == 0, $"{tooWide.Count} lines wider than {width} columns, first: {tooWide.FirstOrDefault()}");

        // A word or a number cut in two, or cropped with an ellipsis, is a token the wide screen does not have.
        var whole = Tokens(wide.Output).ToHashSet(StringComparer.Ordinal);
        var note = Tokens(Campo.Cli.Resources.CliStrings.ResourceManager.GetString("Table_ColumnsOmitted", CultureInfo.GetCultureInfo(language))!).ToHashSet(StringComparer.Ordinal);
        // A word longer than the terminal (a long web address) cannot be kept whole: its pieces are allowed.
        var longer = whole.Where(token => token.Length > width).ToList();
        var cut = Tokens(narrow.Output)
            .Where(token => !whole.Contains(token) && !note.Contains(token) && !longer.Any(l => l.Contains(token, StringComparison.Ordinal)))
            .Distinct().ToList();
        Assert.True(cut.Count == 0, $"cut at {width} columns ({language}): {string.Join(" | ", cut.Take(12))}");
    }

    [Fact]
    public void A_table_too_wide_for_the_terminal_names_the_columns_it_leaves_out()
    {
        var narrow = CliHarness.RunAtWidth(80, Arguments("member"));
        var wide = CliHarness.RunAtWidth(Wide, Arguments("member"));

        Assert.Contains("Columns left out at this terminal width:", narrow.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Columns left out at this terminal width:", wide.Output, StringComparison.Ordinal);
    }

    private static string[] Arguments(string screen) => screen switch
    {
        "run" => ["run", "cancun-2003", "--draws", "0"],
        "member" => ["run", "cancun-2003", "--draws", "0", "--member", "IND"],
        "negotiate" => ["negotiate", "cancun-2003", "--draws", "0"],
        "compare" => ["compare", "cancun-2003", "rev4-2008", "--draws", "0"],
        "validate" => ["negotiate", "--validate"],
        "members" => ["data", "members", "--at", "2003-09-14"],
        "dumping" => ["dumping"],
        _ => throw new ArgumentOutOfRangeException(nameof(screen)),
    };

    /// <summary>
    /// The words of a screen: runs of characters between spaces and the table's and rules' drawing characters. (The
    /// note naming the columns left out exists only on a narrow screen: its words are allowed; a word is compared
    /// without the punctuation that ends it.)
    /// </summary>
    private static IEnumerable<string> Tokens(string output) =>
        Separators().Split(output).Select(token => token.TrimEnd('.', ',', ';', ':')).Where(token => token.Length > 0);

    [GeneratedRegex(@"[\s│┃|─━╭╮╰╯├┤┬┴┼═╞╡╪┌┐└┘]+")]
    private static partial Regex Separators();
}
