using System.Text.Json.Nodes;
using Campo.Cluster;
using Campo.Composition;
using Campo.Data;
using Campo.Evaluation;
using Campo.Markets.Uncertainty;
using Campo.Scenarios;

namespace Campo.Cli.Tests.Cluster;

/// <summary>
/// <c>--cluster</c> on <c>campo run --draws N</c>, on the in-process cluster of three silos (loopback only): the same
/// <c>--json</c> as the run on this machine, and no draw lost or counted twice when a silo leaves holding batches it has
/// not answered (they are sent again to the others, and each batch id is counted once).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterDrawsTests(ClusterFixture fixture)
{
    [Fact]
    public void A_run_whose_draws_go_to_the_cluster_has_the_json_of_the_same_run_on_this_machine()
    {
        // --member gives the focus member's markets their own bands: those values travel too.
        string[] run = ["run", "scenarios/cancun-2003.toml", "--draws", "24", "--member", "IND", "--json"];
        var local = CliHarness.Run(run);
        var remote = CliHarness.Run([.. run, "--cluster", fixture.Gateway]);

        Assert.True(local.ExitCode == 0, local.Error);
        Assert.True(remote.ExitCode == 0, remote.Error);
        var expected = JsonNode.Parse(local.RawOut)!;
        var actual = JsonNode.Parse(remote.RawOut)!;
        Assert.Equal(24, actual["uncertainty"]!["draws"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(expected, actual), "the --json of the run differs with --cluster");
        // Progress as batches complete, and the closing line, on the error stream (the JSON stays clean).
        Assert.Contains("/24 draws, ", remote.Error, StringComparison.Ordinal);
        Assert.Contains("cluster: 24 draws in 24 batches on ", remote.Error, StringComparison.Ordinal);
        // The draft and the dataset travel once per silo, not once per batch (24 batches).
        var sent = System.Text.RegularExpressions.Regex.Match(remote.Error, "inputs sent (\\d+) times");
        Assert.True(sent.Success, remote.Error);
        Assert.InRange(int.Parse(sent.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, fixture.Cluster.GetActiveSilos().Count());
    }

    [Fact]
    public async Task A_silo_that_leaves_holding_batches_has_them_sent_again_and_no_draw_is_lost_or_counted_twice()
    {
        const int draws = 20;
        var inputs = Inputs(seed: 17);
        var expected = Local(inputs, draws);
        var extra = await fixture.Cluster.StartAdditionalSiloAsync();
        await fixture.Cluster.WaitForLivenessToStabilizeAsync();
        var opened = await fixture.Cluster.Client.GetGrain<ISweepWorkerGrain>(extra.SiloAddress.ToParsableString()).PrepareDraws(ClusterIdentity.DefaultId, inputs);
        Assert.Null(opened.Error);

        // The extra silo holds every batch it is given until the test lets go: it cannot answer one before it leaves, so
        // the batches it was given must be sent again to the others for the run to end (deterministic, whatever the timing).
        var held = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ClusterFixture.ContextsOf(extra).BatchGate = async id =>
        {
            held.TrySetResult(id);
            await release.Task;
        };

        var executor = new ClusterDraws(fixture.Connection, inputs, batchSize: 2);
        var running = executor.EvaluateAsync(draws, CancellationToken.None);
        Task? stopping = null;
        try
        {
            var heldBatch = await held.Task.WaitAsync(TimeSpan.FromMinutes(2));
            stopping = fixture.Cluster.StopSiloAsync(extra);
            var block = await running.WaitAsync(TimeSpan.FromMinutes(3));

            var statistics = executor.Statistics!;
            Assert.True(statistics.Redispatched >= 1, "no batch was sent again (held: " + heldBatch + ")");
            Assert.Equal(draws, statistics.Items); // each batch counted once: 20 draws, not more
            Assert.Equal(10, statistics.Batches);
            // Merge refuses a draw evaluated twice or not at all; the values equal the local run's bit for bit.
            Assert.Equal(expected.Converged, block.Converged);
            Assert.Equal(expected.Prices, block.Prices);
            Assert.Equal(expected.Welfare, block.Welfare);
            Assert.Equal(expected.MarketValues, block.MarketValues);
        }
        finally
        {
            release.TrySetResult();
            if (stopping is not null)
            {
                await stopping.WaitAsync(TimeSpan.FromMinutes(2));
            }
        }

        Assert.DoesNotContain(extra.SiloAddress, fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress));
    }

    [Fact]
    public void The_cluster_on_a_run_without_draws_with_a_workspace_or_of_a_regional_agreement_is_refused_rather_than_ignored()
    {
        var noDraws = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--cluster", fixture.Gateway);
        Assert.Equal(2, noDraws.ExitCode);
        Assert.Contains("--cluster sends a run's Monte Carlo draws to a cluster: give --draws N", noDraws.Output + noDraws.Error, StringComparison.Ordinal);

        var malformed = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--cluster", "nonsense");
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("--cluster: \"nonsense\" is not HOST:GATEWAY", malformed.Output + malformed.Error, StringComparison.Ordinal);

        var workspace = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--data", "campo.duckdb", "--cluster", fixture.Gateway);
        Assert.Equal(2, workspace.ExitCode);
        Assert.Contains("--cluster: a --data workspace (.duckdb) cannot be sent to a cluster yet", workspace.Output + workspace.Error, StringComparison.Ordinal);

        // NAFTA (1994) is a shipped regional agreement.
        Assert.Equal(ScenarioKind.Regional, ScenarioReader.Read(ShippedScenarios.Text("nafta-1994")!, ShippedScenarios.FileName("nafta-1994")).Kind);
        var refused = CliHarness.Run("run", "scenarios/nafta-1994.toml", "--draws", "10", "--cluster", fixture.Gateway);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--cluster: a regional agreement's draws use the bilateral model", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_cluster_for_a_run_is_one_line_and_exit_code_69()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "10", "--cluster", "127.0.0.1:" + port);

        Assert.Equal(69, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("campo: --cluster 127.0.0.1:" + port + ": no silo of cluster \"campo\" answers there (", line, StringComparison.Ordinal);
    }

    private static DrawInputs Inputs(ulong seed) => new()
    {
        ScenarioText = ShippedScenarios.Text("cancun-2003")!,
        ScenarioFile = ShippedScenarios.FileName("cancun-2003"),
        Seed = seed,
        ElasticityCv = Campo.Domain.Defaults.ElasticityCv,
        Focus = "IND",
    };

    private static DrawBlock Local(DrawInputs inputs, int draws)
    {
        var scenario = ScenarioReader.Read(inputs.ScenarioText, inputs.ScenarioFile);
        var opened = DraftEvaluator.OpenDraws(scenario, EvaluationContext.For(DatasetLoader.LoadDefault(), inputs.CrossPrices), inputs.Options());
        return opened.Evaluate(0, draws, 1);
    }
}
