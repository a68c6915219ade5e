using Campo.Composition;
using Campo.Data;
using Campo.Markets.World;

namespace Campo.Tests.Markets;

/// <summary>
/// The solver's cross-price shifts summed shift by shift (<see cref="ShiftPlan"/>, issue 18) against the loop they
/// replaced: clear every target of the commodity, then add each link in link order. Same additions in the same order,
/// so the same numbers to the bit, on the embedded dataset's 61,000 links at arbitrary prices.
/// </summary>
public class ShiftPlanTests
{
    [Fact]
    public void Every_shift_equals_the_link_by_link_sum_to_the_bit()
    {
        var m = EvaluationContext.For(DatasetLoader.LoadDefault()).Model.Arrays;
        Assert.True(m.LinkTargetCell.Length > 10_000, "the default model has its food cross-price links");
        var policy = new PolicyArrays(m.CellCount);
        var random = new Random(18);
        var planned = new SolveState(m);
        var reference = new SolveState(m);
        for (var k = 0; k < m.CellCount; k++)
        {
            planned.Y[k] = reference.Y[k] = (random.NextDouble() - 0.5) * 0.3;
            policy.LogProducer[k] = (random.NextDouble() - 0.5) * 0.1;
            policy.LogConsumer[k] = (random.NextDouble() - 0.5) * 0.1;
        }

        // Stale values in the shift arrays, as after an earlier sweep: a shift must be set, not added to.
        for (var k = 0; k < m.CellCount; k++)
        {
            planned.LogSupplyShift[k] = reference.LogSupplyShift[k] = random.NextDouble();
        }

        for (var u = 0; u < m.UseCount; u++)
        {
            planned.LogDemandShift[u] = reference.LogDemandShift[u] = random.NextDouble();
        }

        var scenario = new SolveCase(m.SupplyElasticity, m.DemandElasticity, policy);
        for (var c = 0; c < m.CommodityCount; c++)
        {
            WorldPriceSolver.UpdateShifts(m, scenario, planned, c);
            LinkByLink(m, scenario, reference, c);
        }

        Assert.Equal(Bits(reference.LogSupplyShift), Bits(planned.LogSupplyShift));
        Assert.Equal(Bits(reference.LogDemandShift), Bits(planned.LogDemandShift));
        Assert.Equal(m.LinkTargetCell.Length, m.Shifts.Source.Length);
        Assert.Contains(planned.LogDemandShift, v => v != 0 && Math.Abs(v) < 1);
    }

    /// <summary>The loop of WorldPriceSolver.UpdateShifts before issue 18.</summary>
    private static void LinkByLink(MarketArrays m, SolveCase s, SolveState w, int c)
    {
        for (var l = m.LinkStart[c]; l < m.LinkStart[c + 1]; l++)
        {
            if (m.LinkTargetUse[l] < 0)
            {
                w.LogSupplyShift[m.LinkTargetCell[l]] = 0;
            }
            else
            {
                w.LogDemandShift[m.LinkTargetUse[l]] = 0;
            }
        }

        for (var l = m.LinkStart[c]; l < m.LinkStart[c + 1]; l++)
        {
            var source = m.LinkSourceCell[l];
            var use = m.LinkTargetUse[l];
            if (use < 0)
            {
                w.LogSupplyShift[m.LinkTargetCell[l]] += m.LinkElasticity[l] * (w.Y[source] + s.Policy.LogProducer[source]);
            }
            else
            {
                w.LogDemandShift[use] += m.LinkElasticity[l] * (w.Y[source] + s.Policy.LogConsumer[source]);
            }
        }
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
