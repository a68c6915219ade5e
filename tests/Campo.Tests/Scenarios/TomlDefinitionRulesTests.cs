using System.Text;
using Campo.Errors;
using Campo.Scenarios.Toml;

namespace Campo.Tests.Scenarios;

/// <summary>
/// TOML's rules on defining keys and tables (TOML 1.0.0, "Table" and "Inline Table" sections, https://toml.io/en/v1.0.0),
/// applied by Campo's reader itself, and the limits it states with a line: a large valid table, deep nesting, nan.
/// </summary>
public class TomlDefinitionRulesTests
{
    [Fact]
    public void A_table_of_95000_distinct_keys_is_read_whole()
    {
        // Tomlyn's own redefinition check refused such a table with a false "already defined" for two different keys.
        const int count = 95_000;
        var text = new StringBuilder("[big]\n");
        for (var i = 0; i < count; i++)
        {
            text.Append('k').Append(i).Append(" = ").Append(i).Append('\n');
        }

        var big = TomlDocument.Parse(text.ToString(), "big.toml").Table("big");
        Assert.Equal(count, big.Keys.Count);
        Assert.Equal(94_999, big.Number("k94999"));
    }

    [Theory]
    [InlineData("[a]\nx = 1\n[a]\ny = 2\n", 3)] // a table defined twice by its header
    [InlineData("a = { x = 1 }\n[a]\ny = 2\n", 2)] // an inline table is closed
    [InlineData("a = { x = 1 }\na.y = 2\n", 2)] // ... to dotted keys too
    [InlineData("a = [1]\n[[a]]\ny = 2\n", 2)] // a list of values is not a list of tables
    [InlineData("[a]\nb.c = 1\n[a.b]\nd = 2\n", 3)] // a table made by dotted keys is not defined again by a header
    [InlineData("[a.b]\nc = 1\n[a]\nb.d = 2\n", 4)] // nor a header's table extended by dotted keys
    [InlineData("a = 1\na.b = 2\n", 2)] // a value is not a table
    [InlineData("[[a]]\n[a]\n", 2)] // a list of tables is not a table
    public void A_redefinition_is_refused_at_its_line(string toml, int line)
    {
        var error = Assert.Throws<CampoException>(() => TomlDocument.Parse(toml, "r.toml"));
        Assert.Equal(line, error.Location?.Line);
        Assert.Equal("r.toml", error.Location?.File);
    }

    [Fact]
    public void What_TOML_allows_is_read()
    {
        const string toml = """
            [a.b.c]
            x = 1
            [a]
            y = 2
            [fruit]
            apple.color = "red"
            apple.taste.sweet = true
            [fruit.apple.texture]
            smooth = true
            [[list]]
            n = 1
            [list.sub]
            m = 1
            [[list]]
            n = 2
            [list.sub]
            m = 2
            """;
        var root = TomlDocument.Parse(toml, "ok.toml");
        Assert.Equal(2, root.Table("a").Number("y"));
        Assert.Equal(1, root.Table("a").Table("b").Table("c").Number("x"));
        Assert.Equal("red", root.Table("fruit").Table("apple").Text("color"));
        Assert.True(root.Table("fruit").Table("apple").Table("texture").Flag("smooth", false));
        Assert.Equal([1.0, 2.0], root.Tables("list").Select(t => t.Table("sub").Number("m")));
    }

    [Fact]
    public void Deep_nesting_is_refused_at_the_bracket_that_goes_too_deep()
    {
        // Line 2, after "x = ": the 33rd '[' opens at column 4 + 33 = 37.
        var toml = "a = 1\nx = " + new string('[', 2000) + new string(']', 2000) + "\n";
        var error = Assert.Throws<CampoException>(() => TomlDocument.Parse(toml, "deep.toml"));
        Assert.Equal(2, error.Location?.Line);
        Assert.Equal(4 + TomlDocument.MaxNesting + 1, error.Location?.Column);
        Assert.DoesNotContain("MaxDepth", error.Message, StringComparison.Ordinal);
        Assert.Contains("32 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Brackets_in_texts_and_comments_do_not_count_as_nesting()
    {
        var brackets = new string('[', 100);
        var toml = "a = \"" + brackets + "\"\nb = '" + brackets + "'\nc = \"\"\"\n" + brackets + "\n\"\"\"\n# " + brackets + "\nd = [[1, 2], [3]]\n";
        var root = TomlDocument.Parse(toml, "s.toml");
        Assert.Equal(brackets, root.Text("a"));
        Assert.Equal(brackets, root.Text("b"));
    }

    [Theory]
    [InlineData("nan", "nan")]
    [InlineData("+nan", "nan")]
    [InlineData("inf", "inf")]
    [InlineData("-inf", "-inf")]
    public void A_value_that_is_not_finite_is_named_as_such(string written, string shown)
    {
        var root = TomlDocument.Parse("cut = " + written + "\n", "n.toml");
        var error = Assert.Throws<CampoException>(() => root.Number("cut"));
        Assert.Contains("found " + shown + ", which is not a finite number", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("found a number", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location?.Line);
    }
}
