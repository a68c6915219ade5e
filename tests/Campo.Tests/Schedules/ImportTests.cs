using System.Text;
using Campo.Domain;
using Campo.Errors;
using Campo.Schedules;
using Campo.Schedules.Import;

namespace Campo.Tests.Schedules;

public class ImportTests
{
    private static readonly MemberId Member = new("XXX");

    private static MemberSchedule Csv(string text) => ScheduleCsvReader.Read(new StringReader(text), "s.csv", Member);

    private static CampoException CsvError(string text) => Assert.Throws<CampoException>(() => Csv(text));

    [Fact]
    public void A_schedule_csv_is_read_with_duties_quotas_and_flags()
    {
        var schedule = Csv("hs,description,duty_type,bound,bound_specific,applied,applied_specific,unit_value,quota_tonnes,in_quota,flags,trade_value\n" +
                           "1005.90,\"Maize, other\",ad_valorem,50,,20,,,2500000,0,sensitive;ssg,1000\n" +
                           "100630,Rice,specific,,206,,206,,,,,\n" +
                           "8703.23,Cars,ad_valorem,35,,35,,,,,,\n");
        Assert.Equal(2, schedule.Lines.Count);
        var maize = schedule.Lines[0];
        Assert.Equal("100590", maize.Id);
        Assert.Equal("Maize, other", maize.Description);
        Assert.Equal(LineFlags.Sensitive | LineFlags.SpecialSafeguard, maize.Flags);
        Assert.Equal(2_500_000, maize.Quota!.Quantity.Value);
        Assert.Equal("10 Cereals", maize.Group);
        Assert.Contains(schedule.Notes, n => n.StartsWith("1 lines outside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_without_a_bound_rate_records_the_assumption()
    {
        var schedule = Csv("hs,applied\n100590,20\n");
        Assert.Equal(ScheduleCsvReader.BoundUnknown, schedule.Lines[0].BoundProvenance.Source);
        Assert.True(schedule.Lines[0].BoundProvenance.NeedsFlag);
    }

    [Fact]
    public void A_specific_duty_without_a_unit_value_has_an_unknown_ave() =>
        Assert.False(AdValoremEquivalent.Of(Csv("hs,duty_type,applied_specific\n100590,specific,206\n").Lines[0].Bound!, null).IsKnown);

    [Fact]
    public void A_negative_rate_is_refused_at_its_line_and_column() =>
        Assert.Equal("s.csv:2:2: applied: a negative value (-5%); expected a value of at least 0", CsvError("hs,applied\n100590,-5\n").Message);

    [Fact]
    public void A_missing_applied_rate_is_refused_never_taken_as_zero() =>
        Assert.StartsWith("s.csv:2:2: applied: missing applied rate", CsvError("hs,applied,bound\n100590,,20\n").Message, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_hs_chapter_is_refused() =>
        Assert.StartsWith("s.csv:2:1: hs: unknown HS code 770100", CsvError("hs,applied\n770100,5\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_malformed_hs_code_is_refused() =>
        Assert.StartsWith("s.csv:2:1: hs: \"10059\" is not an HS code", CsvError("hs,applied\n10059,5\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_rate_that_is_not_a_number_is_refused() =>
        Assert.StartsWith("s.csv:2:2: applied: \"12,5\" is not a number", CsvError("hs,applied\n100590,\"12,5\"\n").Message, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_column_is_refused_with_a_suggestion() =>
        Assert.Contains("did you mean \"applied\"", CsvError("hs,aplied\n100590,5\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_line_listed_twice_is_refused() =>
        Assert.Contains("listed twice", CsvError("hs,applied\n100590,5\n1005.90,5\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_specific_part_on_an_ad_valorem_line_is_refused() =>
        Assert.Contains("a specific duty on an ad valorem line", CsvError("hs,applied,applied_specific\n100590,5,30\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_processed_line_must_name_a_primary_product_in_the_file() =>
        Assert.Contains("names primary product 100590", CsvError("hs,applied,flags,primary\n110220,5,processed,100590\n").Message, StringComparison.Ordinal);

    private static WitsSchedule Wits(string json) => WitsSdmxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "w.json", Member);

    private static string WitsJson(string products, string series) =>
        "{\"dataSets\":[{\"series\":{" + series + "}}],\"structure\":{\"dimensions\":{\"series\":[" +
        "{\"id\":\"FREQ\",\"values\":[{\"id\":\"A\"}]},{\"id\":\"REPORTER\",\"values\":[{\"id\":\"076\",\"name\":\"Brazil\"}]}," +
        "{\"id\":\"PARTNER\",\"values\":[{\"id\":\"000\"}]},{\"id\":\"PRODUCTCODE\",\"values\":[" + products + "]},{\"id\":\"DATATYPE\",\"values\":[{\"id\":\"Reported\"}]}]," +
        "\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[{\"id\":\"2002\"}]}]}}}";

    [Fact]
    public void Wits_keys_are_matched_to_dimensions_by_their_number_of_values()
    {
        // The product varies in the third key position, as in the 2002 fixture.
        var wits = Wits(WitsJson("{\"id\":\"100590\",\"name\":\"Maize\"},{\"id\":\"870323\"}", "\"0:0:0:0:0\":{\"observations\":{\"0\":[8,0]}},\"0:0:1:0:0\":{\"observations\":{\"0\":[35,0]}}"));
        var line = Assert.Single(wits.Schedule.Lines);
        Assert.Equal("100590", line.Id);
        Assert.Equal(0.08, line.Applied!.AdValorem!.Value.Fraction, 12);
        Assert.Equal("076", wits.ReporterCode);
        Assert.Equal(ScheduleLevel.Hs6Average, wits.Schedule.Level);
    }

    [Fact]
    public void A_wits_rate_that_is_null_is_unknown_never_zero()
    {
        var line = Assert.Single(Wits(WitsJson("{\"id\":\"100590\"}", "\"0:0:0:0:0\":{\"observations\":{\"0\":[null,0]}}")).Schedule.Lines);
        Assert.Null(line.Bound);
        Assert.Null(line.Applied);
    }

    [Fact]
    public void A_negative_wits_rate_is_refused() =>
        Assert.Contains("a negative rate (-3%)", Assert.Throws<CampoException>(() => Wits(WitsJson("{\"id\":\"100590\"}", "\"0:0:0:0:0\":{\"observations\":{\"0\":[-3,0]}}"))).Message, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_wits_product_code_is_refused() =>
        Assert.Contains("unknown HS code \"ABC\"", Assert.Throws<CampoException>(() => Wits(WitsJson("{\"id\":\"ABC\"}", "\"0:0:0:0:0\":{\"observations\":{\"0\":[3,0]}}"))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_json_file_that_is_not_wits_is_refused() =>
        Assert.Contains("not a WITS SDMX-JSON tariff response", Assert.Throws<CampoException>(() => Wits("{\"a\":1}")).Message, StringComparison.Ordinal);

    [Fact]
    public void Malformed_json_is_refused_with_its_line() =>
        Assert.StartsWith("w.json:1:", Assert.Throws<CampoException>(() => Wits("{\"a\":")).Message, StringComparison.Ordinal);
}
