using Campo.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;

namespace Campo.Cli.Tests.Screens;

/// <summary>Fitting a table to a terminal, on tables whose widths are counted by hand.</summary>
public sealed class TableFitTests
{
    // Rounded border, default padding: a table of n columns adds 3n + 1 characters (a border and a space each side).
    private static Table Sample()
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("commodity");
        table.AddColumn(new TableColumn("farmers").RightAligned().Priority(9));
        table.AddColumn(new TableColumn("per hectare").RightAligned().Priority(1));
        table.AddColumn(new TableColumn("consumers").RightAligned().Priority(8));
        table.AddRow("Tropical and subtropical fruits", "-360", "-115", "+415");
        table.AddRow("Rice", "+591", "+14", "-522");
        return table;
    }

    [Fact]
    public void A_table_that_fits_is_written_as_built()
    {
        // Natural widths 31 + 7 + 11 + 9 = 58, plus 13 = 71 columns.
        var console = new TestConsole().Width(80);

        var (table, omitted) = TableFit.Fit(Sample(), RenderOptions.Create(console, console.Profile.Capabilities), 80);

        Assert.Empty(omitted);
        Assert.Equal(4, table.Columns.Count);
    }

    [Fact]
    public void Columns_narrow_to_their_longest_word_before_any_is_left_out()
    {
        // Longest words: "subtropical" 11, "farmers" 7, "hectare" 7, "consumers" 9 = 34, plus 13 = 47 columns.
        var console = new TestConsole().Width(47);

        var (table, omitted) = TableFit.Fit(Sample(), RenderOptions.Create(console, console.Profile.Capabilities), 47);
        console.Write(table);

        Assert.Empty(omitted);
        Assert.All(console.Lines, line => Assert.True(line.TrimEnd().Length <= 47, line));
        Assert.Contains("subtropical", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_of_lowest_priority_leaves_first_and_is_named()
    {
        // One column less than 47: "per hectare" (priority 1) leaves; 11 + 7 + 9 = 27, plus 10 = 37 columns.
        var console = new TestConsole().Width(46);

        var (table, omitted) = TableFit.Fit(Sample(), RenderOptions.Create(console, console.Profile.Capabilities), 46);
        console.Write(table);

        Assert.Equal(["per hectare"], omitted);
        Assert.Equal(3, table.Columns.Count);
        Assert.Contains("consumers", console.Output, StringComparison.Ordinal);
        Assert.All(console.Lines, line => Assert.True(line.TrimEnd().Length <= 46, line));
    }

    [Fact]
    public void The_first_column_never_leaves()
    {
        var console = new TestConsole().Width(10);

        var (table, omitted) = TableFit.Fit(Sample(), RenderOptions.Create(console, console.Profile.Capabilities), 10);

        Assert.Single(table.Columns);
        Assert.Equal(3, omitted.Count);
        Assert.Equal("commodity", ((IRenderable)table.Columns[0].Header).Render(RenderOptions.Create(console, console.Profile.Capabilities), 80).First().Text);
    }

    [Fact]
    public void The_console_names_the_columns_it_left_out_under_the_table()
    {
        var inner = new TestConsole().Width(46);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        try
        {
            FittingConsole.Around(inner).Write(Sample());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }

        Assert.Contains("Columns left out at this terminal width: per hectare.", inner.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
