using Campo.Domain;
using FsCheck.Xunit;

namespace Campo.Tests.Domain;

public class DomainTypesTests
{
    [Theory]
    [InlineData("mex", "MEX")]
    [InlineData("EUN", "EUN")]
    [InlineData("mEx", "MEX")]
    public void A_member_code_is_upper_cased(string input, string expected) =>
        Assert.Equal(expected, new MemberId(input).Code);

    [Theory]
    [InlineData("")]
    [InlineData("ME")]
    [InlineData("MEXI")]
    [InlineData("M3X")]
    public void A_malformed_member_code_is_refused(string input)
    {
        Assert.False(MemberId.TryParse(input, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemberId(input));
    }

    [Theory]
    [InlineData("0201.10", "020110")]
    [InlineData("1005 90", "100590")]
    [InlineData("10", "10")]
    public void An_hs_code_drops_separators(string input, string expected) =>
        Assert.Equal(expected, new HsCode(input).Digits);

    [Theory]
    [InlineData("1")]
    [InlineData("10059")]
    [InlineData("10a590")]
    [InlineData("1005901234567")]
    public void A_malformed_hs_code_is_refused(string input) => Assert.False(HsCode.TryParse(input, out _));

    [Fact]
    public void An_hs_subheading_knows_its_heading_and_chapter()
    {
        var code = new HsCode("100590");
        Assert.Equal("1005", code.Heading.Digits);
        Assert.Equal("10", code.Chapter.Digits);
        Assert.True(code.StartsWith(new HsCode("1005")));
    }

    [Fact]
    public void A_negative_tariff_rate_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(-1));

    [Fact]
    public void A_rate_converts_between_percent_and_fraction()
    {
        var rate = Rate.FromPercent(215);
        Assert.Equal(2.15, rate.Fraction, 12);
        Assert.Equal(3.15, rate.Factor, 12);
        Assert.Equal("215.0%", rate.ToString());
    }

    [Fact]
    public void A_wedge_of_minus_one_or_below_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Wedge(-1.0));

    [Fact]
    public void Quantities_refuse_non_finite_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tonnes(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Usd(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UsdPerTonne(-5));
    }

    [Fact]
    public void Tonnes_times_a_price_is_a_value_in_dollars()
    {
        // 6,815 kt of maize at 142.38 USD/t is 970.3 million dollars (hand calculation).
        var value = Tonnes.FromThousands(6815) * new UsdPerTonne(142.38);
        Assert.Equal(970.32, value.Millions, 2);
    }

    [Property]
    public bool Rate_min_never_exceeds_either_rate(byte a, byte b)
    {
        var min = Rate.Min(Rate.FromPercent(a), Rate.FromPercent(b));
        return min <= Rate.FromPercent(a) && min <= Rate.FromPercent(b);
    }
}
