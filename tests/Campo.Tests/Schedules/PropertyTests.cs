using Campo.Domain;
using Campo.Schedules;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Formulas;
using FsCheck;
using FsCheck.Xunit;

namespace Campo.Tests.Schedules;

public class PropertyTests
{
    private static double RateOf(int seed) => (Math.Abs(seed) % 100_000) / 10_000.0; // 0 to 10 (0% to 1000%)

    [Property]
    public bool The_Swiss_formula_ends_below_its_coefficient(PositiveInt t, PositiveInt a)
    {
        var coefficient = (a.Get % 1000 + 1) / 100.0;
        return Swiss.Apply(RateOf(t.Get), coefficient) < coefficient;
    }

    [Property]
    public bool The_Swiss_formula_is_monotone_in_the_initial_rate(PositiveInt t, PositiveInt step, PositiveInt a)
    {
        var coefficient = (a.Get % 1000 + 1) / 100.0;
        var low = RateOf(t.Get);
        var high = low + (step.Get % 1000 + 1) / 1000.0;
        return Swiss.Apply(low, coefficient) < Swiss.Apply(high, coefficient);
    }

    [Property]
    public bool The_uruguay_round_approach_meets_its_average_and_minimum(int[] seeds, PositiveInt average, PositiveInt minimum, bool defensive)
    {
        var rates = (seeds ?? []).Select(RateOf).ToArray();
        var avg = (average.Get % 100) / 100.0;
        var min = Math.Min(avg, (minimum.Get % 100) / 100.0);
        var cuts = new double[rates.Length];
        var achieved = UruguayRound.Allocate(rates, avg, min, defensive ? CutAllocation.Defensive : CutAllocation.Neutral, cuts);
        var dutiable = Enumerable.Range(0, rates.Length).Where(i => rates[i] > 0).ToArray();
        return dutiable.Length == 0
            || (Math.Abs(achieved - avg) < 1e-9 && dutiable.All(i => cuts[i] >= min - 1e-12 && cuts[i] <= 1 + 1e-12));
    }

    [Property]
    public bool A_tiered_cut_never_raises_a_rate_and_higher_bands_cut_more(PositiveInt t)
    {
        double[] edges = [0, 0.20, 0.50, 0.75];
        double[] cuts = [0.50, 0.57, 0.64, 0.70];
        var t0 = RateOf(t.Get);
        var t1 = Tiered.Apply(t0, edges, cuts);
        var band = Bands.IndexOf(t0, edges);
        return t1 <= t0 && (band < 1 || Tiered.CutOf(t0, edges, cuts) > cuts[band - 1]);
    }

    [Property]
    public bool New_applied_never_exceeds_old_applied(int[] boundSeeds, int[] appliedSeeds)
    {
        var n = Math.Min((boundSeeds ?? []).Length, (appliedSeeds ?? []).Length);
        var lines = Enumerable.Range(0, n).Select(i => EngineTests.Line((100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), RateOf(boundSeeds![i]) * 100, RateOf(appliedSeeds![i]) * 100)).ToArray();
        var draft = EngineTests.Developed(GroupModalities.None with { Formula = EngineTests.Rev4Developed(), MinimumAverageCut = Rate.FromPercent(54), Cap = Rate.FromPercent(100) });
        var result = ScheduleEngine.Apply(new MemberSchedule(new MemberId("XXX"), lines, ScheduleLevel.TariffLine, "t", []), draft, new MemberTreatment(DevelopmentStatus.Developed), new StagingSettings(2009, 5), []);
        return result.Lines.All(l => l.AppliedAfter!.Value.Fraction <= l.AppliedBefore.Rate!.Value.Fraction + 1e-15
            && l.BoundAfter!.Value.Fraction <= l.BoundBefore.Rate!.Value.Fraction + 1e-15);
    }

    [Property]
    public bool An_empty_draft_changes_nothing(int[] boundSeeds)
    {
        var lines = (boundSeeds ?? []).Select((s, i) => EngineTests.Line((100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), RateOf(s) * 100, RateOf(s / 2) * 100)).ToArray();
        var result = ScheduleEngine.Apply(new MemberSchedule(new MemberId("XXX"), lines, ScheduleLevel.TariffLine, "t", []), MarketAccessDraft.None, new MemberTreatment(DevelopmentStatus.Developed), new StagingSettings(2009, 5), []);
        return result.Lines.All(l => l.BoundAfter == l.BoundBefore.Rate && l.AppliedAfter == l.AppliedBefore.Rate && !l.AppliedFalls);
    }
}
