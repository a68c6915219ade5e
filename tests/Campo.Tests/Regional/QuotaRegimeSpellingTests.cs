using Campo.Markets.Armington;
using Campo.Regional;

namespace Campo.Tests.Regional;

public class QuotaRegimeSpellingTests
{
    [Theory]
    [InlineData(QuotaRegime.InQuota, "in quota")]
    [InlineData(QuotaRegime.Binding, "binding")]
    [InlineData(QuotaRegime.OverQuota, "over quota")]
    public void A_quota_regime_keeps_the_spelling_the_results_file_has_always_had(QuotaRegime regime, string spelling)
    {
        // The JSON contract of campo run --json and the API (docs/api/openapi.json): a path's quota regime was a string
        // ("in quota", "binding", "over quota") before it was an enum; the model's English notes spell it the same way.
        Assert.Equal("\"" + spelling + "\"", Campo.Reports.CampoJson.Serialize(regime).Trim());
        Assert.Equal(spelling, RegionalYear.RegimeName(regime));
    }

    [Theory]
    [InlineData("\"in quota\"", QuotaRegime.InQuota)]
    [InlineData("\"binding\"", QuotaRegime.Binding)]
    [InlineData("\"over quota\"", QuotaRegime.OverQuota)]
    public void A_results_file_written_before_reads_back(string json, QuotaRegime regime) =>
        Assert.Equal(regime, System.Text.Json.JsonSerializer.Deserialize<QuotaRegime>(json, Campo.Reports.CampoJson.Options));
}
