using System.Text;
using Campo.Domain;
using Campo.Errors;
using Campo.Gravity;
using Campo.Gravity.Data;
using Campo.Gravity.Equilibrium;
using Campo.Scenarios;
using Campo.Schedules.Import;
using Campo.Tests.TestSupport;
using FsCheck;
using FsCheck.Xunit;

namespace Campo.Tests.Fuzz;

/// <summary>
/// Every reader fuzzed (see <see cref="Fuzzer"/>): no internal error and no hang on any mutated input. FsCheck draws
/// the corpus seed, the mutation seed and the case; 150 cases per reader here, more with CAMPO_FUZZ_ROUNDS.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private static readonly MemberId Member = new("BRA");
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly IReadOnlyList<(string Name, byte[] Bytes)> ScenarioSeeds =
        Fuzzer.Seeds("scenario", Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "scenarios"), "*.toml"));

    [Property(MaxTest = 150)]
    public void The_scenario_reader_reads_or_refuses_every_mutation(NonNegativeInt pick, int seed)
    {
        var (name, bytes) = ScenarioSeeds[pick.Get % ScenarioSeeds.Count];
        for (var round = 0; round < Fuzzer.Rounds; round++)
        {
            Fuzzer.Expect("scenario", Fuzzer.Mutate(bytes, HashCode.Combine(seed, round), Fuzzer.TomlTokens), input =>
                ScenarioReader.Read(Encoding.UTF8.GetString(input), name), typeof(CampoException));
        }
    }

    [Property(MaxTest = 150)]
    public void The_schedule_csv_reader_reads_or_refuses_every_mutation(NonNegativeInt pick, int seed)
    {
        var seeds = Fuzzer.Seeds("schedule-csv");
        var (name, bytes) = seeds[pick.Get % seeds.Count];
        for (var round = 0; round < Fuzzer.Rounds; round++)
        {
            Fuzzer.Expect("schedule-csv", Fuzzer.Mutate(bytes, HashCode.Combine(seed, round), Fuzzer.CsvTokens), input =>
            {
                using var reader = new StreamReader(new MemoryStream(input), Encoding.UTF8);
                ScheduleCsvReader.Read(reader, name, Member);
            }, typeof(CampoException));
        }
    }

    [Property(MaxTest = 150)]
    public void The_wits_sdmx_reader_reads_or_refuses_every_mutation(NonNegativeInt pick, int seed)
    {
        var seeds = Fuzzer.Seeds("wits-sdmx");
        var (name, bytes) = seeds[pick.Get % seeds.Count];
        for (var round = 0; round < Fuzzer.Rounds; round++)
        {
            Fuzzer.Expect("wits-sdmx", Fuzzer.Mutate(bytes, HashCode.Combine(seed, round), Fuzzer.JsonTokens), input =>
                WitsSdmxReader.Read(new MemoryStream(input), name, Member), typeof(CampoException));
        }
    }

    [Property(MaxTest = 100)]
    public void The_counterfactual_spec_reader_reads_or_refuses_every_mutation(NonNegativeInt pick, int seed)
    {
        var seeds = Fuzzer.Seeds("counterfactual");
        var (name, bytes) = seeds[pick.Get % seeds.Count];
        for (var round = 0; round < Fuzzer.Rounds; round++)
        {
            Fuzzer.Expect("counterfactual", Fuzzer.Mutate(bytes, HashCode.Combine(seed, round), Fuzzer.TomlTokens), input =>
            {
                var file = Path.Combine(_folder, name);
                File.WriteAllBytes(file, input);
                CounterfactualSpec.Load(file, name);
            }, typeof(CampoException), typeof(GravityException));
        }
    }

    [Property(MaxTest = 100)]
    public void The_gravity_table_reader_reads_or_refuses_every_mutation(NonNegativeInt pick, int seed)
    {
        // The gravity engine's reader is owned by its package; fuzzed here through its public entry point only.
        var seeds = Fuzzer.Seeds("gravity-csv");
        var (name, bytes) = seeds[pick.Get % seeds.Count];
        for (var round = 0; round < Fuzzer.Rounds; round++)
        {
            Fuzzer.Expect("gravity-csv", Fuzzer.Mutate(bytes, HashCode.Combine(seed, round), Fuzzer.CsvTokens), input =>
            {
                var file = Path.Combine(_folder, name);
                File.WriteAllBytes(file, input);
                GravityTableReader.Read(file, name);
            }, typeof(CampoException), typeof(GravityException));
        }
    }

    [Fact]
    public void Every_seed_of_the_corpus_is_read_as_it_is()
    {
        // The seeds are valid inputs, so that mutations start from files the readers accept.
        foreach (var (name, bytes) in ScenarioSeeds)
        {
            ScenarioReader.Read(Encoding.UTF8.GetString(bytes), name);
        }

        foreach (var (name, bytes) in Fuzzer.Seeds("schedule-csv"))
        {
            Assert.NotEmpty(ScheduleCsvReader.Read(new StringReader(Encoding.UTF8.GetString(bytes)), name, Member).Lines);
        }

        foreach (var (name, bytes) in Fuzzer.Seeds("wits-sdmx"))
        {
            Assert.NotEmpty(WitsSdmxReader.Read(new MemoryStream(bytes), name, Member).Schedule.Lines);
        }

        foreach (var (name, bytes) in Fuzzer.Seeds("gravity-csv"))
        {
            var file = Path.Combine(_folder, name);
            File.WriteAllBytes(file, bytes);
            Assert.True(GravityTableReader.Read(file, name).RowCount > 0);
        }
    }

    [Theory]
    [InlineData("schedule-csv--crash-377378cc40dd")]
    [InlineData("schedule-csv--crash-e3b0c44298fc")]
    [InlineData("wits-sdmx--crash-53920f81672f")]
    [InlineData("wits-sdmx--crash-ad2622dadeb0")]
    [InlineData("gravity-csv--crash-e3b0c44298fc")]
    [InlineData("scenario--crash-e2eb4a511345")]
    [InlineData("counterfactual--crash-8e3c1af48029")]
    public void Every_input_fuzzing_once_broke_is_now_refused_with_a_message(string file)
    {
        // Inputs that made a reader fail with an internal error before it was fixed (tests/Campo.Tests/Fuzz/Regressions).
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "tests", "Campo.Tests", "Fuzz", "Regressions", file));
        var path = Path.Combine(_folder, "input.csv");
        File.WriteAllBytes(path, bytes);
        Exception error = file.Split("--")[0] switch
        {
            "schedule-csv" => Assert.Throws<CampoException>(() => ScheduleCsvReader.Read(new StreamReader(new MemoryStream(bytes)), file, Member)),
            "wits-sdmx" => Assert.Throws<CampoException>(() => WitsSdmxReader.Read(new MemoryStream(bytes), file, Member)),
            "scenario" => Assert.Throws<CampoException>(() => ScenarioReader.Read(Encoding.UTF8.GetString(bytes), file)),
            "counterfactual" => Assert.Throws<GravityException>(() => CounterfactualSpec.Load(path, file)),
            _ => Assert.Throws<GravityException>(() => GravityTableReader.Read(path, file)),
        };
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }
}
