using Campo.Scenarios;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Scenarios;

public sealed class ShippedScenariosTests
{
    [Fact]
    public void The_library_carries_every_draft_of_the_scenarios_folder_as_written()
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "scenarios"), "*.toml");
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), ShippedScenarios.Names);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Assert.Equal(File.ReadAllText(file), ShippedScenarios.Text(name));
            // Each one reads: a shipped draft that this version rejects would greet a new user with an error.
            ScenarioReader.Read(ShippedScenarios.Text(name)!, ShippedScenarios.FileName(name));
        }
    }

    [Theory]
    [InlineData("cancun-2003", "cancun-2003")]
    [InlineData("cancun-2003.toml", "cancun-2003")]
    [InlineData("scenarios/cancun-2003.toml", "cancun-2003")]
    [InlineData("elsewhere\\nafta-1994.TOML", "nafta-1994")]
    [InlineData("cancun-2004", null)]
    [InlineData("my-draft.toml", null)]
    public void A_typed_argument_names_a_shipped_draft_by_its_file_name(string argument, string? expected) =>
        Assert.Equal(expected, ShippedScenarios.NameOf(argument));

    [Fact]
    public void A_missing_file_named_like_a_shipped_draft_is_that_draft_and_any_other_missing_file_is_an_error()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "campo-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var shipped = ScenarioReader.ReadFile(Path.Combine(nowhere, "cancun-2003.toml"), "cancun-2003.toml", ["market_access.developed.swiss_coefficient=16"]);
        Assert.Equal(ScenarioReader.Read(ShippedScenarios.Text("cancun-2003")!, "scenarios/cancun-2003.toml").Title, shipped.Title);
        Assert.All(shipped.Parameters, p => Assert.Contains(p.Location.File, new[] { "scenarios/cancun-2003.toml", "--set" }));
        Assert.Contains(shipped.Parameters, p => p.Path == "market_access.developed.swiss_coefficient" && p.Value == 16);
        // A folder the user named is respected: the draft is not silently taken from elsewhere.
        Assert.Throws<Campo.Errors.CampoException>(() => ScenarioReader.ReadFile(Path.Combine(nowhere, "cancun-2003.toml"), "mine/cancun-2003.toml"));
        Assert.Throws<Campo.Errors.CampoException>(() => ScenarioReader.ReadFile(Path.Combine(nowhere, "draft.toml"), "draft.toml"));
    }
}
