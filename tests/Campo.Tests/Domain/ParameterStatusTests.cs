using Campo.Domain;

namespace Campo.Tests.Domain;

public class ParameterStatusTests
{
    [Theory]
    [InlineData(Reliability.Verified, "verified")]
    [InlineData(Reliability.ToVerify, "to-verify")]
    [InlineData(Reliability.Computed, "computed")]
    [InlineData(Reliability.Assumption, "assumption")]
    public void A_flagged_parameter_keeps_the_status_spelling_of_a_scenario_file(Reliability reliability, string spelling)
    {
        // The JSON contract of --json and the API (docs/api/openapi.json) and the scenario files' status values
        // (docs/scenarios.md): the status was a string before it was an enum.
        var flagged = new FlaggedParameter("market_access.developed.cut", 57, ParameterStatuses.Of(reliability), "TN/AG/W/4/Rev.4");
        Assert.Contains("\"status\": \"" + spelling + "\"", Campo.Reports.CampoJson.Serialize(flagged), StringComparison.Ordinal);
    }
}
