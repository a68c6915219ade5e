using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Negotiation;
using Campo.Negotiation.Record;
using Campo.Scenarios;

namespace Campo.Tests.Negotiation;

public class RecordTests
{
    private static readonly string[] Coalitions = ["G20", "G33", "G90", "C4", "CAIRNS"];

    private static readonly Dictionary<string, string> Good = new()
    {
        ["events.csv"] = "event,date,scenario,verdict,source\ncancun-2003,2003-09-14,cancun-2003,failed,WTO day 5\n",
        ["formation.csv"] = "coalition,formed,source\nG20,2003-08-20,born on 20 Aug 2003\n",
        ["positions.csv"] = "event,actor,position,source\ncancun-2003,G20,object,G-20 communication\n",
        ["issues.csv"] = "issue,label_en,label_es,label_fr,label_pt,source\ncotton_specific,cotton,algodón,coton,algodão,W/511\n",
        ["stances.csv"] = "actor,issue,stance,from,until,source\nC4,cotton_specific,demands,2003-04-30,,letter of 30 Apr 2003\n",
        ["packages.csv"] = "event,issue,delivered,source\ncancun-2003,cotton_specific,0,para 27\n",
        ["model.csv"] = "parameter,value,source\nsalient_output_share,0.05,a\nprice_fall,0.15,b\nimport_surge,0.1,c\nsurge_floor,0.1,d\nblock_alone_trade_share,0.05,e\nprior_sd,3,f\ndiscipline_prior_shape,2,g\n",
    };

    private static NegotiationRecord Read(string file, string text)
    {
        var files = new Dictionary<string, string>(Good) { [file] = text };
        return NegotiationRecord.Read(f => new StringReader(files[f]), f => "record/" + f, a => Coalitions.Contains(a) || a.Length == 3);
    }

    [Fact]
    public void The_shipped_record_has_the_eight_decisions_of_issue_13_each_with_a_source_and_a_shipped_draft()
    {
        var record = NegotiationRecord.Shipped(_ => true);
        Assert.Equal(
            ["uruguay-1994", "harbinson-2003", "cancun-2003", "framework-2004", "hong-kong-2005", "july-2008", "bali-2013", "nairobi-2015"],
            record.Events.Select(e => e.Code));
        Assert.All(record.Events, e => Assert.NotNull(ShippedScenarios.Text(e.Scenario)));
        Assert.All(record.Positions, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));

        // The Cairns Group's statement on the Derbez text (13 Sep 2003) is recorded, with its condition on the blended formula.
        Assert.Contains(record.Positions, p => p is { Event: "cancun-2003", Actor: "CAIRNS", Position: Position.Object } && p.Source.Contains("cairnsgroup.org", StringComparison.Ordinal));
        Assert.Contains(record.Stances, s => s is { Actor: "CAIRNS", Issue: "blended_opt_out", Stance: IssueStance.Opposes });

        // The outcomes as issue 13 states them: Marrakesh, July 2004, Hong Kong, Bali and Nairobi adopted; the others not.
        Assert.Equal(["uruguay-1994", "framework-2004", "hong-kong-2005", "bali-2013", "nairobi-2015"], record.Events.Where(e => e.Passed).Select(e => e.Code));
    }

    [Fact]
    public void The_shipped_record_names_only_coalitions_and_members_the_default_dataset_knows()
    {
        var context = EvaluationContext.For(DatasetLoader.LoadDefault());
        var record = NegotiationRecord.Shipped(code => RecordValidation.IsActor(context, code));
        Assert.NotEmpty(record.Positions);
    }

    [Fact]
    public void A_gateway_stance_is_read_and_an_unknown_stance_is_refused_naming_the_allowed_ones()
    {
        var record = Read("stances.csv", "actor,issue,stance,from,until,source\nC4,cotton_specific,gateway,2003-04-30,,letter of 30 Apr 2003\n");
        Assert.Equal(IssueStance.Gateway, Assert.Single(record.Stances).Stance);
        var error = Assert.Throws<CampoException>(() => Read("stances.csv", "actor,issue,stance,from,until,source\nC4,cotton_specific,wants,2003-04-30,,letter of 30 Apr 2003\n"));
        Assert.Contains("gateway", error.Expected, StringComparison.Ordinal);
        Assert.Equal("stance", error.Location?.Field);
    }

    [Fact]
    public void An_event_without_a_source_is_refused_naming_file_line_and_field()
    {
        var error = Assert.Throws<CampoException>(() => Read("events.csv", "event,date,scenario,verdict,source\ncancun-2003,2003-09-14,cancun-2003,failed,\n"));
        Assert.Equal("record/events.csv", error.Location!.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("source", error.Location.Field);
    }

    [Fact]
    public void An_unknown_coalition_code_is_refused_naming_file_line_and_field()
    {
        var error = Assert.Throws<CampoException>(() => Read("positions.csv", "event,actor,position,source\ncancun-2003,G20,object,x\ncancun-2003,G-21X,object,y\n"));
        Assert.Contains("G-21X", error.Problem, StringComparison.Ordinal);
        Assert.Equal("record/positions.csv", error.Location!.File);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal("actor", error.Location.Field);
    }

    [Fact]
    public void A_coalition_forms_on_its_first_joint_position_and_acts_only_from_that_day()
    {
        var record = Read("formation.csv", "coalition,formed,source\nC4,2003-04-30,letter of 30 Apr 2003\nG20,2003-08-20,born on 20 Aug 2003\n");
        Assert.False(record.HasFormed("G20", new DateOnly(2003, 8, 19)));
        Assert.True(record.HasFormed("G20", new DateOnly(2003, 8, 20)));
        Assert.True(record.HasFormed("g20", new DateOnly(2003, 9, 14)));
        Assert.False(record.HasFormed("C4", new DateOnly(2003, 3, 31)));

        // A coalition the file does not date acts at every date (stated in the docs).
        Assert.True(record.HasFormed("CAIRNS", new DateOnly(1994, 4, 15)));
    }

    [Theory]
    [InlineData("coalition,formed,source\nG20,2003-08-20,\n", 2, "source")]
    [InlineData("coalition,formed,source\nG20,,born on 20 Aug 2003\n", 2, "formed")]
    [InlineData("coalition,formed,source\nG20,2003-08-20,a\nG-21X,2003-09-10,b\n", 3, "coalition")]
    [InlineData("coalition,formed,source\nG20,2003-08-20,a\nG20,2003-08-21,b\n", 3, "coalition")]
    public void A_bad_formation_row_is_refused_naming_file_line_and_field(string text, int line, string field)
    {
        var error = Assert.Throws<CampoException>(() => Read("formation.csv", text));
        Assert.Equal("record/formation.csv", error.Location!.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(field, error.Location.Field);
    }

    [Fact]
    public void A_coalition_s_position_before_it_formed_is_refused()
    {
        var files = new Dictionary<string, string>(Good)
        {
            ["events.csv"] = "event,date,scenario,verdict,source\nharbinson-2003,2003-03-31,harbinson-2003,not-agreed,HC 400\ncancun-2003,2003-09-14,cancun-2003,failed,WTO day 5\n",
            ["positions.csv"] = "event,actor,position,source\ncancun-2003,G20,object,G-20 communication\nharbinson-2003,G20,object,anachronism\n",
        };
        var error = Assert.Throws<CampoException>(() => NegotiationRecord.Read(f => new StringReader(files[f]), f => "record/" + f, a => Coalitions.Contains(a) || a.Length == 3));
        Assert.Contains("before it formed on 2003-08-20", error.Problem, StringComparison.Ordinal);
        Assert.Equal("record/positions.csv", error.Location!.File);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal("actor", error.Location.Field);
    }

    [Fact]
    public void The_shipped_formation_dates_are_the_cited_first_joint_positions()
    {
        var record = NegotiationRecord.Shipped(_ => true);
        // G-20: "on August 20 the g20 was born (the name comes from the date)" (Down To Earth); C-4: the letter of
        // 30 April 2003 (TN/AG/GEN/4); the G-33 and G-90 formed at Cancún (10-14 Sep 2003); the Cairns Group in
        // August 1986; the G-10's first dated joint statement, July 2004.
        Assert.Equal(new DateOnly(2003, 8, 20), record.Formations["G20"].Formed);
        Assert.Equal(new DateOnly(2003, 4, 30), record.Formations["C4"].Formed);
        Assert.Equal(new DateOnly(2003, 9, 10), record.Formations["G33"].Formed);
        Assert.Equal(new DateOnly(2003, 9, 10), record.Formations["G90"].Formed);
        Assert.Equal(new DateOnly(1986, 8, 31), record.Formations["CAIRNS"].Formed);
        Assert.Equal(new DateOnly(2004, 7, 31), record.Formations["G10"].Formed);
        Assert.Contains("August 20", record.Formations["G20"].Source, StringComparison.Ordinal);
        Assert.Contains("iatp.org", record.Formations["G10"].Source, StringComparison.Ordinal);

        // Every default coalition has a formation row, and none of them had formed by the Harbinson deadline.
        var harbinson = record.Events.Single(e => e.Code == "harbinson-2003").Date;
        Assert.All(NegotiationDefaults.Coalitions, c => Assert.False(record.HasFormed(c, harbinson), c));
        var cancun = record.Events.Single(e => e.Code == "cancun-2003").Date;
        Assert.All(["G20", "G33", "G90", "C4"], c => Assert.True(record.HasFormed(c, cancun), c));
        Assert.False(record.HasFormed("G10", cancun));

        // No recorded position of a coalition predates its formation (the reader refuses one).
        Assert.All(record.Positions, p => Assert.True(record.HasFormed(p.Actor, record.Events.Single(e => e.Code == p.Event).Date), p.Actor + " at " + p.Event));
    }

    [Fact]
    public void The_G10_has_the_ten_members_its_ministers_statement_of_July_2004_lists()
    {
        // Asia Pulse via IATP: "agricultural ministers from South Korea, Switzerland, Japan, Norway, Taiwan,
        // Liechtenstein, Iceland, Mauritius, Israel and Bulgaria".
        var dataset = DatasetLoader.LoadDefault();
        var g10 = dataset.GetCoalition("G10");
        Assert.Equal(["BGR", "CHE", "ISL", "ISR", "JPN", "KOR", "LIE", "MUS", "NOR", "TWN"], g10.Members.Select(m => m.Id!.Value.Code).Order(StringComparer.Ordinal));
        Assert.Contains("iatp.org", g10.Source.Source, StringComparison.Ordinal);
        Assert.Contains("G10", NegotiationDefaults.Coalitions);
    }

    [Fact]
    public void A_coalition_s_stance_counts_for_its_members_only_from_its_formation()
    {
        // Hand calculation: Benin in the C-4, cotton delivered 0 against the C-4's demand: link 0 − 1 = −1 once the C-4
        // has formed (30 April 2003), 0 before it (its stance alone would hold from an earlier date).
        var files = new Dictionary<string, string>(Good)
        {
            ["formation.csv"] = "coalition,formed,source\nC4,2003-04-30,letter of 30 Apr 2003\n",
            ["stances.csv"] = "actor,issue,stance,from,until,source\nC4,cotton_specific,demands,2003-01-01,,a stance dated before the coalition\n",
        };
        var record = NegotiationRecord.Read(f => new StringReader(files[f]), f => "record/" + f, a => Coalitions.Contains(a) || a.Length == 3);
        var package = new Dictionary<string, double> { ["cotton_specific"] = 0 };
        Assert.Equal(0, DecisionJudge.Link(record, package, new DateOnly(2003, 3, 31), "BEN", ["C4"], null, marketAccess: true), 12);
        Assert.Equal(-1, DecisionJudge.Link(record, package, new DateOnly(2003, 9, 14), "BEN", ["C4"], null, marketAccess: true), 12);
    }

    [Fact]
    public void A_coalition_is_a_bloc_only_at_events_after_it_formed()
    {
        var context = EvaluationContext.For(DatasetLoader.LoadDefault());
        var events = RecordValidation.Shipped(context).Events.ToDictionary(e => e.Event.Code);

        // Marrakesh and Harbinson: only the Cairns Group (1986), whose positions the record states; Cancún: the four
        // (the G-10 not yet); from the 2004 framework on, the G-10 too.
        Assert.Equal(["CAIRNS"], events["uruguay-1994"].Blocs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["CAIRNS"], events["harbinson-2003"].Blocs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["C4", "CAIRNS", "G20", "G33", "G90"], events["cancun-2003"].Blocs.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("G10", events["framework-2004"].Blocs.Keys);
        Assert.Contains("G10", events["july-2008"].Blocs.Keys);

        // The default verdict names the coalitions that had not yet formed on the draft's date (its members_at), in its assumptions.
        var outcome = Negotiator.Negotiate(RecordValidation.LoadShipped("harbinson-2003"), context, new NegotiationOptions { Draws = 0 });
        Assert.Contains(outcome.Assumptions, a => a.StartsWith("Not yet formed on 2003-03-18", StringComparison.Ordinal) && a.Contains("G20 2003-08-20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("packages.csv", "event,issue,delivered,source\ncancun-2003,cotton_specific,1.5,para 27\n", "delivered")]
    [InlineData("model.csv", "parameter,value,source\nsalient_output_share,1.2,a\nprice_fall,0.15,b\nimport_surge,0.1,c\nsurge_floor,0.1,d\nblock_alone_trade_share,0.05,e\nprior_sd,3,f\ndiscipline_prior_shape,2,g\n", "value")]
    [InlineData("positions.csv", "event,actor,position,source\ncancun-2003,G20,abstain,x\n", "position")]
    [InlineData("model.csv", "parameter,value,source\ndiscipline_prior_shape,0.5,g\nsalient_output_share,0.05,a\nprice_fall,0.15,b\nimport_surge,0.1,c\nsurge_floor,0.1,d\nblock_alone_trade_share,0.05,e\nprior_sd,3,f\n", "value")]
    [InlineData("positions.csv", "event,actor,position,source\ncancun-2004,G20,object,x\n", "event")]
    public void A_value_outside_its_range_is_refused_naming_the_field(string file, string text, string field)
    {
        var error = Assert.Throws<CampoException>(() => Read(file, text));
        Assert.Equal("record/" + file, error.Location!.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(field, error.Location.Field);
    }

    [Fact]
    public void The_intercept_alone_is_the_log_odds_of_the_objections()
    {
        // Hand calculation: 1 of 4 objects, no predictor but the constant: the maximum-likelihood intercept is
        // ln(1/3) = −1.0986; a prior of standard deviation 100 moves it by about β/(σ²·N·p·(1−p)) ≈ 1.5e-4.
        var data = Enumerable.Range(0, 4).Select(i => new Observation("e", "a" + i, [1, 0, 0, 0, 0], i == 0)).ToList();
        var fit = Logit.Fit(data, 100);
        Assert.InRange(fit.Beta[0] - Math.Log(1 / 3.0), 0, 5e-4);
        Assert.NotNull(fit.StandardErrors[0]);
    }

    [Fact]
    public void A_slope_is_the_difference_of_the_two_groups_log_odds()
    {
        // Hand calculation: at x = 0 one of 4 objects (log-odds ln(1/3)), at x = 1 three of 4 (ln 3): β1 = ln 3 − ln(1/3) = 2.1972.
        var data = new List<Observation>();
        for (var i = 0; i < 4; i++)
        {
            data.Add(new Observation("e", "a" + i, [1, 0, 0, 0, 0], i == 0));
            data.Add(new Observation("e", "b" + i, [1, 1, 0, 0, 0], i != 0));
        }

        var fit = Logit.Fit(data, 100);
        Assert.Equal(Math.Log(1 / 3.0), fit.Beta[0], 2);
        Assert.Equal(2 * Math.Log(3), fit.Beta[1], 2);
    }

    [Fact]
    public void The_sign_constraints_hold_the_intercept_at_zero_when_most_objections_have_no_cause()
    {
        // Unconstrained, 3 of 4 objecting would give ln 3 > 0; the intercept may not exceed 0 (a draft that changes
        // nothing never dissatisfies), so it stays at its bound, where no standard error is reported.
        var data = Enumerable.Range(0, 4).Select(i => new Observation("e", "a" + i, [1, 0, 0, 0, 0], i != 0)).ToList();
        var fit = Logit.Fit(data, 100);
        Assert.Equal(0, fit.Beta[0], 9);
        Assert.Null(fit.StandardErrors[0]);
    }

    private static EventData Synthetic(string code, MemberFeatures[] features, double[] trade, Dictionary<string, int[]> blocs, params (string Actor, bool Objected)[] recorded) =>
        new(
            new RecordedEvent(code, new DateOnly(2003, 9, 14), code, recorded.Any(r => r.Objected) ? RecordedVerdict.Failed : RecordedVerdict.Adopted, "test"),
            features.Select((f, i) => new EventMember(new MemberId("M" + (char)('A' + (i / 26)) + (char)('A' + (i % 26))), f, trade[i], i, -1, blocs.Where(b => b.Value.Contains(i)).Select(b => b.Key).ToArray(), [], [])).ToArray(),
            blocs.ToDictionary(b => b.Key, b => (b.Key, b.Value)),
            0.05,
            blocs.ToDictionary(b => b.Key, _ => new Dictionary<CommodityId, (string, double)>()))
        {
            RecordedActors = recorded,
        };

    private static DecisionCoefficients Random(Random random) =>
        new([-random.NextDouble() * 3, random.NextDouble() * 2, random.NextDouble() * 2, random.NextDouble() * 3, random.NextDouble() * 5], RecordValidation.Disciplines[random.Next(RecordValidation.Disciplines.Count)]);

    [Fact]
    public void A_draft_that_changes_nothing_passes_under_any_admissible_coefficients()
    {
        var random = new Random(13);
        var features = Enumerable.Repeat(new MemberFeatures(0, 0, 0, 0, true), 6).ToArray();
        var e = Synthetic("nothing", features, [0.3, 0.3, 0.1, 0.1, 0.1, 0.1], new() { ["G1"] = [0, 2, 3] });
        for (var i = 0; i < 200; i++)
        {
            Assert.True(e.Predict(Random(random)).Passes);
        }
    }

    [Fact]
    public void A_draft_better_for_every_member_in_every_component_passes_and_acceptance_is_monotone()
    {
        var random = new Random(2005);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = 8;
            var worse = new MemberFeatures[n];
            var better = new MemberFeatures[n];
            var gains = new MemberFeatures[n];
            for (var i = 0; i < n; i++)
            {
                worse[i] = new MemberFeatures((random.NextDouble() - 0.5) * 0.2, (random.NextDouble() - 0.5) * 0.2, random.Next(2), -random.NextDouble(), true);

                // Better in every component: farmers and exports no lower, no new red line, a smaller shortfall.
                better[i] = new MemberFeatures(worse[i].Farmers + (random.NextDouble() * 0.05), worse[i].Exports + (random.NextDouble() * 0.05), worse[i].RedLine * random.Next(2), worse[i].Link * random.NextDouble(), true);
                gains[i] = new MemberFeatures(random.NextDouble() * 0.1, random.NextDouble() * 0.1, 0, 0, true);
            }

            var trade = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 0.1).ToArray();
            var blocs = new Dictionary<string, int[]> { ["G1"] = [0, 1, 2], ["G2"] = [2, 3, 4, 5] };
            var c = Random(random);
            var a = Synthetic("a", worse, trade, blocs).Predict(c);
            var b = Synthetic("b", better, trade, blocs).Predict(c);
            for (var i = 0; i < n; i++)
            {
                Assert.True(a.Final[i] || !b.Final[i], "a member that accepts must accept a draft better for it in every component");
            }

            Assert.True(Synthetic("g", gains, trade, blocs).Predict(c).Passes);
        }
    }

    [Fact]
    public void Blocking_alone_needs_both_weight_and_a_farm_stake_of_its_own()
    {
        // Hand calculation with β = (−1, 1, 0, 1, 2): z = −1 + 1·(−100·farmers) + 1·redline + 2·(−link), and
        // z_farm = z without the linkage term. Block-alone share τ = 0.05 (Synthetic).
        //   MAA: 10% of world farm trade, farmers −2% of output: z = z_farm = −1 + 2 = 1 > 0       → objects alone.
        //   MAB:  1% of world farm trade, farmers −2%:               z = z_farm = 1 > 0 but no weight → accepts.
        //   MAC: 10%, farmers 0, link −1 (the package's other issues): z = −1 + 2 = 1 > 0, z_farm = −1 → accepts.
        //   MAD:  1%, farmers 0, a red line on a product that matters: z = z_farm = −1 + 1 = 0, not > 0 → accepts;
        //         with βR = 3, z = 2 > 0, but 1% has no weight → still accepts (a red line alone is no lone veto).
        var features = new[]
        {
            new MemberFeatures(-0.02, 0, 0, 0, true),
            new MemberFeatures(-0.02, 0, 0, 0, true),
            new MemberFeatures(0, 0, 0, -1, true),
            new MemberFeatures(0, 0, 1, 0, true),
        };
        var e = Synthetic("alone", features, [0.10, 0.01, 0.10, 0.01], []);
        foreach (var redLine in new[] { 1.0, 3.0 })
        {
            var p = e.Predict(new DecisionCoefficients([-1, 1, 0, redLine, 2], 0.5));
            Assert.Equal([true, false, false, false], p.Final);
            Assert.Equal([true, true, true, redLine > 1], p.Dissatisfied);
            Assert.False(p.Passes);
        }

        // Without the large member's farm loss the draft passes although three members are dissatisfied.
        features[0] = new MemberFeatures(0, 0, 0, 0, true);
        var q = Synthetic("alone", features, [0.10, 0.01, 0.10, 0.01], []).Predict(new DecisionCoefficients([-1, 1, 0, 3, 2], 0.5));
        Assert.True(q.Passes);
        Assert.Equal(3, q.Dissatisfied.Count(d => d));
    }

    [Fact]
    public void Without_coalition_positions_the_discipline_is_the_prior_s_mode_and_its_interval_spans_the_grid()
    {
        // No coalition in the record: the likelihood does not depend on κ, so the penalised profile is the Beta(2, 2)
        // log prior (a = 2 as shipped), ln(κ(1 − κ)), largest at κ = 0.5 (ln 0.25 = −1.386). At the ends of the grid,
        // ln(0.1·0.9) − ln 0.25 = −1.022 > −1.92, so every κ of the grid is inside the interval.
        var record = NegotiationRecord.Shipped(_ => true);
        Assert.Equal(2, record.Setting("discipline_prior_shape"));
        var features = Enumerable.Repeat(new MemberFeatures(-0.01, 0, 0, 0, true), 4).ToArray();
        var trade = new[] { 0.1, 0.1, 0.1, 0.1 };
        var events = new List<EventData>
        {
            Synthetic("a", features, trade, [], ("MAA", false), ("MAB", true)),
            Synthetic("b", features, trade, [], ("MAA", false), ("MAC", false)),
        };
        var report = RecordValidation.Validate(events, record);
        Assert.Equal(0.5, report.Discipline);
        Assert.Equal(Math.Log(0.25), report.DisciplineProfile.Single(p => p.Discipline == 0.5).LogPrior, 12);
        Assert.Single(report.DisciplineProfile.Select(p => p.LogLikelihood).Distinct());
        Assert.Equal((0.1, 0.9), (report.DisciplineLow, report.DisciplineHigh));
    }

    [Fact]
    public void No_event_is_predicted_by_coefficients_fitted_to_it()
    {
        // Three events where every recorded actor accepts with the same features, and a fourth where the same features
        // come with an objection. In sample the fourth pulls the intercept up; out of sample it is predicted from the
        // other three only, where nobody objected, so it must be predicted to accept.
        var record = NegotiationRecord.Shipped(_ => true);
        var features = Enumerable.Repeat(new MemberFeatures(-0.01, 0, 0, 0, true), 4).ToArray();
        var trade = new[] { 0.1, 0.1, 0.1, 0.1 };
        var events = new List<EventData>();
        for (var k = 0; k < 3; k++)
        {
            events.Add(Synthetic("accepted" + k, features, trade, [], ("MAA", false), ("MAB", false), ("MAC", false)));
        }

        events.Add(Synthetic("failed", features, trade, [], ("MAA", true), ("MAB", true), ("MAC", true)));
        var report = RecordValidation.Validate(events, record);
        var failed = report.Events.Single(e => e.Event == "failed");
        Assert.All(failed.Actors, a => Assert.Equal(Position.Accept, a.OutOfSample));
        Assert.True(failed.PassesOutOfSample);
    }

    [Fact]
    public void The_validation_on_the_shipped_record_reports_every_event_and_admissible_estimates()
    {
        var context = EvaluationContext.For(DatasetLoader.LoadDefault());
        var report = RecordValidation.Run(context, name => ScenarioReader.Read(ShippedScenarios.Text(name)!, ShippedScenarios.FileName(name)));
        var record = NegotiationRecord.Shipped(_ => true);
        Assert.Equal(record.Events.Count, report.Events.Count);
        Assert.Equal(record.Positions.Count, report.Observations);
        Assert.True(report.Coefficients[0].Value <= 0);
        Assert.All(report.Coefficients.Skip(1), c => Assert.True(c.Value >= 0));
        Assert.NotNull(report.Cancun);
        Assert.Equal(4, report.CancunReplay.Count);
        Assert.InRange(report.OutOfSample.VerdictsRight, 0, report.Events.Count);

        // Invariant of the block-alone rule: nobody with less than the stated share of world farm trade blocks alone.
        var share = record.Setting("block_alone_trade_share");
        var data = RecordValidation.Shipped(context).Events.ToDictionary(e => e.Event.Code);
        Assert.All(report.Events, e => Assert.All(e.BlockingAlone, m => Assert.True(data[e.Event].Members.Single(x => x.Id == m).TradeShare >= share, m.Code + " at " + e.Event)));
    }

    [Fact]
    public void The_default_verdict_on_each_draft_of_the_record_is_the_validation_s_in_sample_prediction()
    {
        // One model: campo negotiate FILE judges with the coefficients fitted on every event, as --validate's in-sample column.
        var context = EvaluationContext.For(DatasetLoader.LoadDefault());
        var report = RecordValidation.Run(context, RecordValidation.LoadShipped);
        foreach (var e in report.Events)
        {
            var outcome = Negotiator.Negotiate(RecordValidation.LoadShipped(e.Scenario), context, new NegotiationOptions { Draws = 0 });
            Assert.Equal((e.Event, e.PassesInSample), (outcome.Model.Event, outcome.Verdict.Passes));
        }
    }
}
