using System.Globalization;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Regional;

/// <summary>The NAFTA scenario's numbers that come from shared data files, checked against those files.</summary>
public class ScenarioSourcesTests
{
    [SkippableTheory]
    [InlineData("maize", "100510")]
    [InlineData("beans", "071333")]
    public void The_substitution_elasticities_are_cepii_protee_values(string commodity, string hs6)
    {
        var file = SharedData.Require("elasticities/ProTEE_0_1.csv");
        var sigma = File.ReadLines(file)
            .Select(line => line.Split(','))
            .Where(cells => cells[0] == hs6)
            .Select(cells => double.Parse(cells[3], CultureInfo.InvariantCulture))
            .Single();
        var stated = Nafta.Scenario().Parameters.Single(p => p.Path == "regional.commodities." + commodity + ".substitution_elasticity").Value;
        Assert.Equal(Math.Round(-sigma, 2), stated, 9);
    }

    [SkippableFact]
    public void The_quota_facts_are_those_of_the_shared_nafta_file()
    {
        var facts = File.ReadAllText(SharedData.Require("negotiation/nafta_corn_facts.csv"));

        // "2.5 million t, +3%/yr compounded" and "50,000 t +3%/yr; over-quota 480 USD/t".
        Assert.Contains("2.5 million t, +3%/yr", facts, StringComparison.Ordinal);
        Assert.Contains("50,000 t +3%/yr; over-quota 480 USD/t", facts, StringComparison.Ordinal);
        var scenario = Nafta.Scenario();
        double Value(string path) => scenario.Parameters.Single(p => p.Path == path).Value;
        Assert.Equal(2500, Value("regional.commodities.maize.USA_to_MEX.quota_kt"));
        Assert.Equal(50, Value("regional.commodities.beans.USA_to_MEX.quota_kt"));
        Assert.Equal(480, Value("regional.commodities.beans.USA_to_MEX.over_quota_usd_per_t.1994"));
    }
}
