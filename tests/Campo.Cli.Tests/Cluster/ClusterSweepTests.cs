using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Campo.Cluster;
using Campo.Composition;
using Campo.Data;
using Campo.Negotiation;
using Campo.Scenarios;

namespace Campo.Cli.Tests.Cluster;

/// <summary>
/// <c>--cluster</c> on <c>campo negotiate --search</c>, on an in-process cluster of three silos (loopback only): the same
/// search section as a run on this machine, no draft lost or counted twice when a silo stops mid-sweep, and a clear
/// error with its own exit code when no cluster answers.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSweepTests(ClusterFixture fixture)
{
    /// <summary>The searches' size: the command-line test and the silo-stop test share one search (and its silos' cache).</summary>
    private const int Drafts = 30;

    private static readonly Lazy<DraftJudgements> Expected = new(() => Local(Inputs(Drafts, Campo.Domain.Defaults.Seed)));

    [Fact]
    public void A_search_on_the_cluster_has_the_search_section_of_the_same_search_on_this_machine()
    {
        string[] search = ["negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "swiss=10:100", "--drafts", "30", "--json"];
        var local = CliHarness.Run(search);
        var remote = CliHarness.Run([.. search, "--cluster", fixture.Gateway]);

        Assert.True(local.ExitCode == 0, local.Error);
        Assert.True(remote.ExitCode == 0, remote.Error);
        var expected = JsonNode.Parse(local.RawOut)!["search"];
        var actual = JsonNode.Parse(remote.RawOut)!["search"];
        Assert.Equal(30, actual!["drafts"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(expected, actual), "the search sections differ");
        // Progress as batches complete, and the closing line, on the error stream (the JSON stays clean).
        Assert.Contains("cluster: 30 drafts in ", remote.Error, StringComparison.Ordinal);
        Assert.Contains("/30 drafts, ", remote.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_that_leaves_holding_batches_has_them_sent_again_and_no_draft_is_lost_or_counted_twice()
    {
        var inputs = Inputs(Drafts, Campo.Domain.Defaults.Seed);
        var expected = Expected.Value;
        var extra = await fixture.Cluster.StartAdditionalSiloAsync();
        await fixture.Cluster.WaitForLivenessToStabilizeAsync();
        // The extra silo opens the search before the sweep, so that it takes batches from the start like the others.
        var opened = await fixture.Cluster.Client.GetGrain<ISweepWorkerGrain>(extra.SiloAddress.ToParsableString()).Prepare(ClusterIdentity.DefaultId, inputs);
        Assert.Null(opened.Error);
        // It holds every batch it is given until the test lets go, so it leaves with batches it has not answered: they
        // must be sent again to the others for the sweep to end (deterministic: a graceful stop cannot answer them first).
        var held = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ClusterFixture.ContextsOf(extra).BatchGate = async id =>
        {
            held.TrySetResult(id);
            await release.Task;
        };

        var executor = new ClusterSearch(fixture.Connection, inputs, batchSize: 2);
        var running = executor.JudgeAsync(Drafts, CancellationToken.None);
        Task? stopping = null;
        try
        {
            await held.Task.WaitAsync(TimeSpan.FromMinutes(2));
            stopping = fixture.Cluster.StopSiloAsync(extra);
            var judged = await running.WaitAsync(TimeSpan.FromMinutes(3));

            AssertSame(expected, judged);
            var statistics = executor.Statistics!;
            Assert.True(statistics.Redispatched >= 1, "no batch was sent again");
            Assert.Equal(Drafts, statistics.Items); // each batch id counted once: 30 drafts, not more
            Assert.Equal(15, statistics.Batches); // 30 drafts in batches of 2
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
    public void The_inputs_travel_once_per_silo_not_once_per_batch()
    {
        const int drafts = 6;
        var inputs = Inputs(drafts, seed: 11);
        var executor = new ClusterSearch(fixture.Connection, inputs, batchSize: 1);
        var judged = executor.Judge(drafts, CancellationToken.None);

        AssertSame(Local(inputs), judged);
        var statistics = executor.Statistics!;
        Assert.Equal(6, statistics.Batches);
        // 6 batches; the inputs go to each silo of the cluster at most once (a silo may get them and no batch).
        var silos = fixture.Cluster.GetActiveSilos().Count();
        Assert.True(statistics.Prepared <= silos, "inputs sent " + statistics.Prepared + " times to a cluster of " + silos + " silos");
    }

    [Fact]
    public void An_unreachable_cluster_is_one_line_and_exit_code_69()
    {
        var port = FreePort();
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "swiss=10:100", "--drafts", "10", "--cluster", "127.0.0.1:" + port);

        Assert.Equal(69, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("campo: --cluster 127.0.0.1:" + port + ": no silo of cluster \"campo\" answers there (", line, StringComparison.Ordinal);
        Assert.Contains("campo cluster silo --port P --gateway G", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_presenting_another_cluster_id_gets_no_work_done()
    {
        const int drafts = 4;
        var inputs = Inputs(drafts, seed: 13);
        var error = Assert.Throws<ClusterUnavailableException>(() =>
        {
            using var connection = ClusterConnection.Connect(fixture.Gateway, new ClusterIdentity("not-campo", ClusterIdentity.DefaultId), CancellationToken.None, TimeSpan.FromSeconds(5));
            new ClusterSearch(connection, inputs).Judge(drafts, CancellationToken.None);
        });

        Assert.Contains(error.Failure, new[] { ClusterFailure.NotReachable, ClusterFailure.OtherCluster });
        Assert.All(fixture.Cluster.GetActiveSilos(), silo => Assert.False(ClusterFixture.ContextsOf(silo).Holds(inputs.Hash)));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:70000")]
    public void A_malformed_cluster_address_is_a_usage_error_naming_the_option(string address)
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--search", "swiss=10:100", "--cluster", address);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster: \"" + address + "\" is not HOST:GATEWAY", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cluster_without_a_search_is_refused_rather_than_ignored()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--cluster", fixture.Gateway);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster sends a draft search to a cluster: give --search too", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "30000", "--gateway", "30000", "--port and --gateway: two different ports from 1 to 65535")]
    [InlineData("--port", "0", "--gateway", "30000", "--port and --gateway: two different ports from 1 to 65535")]
    [InlineData("--primary", "nowhere", "--gateway", "30000", "--primary: \"nowhere\" is not HOST:PORT")]
    public void A_silo_with_bad_ports_or_primary_is_a_usage_error_naming_the_option(string option, string value, string other, string otherValue, string message)
    {
        var result = CliHarness.Run("cluster", "silo", option, value, other, otherValue);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Output + result.Error, StringComparison.Ordinal);
    }

    private static SearchInputs Inputs(int drafts, ulong seed)
    {
        var scenario = ScenarioReader.Read(ShippedScenarios.Text("cancun-2003")!, ShippedScenarios.FileName("cancun-2003"));
        var request = new DraftSearchRequest { Dimensions = [new SearchDimension(DraftKnob.Swiss, 10, 100)], Drafts = drafts, Seed = seed };
        return SearchInputs.Of("scenarios/cancun-2003.toml", "cancun-2003", [], scenario, _ => throw new InvalidOperationException("no baseline"), null, crossPrices: true, request);
    }

    private static DraftJudgements Local(SearchInputs inputs)
    {
        var session = DraftSearchSession.Open(
            ScenarioReader.Read(inputs.ScenarioText, inputs.ScenarioFile),
            EvaluationContext.For(DatasetLoader.LoadDefault(), inputs.CrossPrices),
            new NegotiationOptions { Draws = 0, Search = inputs.Request() });
        return session.Judge(0, session.Drafts, 1, CancellationToken.None);
    }

    private static void AssertSame(DraftJudgements expected, DraftJudgements actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Converged, actual.Converged);
        Assert.Equal(expected.Passes, actual.Passes);
        Assert.Equal(expected.Objecting, actual.Objecting);
        Assert.Equal(expected.Objective, actual.Objective); // bit for bit: every draft starts from the same state
        Assert.Equal(expected.Objections, actual.Objections);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
