using Campo.Errors;
using Campo.Scenarios.Toml;

namespace Campo.Tests.Scenarios;

public class TomlDocumentTests
{
    private const string Sample = """
        name = "test"

        [market_access.developed]
        swiss = 25
        cut = 36.5

        [[market_access.bands]]
        above = 20
        cut = 50

        [[market_access.bands]]
        above = 50
        cut = 57
        """;

    [Fact]
    public void Values_are_read_with_their_types()
    {
        var root = TomlDocument.Parse(Sample, "s.toml");
        var developed = root.Table("market_access").Table("developed");
        Assert.Equal("test", root.Text("name"));
        Assert.Equal(25, developed.Number("swiss"));
        Assert.Equal(36.5, developed.Number("cut"));
    }

    [Fact]
    public void Arrays_of_tables_keep_their_order()
    {
        var root = TomlDocument.Parse(Sample, "s.toml");
        var bands = root.Table("market_access").Tables("bands");
        Assert.Equal([20.0, 50.0], bands.Select(b => b.Number("above")));
    }

    [Fact]
    public void A_value_knows_its_one_based_line_and_column()
    {
        var root = TomlDocument.Parse(Sample, "s.toml");
        var location = root.Table("market_access").Table("developed").LocationOf("cut");
        Assert.Equal("s.toml", location.File);
        Assert.Equal(5, location.Line);
        Assert.Equal(7, location.Column);
        Assert.Equal("market_access.developed.cut", location.Field);
    }

    [Fact]
    public void A_misspelt_key_is_refused_with_a_suggestion()
    {
        var root = TomlDocument.Parse("swis_coefficient = 25\n", "s.toml");
        _ = root.OptionalNumber("swiss_coefficient");
        var error = Assert.Throws<CampoException>(root.EnsureAllKeysRead);
        Assert.StartsWith("s.toml:1:1: swis_coefficient: unknown key", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"swiss_coefficient\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_what_was_found_and_expected()
    {
        var root = TomlDocument.Parse("cut = \"fifty\"\n", "s.toml");
        var error = Assert.Throws<CampoException>(() => root.Number("cut"));
        Assert.StartsWith("s.toml:1:7: cut: found a string (\"fifty\"); expected a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_rate_is_refused()
    {
        var root = TomlDocument.Parse("rate = -5\n", "s.toml");
        var error = Assert.Throws<CampoException>(() => root.Percent("rate"));
        Assert.Contains("negative rate", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("s.toml:1:8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_names_the_table()
    {
        var root = TomlDocument.Parse("[tariffs]\nother = 1\n", "s.toml");
        var error = Assert.Throws<CampoException>(() => root.Table("tariffs").Number("cut"));
        Assert.Contains("missing key \"cut\" in [tariffs]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_toml_gives_its_line_and_column()
    {
        var error = Assert.Throws<CampoException>(() => TomlDocument.Parse("name = \"ok\"\ncut = = 3\n", "bad.toml"));
        Assert.StartsWith("bad.toml:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid TOML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_defined_twice_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => TomlDocument.Parse("a = 1\na = 2\n", "d.toml"));
        Assert.StartsWith("d.toml:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotted_keys_and_inline_tables_make_tables()
    {
        var root = TomlDocument.Parse("sdt.fraction = 0.667\ncap = { developed = 100 }\n", "s.toml");
        Assert.Equal(0.667, root.Table("sdt").Number("fraction"));
        Assert.Equal(100, root.Table("cap").Number("developed"));
    }

    [Fact]
    public void A_choice_outside_the_list_suggests_the_closest()
    {
        var root = TomlDocument.Parse("rule = \"consensuss\"\n", "s.toml");
        var choices = new Dictionary<string, int> { ["consensus"] = 1, ["majority"] = 2 };
        var error = Assert.Throws<CampoException>(() => root.Choice("rule", choices));
        Assert.Contains("did you mean \"consensus\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_read_as_dates()
    {
        var root = TomlDocument.Parse("at = 2003-09-14\n", "s.toml");
        Assert.Equal(new DateOnly(2003, 9, 14), root.OptionalDate("at"));
    }
}
