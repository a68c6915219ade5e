using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Tests.Data;

public class CsvAndSuggestionTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_the_line_of_their_record()
    {
        var records = CsvReader.ReadAll(new StringReader("a,b\n\"Congo, Rep.\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y"), "t.csv");
        Assert.Equal(["Congo, Rep.", "say \"hi\""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("two\nlines", records[2].Fields[0]);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(5, records[3].Line);
    }

    [Fact]
    public void An_unclosed_quote_names_the_line_where_it_opened()
    {
        var error = Assert.Throws<CampoException>(() => CsvReader.ReadAll(new StringReader("a\n\"open\nmore"), "t.csv"));
        Assert.StartsWith("t.csv:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_numbers_have_fixed_decimals_and_no_negative_zero()
    {
        Assert.Equal("0.000", CsvWriter.Fixed(-0.0001, 3));
        Assert.Equal("20968.076", CsvWriter.Fixed(20968.07573, 3));
        Assert.Equal("-6.290", CsvWriter.Fixed(-6.29, 3));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("maiz", "maize", 1)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance) =>
        Assert.Equal(distance, Suggestions.Distance(a, b));

    [Fact]
    public void Nothing_is_suggested_when_nothing_is_close() =>
        Assert.Null(Suggestions.Closest("zzzzzz", ["maiz", "whea"]));
}
