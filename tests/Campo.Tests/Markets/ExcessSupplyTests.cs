using Campo.Domain;
using Campo.Markets.World;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

/// <summary>The world excess supply R(x) that the solver drives to zero: continuous and non-decreasing in the world price.</summary>
public class ExcessSupplyTests
{
    [Fact]
    public void Excess_supply_is_continuous_and_monotone_through_every_regime_switch()
    {
        // Regions chosen to pass through every regime as the world price moves over exp(±2): an exporter with
        // an export tax, a region in its no-trade band, an importer with a quota that binds and overflows.
        var data = World(
            100,
            Market(Big, Maize, 100, 80, 0.5, -0.5, new BorderPolicy(Rate.Zero, new Wedge(-0.3), Wedge.None, Wedge.None)),
            Market(Other, Maize, 50, 50, 0.5, -0.5, new BorderPolicy(new Rate(0.4), new Wedge(-0.2), Wedge.None, Wedge.None)),
            Market(Small, Maize, 30, 50, 0.8, -0.6, new BorderPolicy(new Rate(0.5), Wedge.None, Wedge.None, Wedge.None, new TariffRateQuota(new Tonnes(25), new Rate(0.05), new Rate(0.5)))));
        var model = WorldMarketModel.Calibrate(data);
        var m = model.Arrays;
        var scenario = SolveCase.Base(m);
        var state = new SolveState(m);
        var seen = new HashSet<TradeRegime>();
        var step = 1e-4;
        var previous = WorldPriceSolver.Residual(m, scenario, state, 0, -2, out _);
        for (var x = -2 + step; x <= 2; x += step)
        {
            var r = WorldPriceSolver.Residual(m, scenario, state, 0, x, out var slope);
            Assert.True(r >= previous - 1e-9, $"R falls at x = {x}");
            Assert.True(slope >= 0);

            // No jump: over a step of 1e-4 the change is bounded by the largest slope times the step (slopes
            // here are below 1000 t per unit of ln pw), far below any regime's quantity.
            Assert.True(r - previous <= 0.1, $"R jumps by {r - previous} at x = {x}");
            previous = r;
            for (var k = 0; k < m.CellCount; k++)
            {
                seen.Add(state.Regime[k]);
            }
        }

        // Every regime appears: BIG and OTH import at low world prices (no quota: Importer), SML goes through its quota's three.
        Assert.Equal(Enum.GetValues<TradeRegime>().Length, seen.Count);
    }

    [Fact]
    public void Raising_producer_support_turns_an_importer_into_an_exporter_without_a_jump_in_its_trade()
    {
        var data = World(
            100,
            Market(Big, Maize, 1000, 900, 0.5, -0.5),
            Market(Small, Maize, 80, 100, 0.8, -0.5, Tariff(0.3)));
        var model = WorldMarketModel.Calibrate(data);
        var regimes = new List<TradeRegime>();
        var previous = double.NaN;
        for (var support = 0.0; support <= 2.0; support += 0.02)
        {
            var r = model.Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ProducerSupport = new Wedge(support) }])).Market(Small, Maize);
            if (regimes.Count == 0 || regimes[^1] != r.Regime)
            {
                regimes.Add(r.Regime);
            }

            var net = r.NetExports.Value;
            if (!double.IsNaN(previous))
            {
                Assert.InRange(net - previous, -1e-9, 2.0);
            }

            previous = net;
        }

        Assert.Equal([TradeRegime.Importer, TradeRegime.NoTrade, TradeRegime.Exporter], regimes);
    }
}
