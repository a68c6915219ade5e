using Campo.Domain;
using Campo.Errors;
using Campo.Schedules;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;

namespace Campo.Tests.Schedules;

public class EngineTests
{
    private static readonly MemberId Member = new("XXX");

    internal static TariffLine Line(string hs, double boundPercent, double? appliedPercent, LineFlags flags = LineFlags.None, string? primary = null) => new()
    {
        Id = hs,
        Hs = new HsCode(hs),
        Group = ProductGroups.GroupOf(new HsCode(hs)),
        Bound = Duty.Ad(Rate.FromPercent(boundPercent)),
        BoundProvenance = Provenance.Cited("test schedule"),
        Applied = appliedPercent is { } a ? Duty.Ad(Rate.FromPercent(a)) : null,
        Flags = flags,
        Primary = primary,
    };

    internal static MarketAccessDraft Developed(GroupModalities modalities) =>
        new(new Dictionary<DevelopmentStatus, GroupModalities> { [DevelopmentStatus.Developed] = modalities }, null, null);

    internal static TieredFormula Rev4Developed() => new([
        new TierBand(Rate.Zero, Rate.FromPercent(50)),
        new TierBand(Rate.FromPercent(20), Rate.FromPercent(57)),
        new TierBand(Rate.FromPercent(50), Rate.FromPercent(64)),
        new TierBand(Rate.FromPercent(75), Rate.FromPercent(70)),
    ]);

    private static Campo.Schedules.Results.ScheduleResult Run(IReadOnlyList<TariffLine> lines, MarketAccessDraft draft, DevelopmentStatus status = DevelopmentStatus.Developed) =>
        ScheduleEngine.Apply(new MemberSchedule(Member, lines, ScheduleLevel.TariffLine, "test.csv", []), draft, new MemberTreatment(status), new StagingSettings(2009, 5), []);

    [Fact]
    public void New_applied_is_the_lower_of_old_applied_and_new_bound()
    {
        // Hand calculation, tiered developed: bound 40% (band 2, cut 57%) -> 17.2%; applied 10% stays 10% (water);
        // bound 10% (band 1, cut 50%) -> 5%; applied 8% falls to 5%.
        var result = Run([Line("100590", 40, 10), Line("100630", 10, 8)], Developed(GroupModalities.None with { Formula = Rev4Developed() }));
        Assert.Equal(0.172, result.Lines[0].BoundAfter!.Value.Fraction, 12);
        Assert.Equal(0.10, result.Lines[0].AppliedAfter!.Value.Fraction, 12);
        Assert.False(result.Lines[0].AppliedFalls);
        Assert.Equal(0.05, result.Lines[1].AppliedAfter!.Value.Fraction, 12);
        Assert.True(result.Lines[1].AppliedFalls);
        // Overhang before: bound average 25%, applied 9% -> 16 points; after: 11.1% - 7.5% = 3.6 points.
        Assert.Equal(0.16, result.Total.OverhangBefore!.Value, 12);
        Assert.Equal(0.036, result.Total.OverhangAfter!.Value, 12);
        Assert.Equal(1, result.Total.AppliedFalls);
    }

    [Fact]
    public void A_sensitive_line_above_the_cap_keeps_its_rate_and_an_ordinary_one_is_capped()
    {
        // Hand calculation: 150% sensitive takes 1/3 of the 70% cut = 23.33% -> 115% (above the 100% cap, kept);
        // 400% ordinary takes 70% -> 120%, capped to 100%.
        var draft = Developed(new GroupModalities(
            Rev4Developed(),
            Rate.FromPercent(100),
            null,
            null,
            false,
            new SensitiveRules(Rate.FromPercent(50), Rate.Zero, null, new Rate(1.0 / 3), Rate.FromPercent(4), Designation.Flagged),
            null,
            null));
        var result = Run([Line("020110", 150, 150, LineFlags.Sensitive), Line("020120", 400, 400)], draft);
        Assert.Equal(1.15, result.Lines[0].BoundAfter!.Value.Fraction, 12);
        Assert.True(result.Lines[0].Outcome.HasFlag(LineOutcome.AboveCapKept));
        Assert.True(result.Lines[0].Outcome.HasFlag(LineOutcome.Sensitive));
        Assert.Equal(1.0, result.Lines[1].BoundAfter!.Value.Fraction, 12);
        Assert.True(result.Lines[1].Outcome.HasFlag(LineOutcome.Capped));
    }

    [Fact]
    public void More_flagged_sensitive_lines_than_allowed_is_an_error_naming_both_counts()
    {
        var draft = Developed(GroupModalities.None with
        {
            Formula = Rev4Developed(),
            Sensitive = new SensitiveRules(Rate.FromPercent(4), Rate.Zero, null, new Rate(1.0 / 3), Rate.Zero, Designation.Flagged),
        });
        var error = Assert.Throws<CampoException>(() => Run([Line("020110", 50, 50, LineFlags.Sensitive), Line("020120", 40, 40)], draft));
        Assert.Equal("test.csv: flags: the schedule flags 1 sensitive lines; the draft allows 0 of the member's 2 dutiable lines; flag at most 0 lines as sensitive", error.Message);
    }

    [Fact]
    public void A_processed_product_takes_the_next_bands_cut()
    {
        // Hand calculation: primary 100590 at 40% (band 2); processed 110220 at 30% (band 2) takes band 3's 64%:
        // 30 * 0.36 = 10.8%.
        var draft = Developed(GroupModalities.None with { Formula = Rev4Developed(), Escalation = true });
        var result = Run([Line("100590", 40, 40), Line("110220", 30, 30, LineFlags.Processed, "100590")], draft);
        Assert.Equal(0.108, result.Lines[1].BoundAfter!.Value.Fraction, 12);
        Assert.True(result.Lines[1].Outcome.HasFlag(LineOutcome.Escalated));
    }

    [Fact]
    public void The_developed_floor_scales_the_formula_cuts()
    {
        // Hand calculation: two lines of 10% cut 50% average 50%, below the 54% floor: k = 1.08, cuts 54%, 10% -> 4.6%.
        var draft = Developed(GroupModalities.None with { Formula = Rev4Developed(), MinimumAverageCut = Rate.FromPercent(54) });
        var result = Run([Line("100590", 10, 10), Line("100630", 10, 10)], draft);
        Assert.Equal(0.046, result.Lines[0].BoundAfter!.Value.Fraction, 12);
        Assert.Equal(1.08, result.Summary.Constraint.Factor, 12);
    }

    [Fact]
    public void An_ldc_makes_no_cut()
    {
        var result = Run([Line("100590", 40, 10)], Developed(GroupModalities.None with { Formula = Rev4Developed() }), DevelopmentStatus.LeastDeveloped);
        Assert.Equal(0.40, result.Lines[0].BoundAfter!.Value.Fraction, 12);
        Assert.Contains("LDC: no reduction commitments", result.Notes);
    }

    [Fact]
    public void An_unknown_ave_is_flagged_and_left_out_of_the_averages()
    {
        var specific = Line("100590", 40, 40) with { Bound = new Duty(DutyType.Specific, null, new UsdPerTonne(206)), Applied = new Duty(DutyType.Specific, null, new UsdPerTonne(206)) };
        var result = Run([specific, Line("100630", 10, 10)], Developed(GroupModalities.None with { Formula = Rev4Developed() }));
        Assert.Null(result.Lines[0].BoundAfter);
        Assert.True(result.Lines[0].Outcome.HasFlag(LineOutcome.UnknownAve));
        Assert.Equal(1, result.Total.Unknown);
        Assert.Equal(0.05, result.Total.BoundAfter!.Value.Fraction, 12);
        Assert.Contains(result.Notes, n => n.Contains("unknown ad valorem equivalent", StringComparison.Ordinal));
    }

    [Fact]
    public void Staging_reports_simple_averages_year_by_year()
    {
        // Hand calculation: one line 40% -> 17.2% over 5 instalments from 2009: 2009 35.44, ..., 2013 17.2.
        var result = Run([Line("100590", 40, 40)], Developed(GroupModalities.None with { Formula = Rev4Developed() }));
        Assert.Equal(5, result.Staging.Count);
        Assert.Equal(2009, result.Staging[0].Year);
        Assert.Equal(0.3544, result.Staging[0].Bound.Fraction, 12);
        Assert.Equal(0.172, result.Staging[^1].Bound.Fraction, 12);
    }

    [Fact]
    public void A_small_vulnerable_economy_takes_softened_cuts()
    {
        // Hand calculation: developing band cut 50% lowered by 10 points = 40%: 10% -> 6%.
        var draft = new MarketAccessDraft(
            new Dictionary<DevelopmentStatus, GroupModalities> { [DevelopmentStatus.Developing] = GroupModalities.None with { Formula = new LinearFormula(Rate.FromPercent(50)) } },
            new ModalityAdjustment(10, 2),
            null);
        var result = ScheduleEngine.Apply(new MemberSchedule(Member, [Line("100590", 10, 10)], ScheduleLevel.TariffLine, "t", []), draft, new MemberTreatment(DevelopmentStatus.Developing, SmallVulnerable: true), new StagingSettings(2009, 10), []);
        Assert.Equal(0.06, result.Lines[0].BoundAfter!.Value.Fraction, 12);
        Assert.Equal(12, result.Instalments);
    }

    [Fact]
    public void A_commodity_level_schedule_says_so_and_gives_rates_by_commodity()
    {
        var records = new[]
        {
            new CommodityTariffRecord(Member, new CommodityId("maiz"), Rate.FromPercent(20), null, Provenance.Assumed("bound rate unknown: applied rate used"), new Usd(1000)),
            new CommodityTariffRecord(Member, new CommodityId("whea"), Rate.FromPercent(10), Rate.FromPercent(30), Provenance.Cited("test")),
        };
        var schedule = CommoditySchedule.Build(Member, records, "dataset");
        var result = ScheduleEngine.Apply(schedule, Developed(GroupModalities.None with { Formula = new LinearFormula(Rate.FromPercent(50)) }), new MemberTreatment(DevelopmentStatus.Developed), new StagingSettings(2009, 0), []);
        Assert.Equal(ScheduleLevel.Commodity, result.Level);
        Assert.Contains(CommoditySchedule.LevelNote, result.Notes);
        var rates = Campo.Schedules.Results.NewAppliedRates.ByCommodity(result);
        // Hand calculation: maize bound = applied 20% (assumed) -> 10%; wheat bound 30% -> 15%, applied 10% stays.
        Assert.Equal(0.10, rates[new CommodityId("maiz")].SimpleAfter!.Value.Fraction, 12);
        Assert.Equal(0.10, rates[new CommodityId("maiz")].TradeWeightedAfter!.Value.Fraction, 12);
        Assert.Equal(0.10, rates[new CommodityId("whea")].SimpleAfter!.Value.Fraction, 12);
    }

    [Fact]
    public void A_commodity_listed_twice_is_refused()
    {
        var record = new CommodityTariffRecord(Member, new CommodityId("maiz"), Rate.FromPercent(20), null, Provenance.Assumed("x"));
        Assert.Throws<CampoException>(() => CommoditySchedule.Build(Member, [record, record], "dataset"));
    }

    [Fact]
    public void The_batch_engine_matches_the_record_engine()
    {
        var lines = new[] { Line("100590", 40, 10), Line("100630", 10, 8), Line("020110", 90, 60) };
        var modalities = GroupModalities.None with { Formula = Rev4Developed(), MinimumAverageCut = Rate.FromPercent(54) };
        var single = Run(lines, Developed(modalities));
        var bound = lines.Select(l => l.Bound!.AdValorem!.Value.Fraction).ToArray();
        var applied = lines.Select(l => l.Applied!.AdValorem!.Value.Fraction).ToArray();
        var batch = new ScheduleBatch([.. bound, .. bound], [.. applied, .. applied], new byte[6], [0, 3, 6], [0, 1], [modalities, GroupModalities.None]);
        var output = new BatchOutput(batch);
        BatchEngine.Run(batch, output);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(single.Lines[i].BoundAfter!.Value.Fraction, output.NewBounds[i], 12);
            Assert.Equal(single.Lines[i].AppliedAfter!.Value.Fraction, output.NewApplieds[i], 12);
            Assert.Equal(bound[i], output.NewBounds[i + 3], 12);
        }
    }
}
