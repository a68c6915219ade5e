using BenchmarkDotNet.Attributes;
using Campo.Domain;
using Campo.Schedules;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;

namespace Campo.Bench.Schedules;

/// <summary>
/// The tiered formula with flexibilities over 1,000,000 synthetic lines: 160 members x 6,250 lines, a third of the
/// members developed (Rev.4 developed bands, 54% floor, 100% cap, flagged sensitive lines), half developing (two-thirds
/// cuts, 36% ceiling, flagged sensitive and special products, escalation columns absent), the rest LDCs.
/// Target: under 50 ms and under 100 MB allocated per run on a 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class TieredBatchBenchmark
{
    private const int Members = 160;
    private const int LinesPerMember = 6_250;

    private ScheduleBatch _batch = null!;
    private BatchOutput _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20081206);
        var n = Members * LinesPerMember;
        var bound = new double[n];
        var applied = new double[n];
        var flags = new byte[n];
        var offsets = new int[Members + 1];
        var plan = new int[Members];
        for (var m = 0; m < Members; m++)
        {
            offsets[m + 1] = offsets[m] + LinesPerMember;
            plan[m] = m % 6 < 2 ? 0 : m % 6 < 5 ? 1 : 2;
            for (var k = 0; k < LinesPerMember; k++)
            {
                var i = offsets[m] + k;
                // Bound rates: 10% duty-free, the rest spread up to about 300% (more mass at low rates).
                var u = random.NextDouble();
                bound[i] = u < 0.10 ? 0 : 3.0 * Math.Pow(random.NextDouble(), 2.5);
                applied[i] = bound[i] * random.NextDouble();
                // Flag 3% of lines sensitive, and (developing members) 10% special products, within the allowances.
                var f = random.NextDouble();
                flags[i] = f < 0.03 ? (byte)LineFlags.Sensitive : plan[m] == 1 && f < 0.13 ? (byte)LineFlags.SpecialProduct : (byte)0;
            }
        }

        GroupModalities[] plans =
        [
            new GroupModalities(
                Tiers([0, 20, 50, 75], [50, 57, 64, 70]),
                Rate.FromPercent(100),
                Rate.FromPercent(54),
                null,
                false,
                new SensitiveRules(Rate.FromPercent(4), Rate.FromPercent(2), Rate.FromPercent(30), new Rate(1.0 / 3), Rate.FromPercent(4), Designation.Flagged),
                null,
                null),
            new GroupModalities(
                Tiers([0, 30, 80, 130], [50 * 2.0 / 3, 57 * 2.0 / 3, 64 * 2.0 / 3, 70 * 2.0 / 3]),
                null,
                null,
                Rate.FromPercent(36),
                false,
                new SensitiveRules(Rate.FromPercent(5.333), Rate.Zero, null, new Rate(1.0 / 3), Rate.FromPercent(4), Designation.Flagged),
                new SpecialRules(Rate.FromPercent(12), Rate.FromPercent(5), Rate.FromPercent(11), Designation.Flagged),
                null),
            GroupModalities.None,
        ];
        _batch = new ScheduleBatch(bound, applied, flags, offsets, plan, plans);
        _output = new BatchOutput(_batch);
    }

    [Benchmark]
    public void TieredWithFlexibilities() => BatchEngine.Run(_batch, _output);

    /// <summary>The same on one thread: its time, halved, estimates the 2-core time when other work shares the cores.</summary>
    [Benchmark]
    public void TieredWithFlexibilitiesOneThread() => BatchEngine.Run(_batch, _output, maxDegreeOfParallelism: 1);

    private static TieredFormula Tiers(double[] edges, double[] cuts) =>
        new(edges.Select((e, b) => new TierBand(Rate.FromPercent(e), Rate.FromPercent(cuts[b]))).ToArray());
}
