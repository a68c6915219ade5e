using Campo.Regional;

namespace Campo.Tests.Regional;

/// <summary>The Mexican maize model: its baseline, its quota regimes, its real prices and its look-back.</summary>
public class MexicoMaizeTests
{
    private static readonly Lazy<MexicoMaizeReport> Report = new(() => MexicoMaize.Run(Nafta.Data, Nafta.Scenario().Regional!)!);

    [Fact]
    public void With_nothing_changed_the_observed_baseline_returns_faostats_production_and_imports()
    {
        // At r = 1 every demand and supply is its shifter, so imports are the FAOSTAT balance identity
        // M = food + seed + processing + other + feed + loss − production + exports − stock variation, which FAOSTAT
        // closes to within 1 kt (rounding) in every year 1994-2008.
        var (parameters, _) = MexicoMaize.DefaultParameters(Nafta.Data);
        for (var year = 1994; year <= 2008; year++)
        {
            var s = MexicoMaize.ObservedShifters(Nafta.Data, year);
            var q = MexicoMaize.Quantities(s, parameters, 1);
            Assert.Equal(Nafta.Data.FaostatSeries("MEX", 2514, "Production")!.Values[year], q.WhiteProduction + q.YellowProduction, 6);
            Assert.InRange(q.Imports - Nafta.Data.FaostatSeries("MEX", 2514, "Import")!.Values[year], -1.5, 1.5);
        }
    }

    [Fact]
    public void On_the_observed_baseline_the_applied_path_reproduces_faostat_and_the_legal_duties_import_no_more()
    {
        // baseline = "observed": each year's FAOSTAT series with the price response at the duties Mexico charged removed,
        // so the applied path (those duties) returns FAOSTAT's production exactly and its imports within the balance's
        // rounding (1 kt) in every year 1994-2008; the legal duties are never below the applied ones, so they never let
        // in more.
        var report = MexicoMaize.Run(Nafta.Data, Nafta.Scenario("regional.maize_model.baseline=observed").Regional!)!;
        var production = Nafta.Data.FaostatSeries("MEX", 2514, "Production")!.Values;
        var imports = Nafta.Data.FaostatSeries("MEX", 2514, "Import")!.Values;
        var applied = report.Years.Where(y => y.Path == MaizePath.Applied).ToDictionary(y => y.Year);
        var legal = report.Years.Where(y => y.Path == MaizePath.Legal).ToDictionary(y => y.Year);
        Assert.Equal(Enumerable.Range(1994, 15), applied.Keys.Order());
        foreach (var (year, y) in applied)
        {
            Assert.Equal(production[year], y.ProductionKt, 6);
            Assert.InRange(y.ImportsKt - imports[year], -1.5, 1.5);
            Assert.True(legal[year].ImportsKt <= y.ImportsKt + 1e-6, year + ": legal " + legal[year].ImportsKt + " > applied " + y.ImportsKt);
        }

        Assert.InRange(report.Errors.Single(e => e.Series == "imports" && e.Path == MaizePath.Applied).MeanAbsolutePercentageError, 0, 0.001);
        Assert.Contains(report.Parameters, p => p.ScenarioKey == "baseline" && p.Status == "assumption");
        Assert.DoesNotContain(report.Parameters, p => p.Key.StartsWith("trend growth", StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_the_price_response_is_the_hand_calculation_and_quantities_at_that_price_give_the_record_back()
    {
        // r_a = 0.5, θ = 0.5 (white index √0.5 = 0.707107), η_w = −0.2, η_y = −0.3, s_w = 0.9, ε_w = 0, ε_y = 1:
        //   D̄_w = 1,000 / 0.707107^−0.2 = 1,000 × e^(0.2 × ln 0.707107) = 1,000 × e^(−0.0693147) = 933.033
        //   D̄_y = 400 / 0.5^−0.3 = 400 × 0.812252 = 324.901
        //   S̄ = 2,000 / (0.9 × 1 + 0.1 × 0.5) = 2,000 / 0.95 = 2,105.263
        var p = new MexicoMaizeParameters(0.9, 0, 1, -0.2, -0.3, 0.5);
        var observed = new MaizeShifters(2000, 1_000, 400, 2_000, 0.1, 50, 20);
        var b = MexicoMaize.WithoutPriceResponse(observed, p, 0.5);
        Assert.Equal(933.033, b.WhiteDemandKt, 3);
        Assert.Equal(324.901, b.YellowDemandKt, 3);
        Assert.Equal(2_105.263, b.ProductionKt, 3);
        Assert.Equal((0.1, 50d, 20d), (b.LossShare, b.ExportsKt, b.StockVariationKt));

        // M = 1,000 + 400 − 0.9 × 2,000 + 50 − 20 = −370 at r_a: the record back.
        var q = MexicoMaize.Quantities(b, p, 0.5);
        Assert.Equal(1_000, q.WhiteDemand, 9);
        Assert.Equal(400, q.YellowDemand, 9);
        Assert.Equal(2_000, q.WhiteProduction + q.YellowProduction, 9);
        Assert.Equal(-370, q.Imports, 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => MexicoMaize.WithoutPriceResponse(observed, p, 0));
    }

    [Fact]
    public void An_unknown_baseline_is_refused_naming_the_key_and_the_choices()
    {
        var e = Assert.Throws<Campo.Errors.CampoException>(() => Nafta.Scenario("regional.maize_model.baseline=\"observd\""));
        Assert.Equal("regional.maize_model.baseline", e.Location!.Field);
        Assert.Contains("observed", e.Message, StringComparison.Ordinal);
        Assert.Contains("trend", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_path_without_nafta_is_the_baseline_growing_at_the_pre_nafta_trends()
    {
        var years = Report.Value.Years.Where(y => y.Path == MaizePath.WithoutNafta).ToDictionary(y => y.Year);
        var growth = Report.Value.Parameters.Single(p => p.Key.StartsWith("trend growth of production", StringComparison.Ordinal)).Value;
        Assert.Equal(1 + growth, years[2000].ProductionKt / years[1999].ProductionKt, 9);
        Assert.All(years.Values, y => Assert.Equal(1, y.WhitePriceIndex));
    }

    [Fact]
    public void The_protection_charged_in_1991_93_is_the_hand_calculation_from_hufbauer_and_schott()
    {
        // Table 5.15, USD/bu, Mexico over US: 4.39/2.37 = 1.85232, 4.57/2.07 = 2.20773, 4.84/2.50 = 1.93600;
        // mean 1.99868, so the wedge actually charged was 99.9%, against the 215% over-quota tariff.
        Assert.Equal(0.99868, MexicoMaize.ProtectionCharged1991To93, 5);
    }

    [Fact]
    public void A_binding_quota_sets_imports_to_the_quota()
    {
        foreach (var y in Report.Value.Years.Where(y => y.Regime == "binding"))
        {
            Assert.Equal(y.QuotaKt, y.ImportsKt, 1e-3);
        }

        Assert.Contains(Report.Value.Years, y => y.Regime == "binding");
    }

    [Fact]
    public void The_1995_devaluation_raises_the_real_peso_import_parity()
    {
        // Mexico's GDP deflator in US dollars fell from 71.9 (1994) to 52.5 (1995) while the Gulf price rose: the real
        // peso price of imported maize rose by more than a quarter.
        var legal = Report.Value.Years.Where(y => y.Path == MaizePath.Legal).ToDictionary(y => y.Year);
        Assert.True(legal[1995].WorldRealIndex > legal[1994].WorldRealIndex * 1.25, legal[1995].WorldRealIndex + " vs " + legal[1994].WorldRealIndex);
    }

    [Fact]
    public void The_look_back_gets_the_direction_of_production_right_and_states_each_error()
    {
        // FAOSTAT: production 16,435 kt on average in 1991-93, 24,320 kt in 2008: it rose.
        var legal = Report.Value.Years.Where(y => y.Path == MaizePath.Legal).ToDictionary(y => y.Year);
        Assert.True(legal[2008].ProductionKt > 16_435, legal[2008].ProductionKt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var series in new[] { "production", "imports", "white price" })
        {
            Assert.Contains(Report.Value.Errors, e => e.Series == series && e.Path == MaizePath.Legal);
        }

        // The goal (docs/models/nafta.md): production within 10% on average, imports within 20% on the legal path.
        // With each year's cited legal over-quota rate (scenario, TrqPathTests) the legal path's imports miss FAOSTAT by
        // 19.99% on average, at the goal's edge (22.0% before, when 2003-07 carried 18.2%, the rate of 2007, as 2005's).
        Assert.InRange(Report.Value.Errors.Single(e => e.Series == "production" && e.Path == MaizePath.Legal).MeanAbsolutePercentageError, 0, 0.10);
        Assert.InRange(Report.Value.Errors.Single(e => e.Series == "imports" && e.Path == MaizePath.Legal).MeanAbsolutePercentageError, 0, 0.20);
    }

    [Fact]
    public void The_trend_window_note_lists_every_start_year_and_holds_this_runs_own_error()
    {
        // Trends to 1993, at least five years (trend_from + 4 <= trend_to): start years 1973 to 1989, 17 of them.
        var note = Report.Value.Notes.Single(n => n.StartsWith("Trend window:", StringComparison.Ordinal));
        Assert.Contains("1973-1989 (to 1993)", note, StringComparison.Ordinal);
        var legal = Report.Value.Errors.Single(e => e.Series == "imports" && e.Path == MaizePath.Legal).MeanAbsolutePercentageError;
        Assert.Contains("1980 " + (legal * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%", note, StringComparison.Ordinal);
        Assert.Contains("This run starts in 1980", note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_list_runs_from_1973_to_the_last_year_less_four()
    {
        var p = MexicoMaize.DefaultParameters(Nafta.Data).Values with { TrendTo = 1990 };
        var seen = new List<int>();
        var list = MexicoMaize.LegalImportErrorByTrendStart(p, f =>
        {
            seen.Add(f);
            return [new MaizeError("imports", MaizePath.Legal, 15, f / 10_000.0, 0)];
        });
        Assert.Equal(Enumerable.Range(1973, 14), seen);
        Assert.Equal(0.1986, list.Single(w => w.From == 1986).Mape, 12);
    }

    [Fact]
    public void The_farmers_view_per_family_is_the_per_hectare_figure_times_the_hectares_of_a_family()
    {
        double Figure(string start) => Report.Value.Farmers.Single(x => x.Key.StartsWith(start, StringComparison.Ordinal)).Value;
        Assert.Equal(Figure("revenue change per hectare") * Figure("hectares per family"), Figure("revenue change per family"), 6);

        // A subsistence family tills one or two hectares (eFeedLink 2008, reporting SAGARPA): 1.5 ha at the per-hectare
        // change, and its band from 1 ha at the per-hectare band's smaller loss to 2 ha at its larger one.
        var perHectare = Report.Value.Farmers.Single(x => x.Key.StartsWith("revenue change per hectare", StringComparison.Ordinal));
        var subsistence = Report.Value.Farmers.Single(x => x.Key.StartsWith("revenue change per subsistence family", StringComparison.Ordinal));
        Assert.Equal(1.5 * perHectare.Value, subsistence.Value, 6);
        Assert.True(perHectare.Low < 0 && perHectare.High < 0, "the legal path's white price fell by 2008: " + perHectare.Low + " to " + perHectare.High);
        Assert.Equal(2 * perHectare.Low!.Value, subsistence.Low!.Value, 6);
        Assert.Equal(1 * perHectare.High!.Value, subsistence.High!.Value, 6);

        // The areas by type add up to IMPACT's 2005 harvested area of Mexico's maize, 7,196.033 kha.
        Assert.Equal(7_196_033, Figure("maize area, white") + Figure("maize area, yellow"), 0);
    }

    [Fact]
    public void A_scenario_sets_the_substitution_and_the_white_price_is_the_yellow_index_to_its_power()
    {
        // r_w = r^θ: with θ = 0.5 from the command line, every NAFTA year's white index is the square root of its yellow index.
        var report = MexicoMaize.Run(Nafta.Data, Nafta.Scenario("regional.maize_model.transmission=0.5").Regional!)!;
        Assert.All(report.Years.Where(y => y.Path != MaizePath.WithoutNafta), y => Assert.Equal(Math.Sqrt(y.YellowPriceIndex), y.WhitePriceIndex, 12));
        var theta = report.Parameters.Single(p => p.ScenarioKey == "transmission");
        Assert.Equal(0.5, theta.Value);
        Assert.InRange(0.5, theta.Low!.Value, theta.High!.Value);
    }

    [Fact]
    public void A_value_outside_the_range_of_the_scenario_is_refused_naming_the_file_line_and_key()
    {
        // θ's range is the 95% interval of its estimate (about 0.31 to 0.52), which 0.9 lies outside.
        var e = Assert.Throws<Campo.Errors.CampoException>(() => MexicoMaize.Run(Nafta.Data, Nafta.Scenario("regional.maize_model.transmission=0.9").Regional!));
        Assert.Equal("regional.maize_model.transmission", e.Location!.Field);
        Assert.Contains("nafta-1994.toml", e.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_whose_low_end_is_above_its_high_end_is_refused_with_its_line()
    {
        const string Body = """
            [regional]
            parties = ["MEX", "USA"]
            base_year = 1993
            entry_into_force = 1994
            horizon = 2008
            substitution_elasticity = 2
            [regional.commodities.maize.USA_to_MEX]
            quota_kt = 2500
            [regional.commodities.maize.USA_to_MEX.over_quota]
            1994 = 215
            2008 = 0
            [regional.maize_model]
            transmission_range = [1, 0.5]
            """;
        var e = Assert.Throws<Campo.Errors.CampoException>(() => Campo.Scenarios.ScenarioReader.Read(Nafta.Header + Body, "t.toml"));
        Assert.Equal("regional.maize_model.transmission_range", e.Location!.Field);
        Assert.Equal("t.toml", e.Location!.File);
        var lines = (Nafta.Header + Body).Split('\n');
        Assert.Equal(Array.FindIndex(lines, l => l.StartsWith("transmission_range", StringComparison.Ordinal)) + 1, e.Location!.Line);
    }

    [Fact]
    public void The_draws_give_ordered_bands_the_same_for_the_same_seed_and_a_binding_quota_band_is_the_quota()
    {
        var agreement = Nafta.Scenario().Regional!;
        var a = MexicoMaize.Run(Nafta.Data, agreement, draws: 40, seed: 7)!;
        var b = MexicoMaize.Run(Nafta.Data, agreement, draws: 40, seed: 7)!;
        Assert.Equal(40, a.Draws);
        Assert.Equal(a.Bands, b.Bands);
        Assert.All(a.Bands, band => Assert.True(band.Low <= band.High, band.ToString()));
        Assert.All(a.ErrorBands, band => Assert.True(band.Low <= band.Median && band.Median <= band.High, band.ToString()));

        // 1994: duty-free, the real import parity (0.88 of 1991-93) is less than half the licence price (τ₀ = 99.9%), so
        // imports exceed the quota; at the legal over-quota duty of 206.4% they fall short of it: in every draw the quota
        // binds and imports are the quota, 2,500 kt.
        var band1994 = a.Bands.Single(x => x.Series == "imports" && x.Path == MaizePath.Legal && x.Year == 1994);
        Assert.Equal((2500, 2500), (Math.Round(band1994.Low, 6), Math.Round(band1994.High, 6)));
    }

    [Fact]
    public void The_farmers_bands_hold_the_central_white_price_change()
    {
        // 2008: the legal over-quota duty is 0, so the yellow index r is the world price alone in every draw and the
        // white change r^θ − 1 moves with θ only, monotonically; θ's central value is the middle of its range (the
        // estimate ± t·SE), so the 5-95% band of the draws holds it.
        var report = MexicoMaize.Run(Nafta.Data, Nafta.Scenario().Regional!, draws: 40, seed: 3)!;
        var change = report.Farmers.Single(f => f.Key.StartsWith("white maize price change", StringComparison.Ordinal));
        Assert.InRange(change.Value, change.Low!.Value, change.High!.Value);
        Assert.True(change.High > change.Low, change.ToString());
    }

    [Fact]
    public void The_substitution_estimate_is_least_squares_through_the_origin_by_hand()
    {
        // Three years, ln r = (−1, −0.5, −2) and ln w = (−0.4, −0.25, −0.7): Σxy = 0.4 + 0.125 + 1.4 = 1.925,
        // Σx² = 1 + 0.25 + 4 = 5.25, θ = 0.366667; residuals −0.033333, −0.066667, 0.033333 sum of squares 0.006667,
        // SE = √(0.006667/2/5.25) = 0.025198; t(0.975, 2) = 4.303: interval 0.258241 to 0.475092.
        var r = new Dictionary<int, double> { [1] = Math.Exp(-1), [2] = Math.Exp(-0.5), [3] = Math.Exp(-2) };
        var w = new Dictionary<int, double> { [1] = Math.Exp(-0.4), [2] = Math.Exp(-0.25), [3] = Math.Exp(-0.7) };
        var e = MexicoMaize.EstimateTransmission(r, w);
        Assert.Equal(0.366667, e.Theta, 6);
        Assert.Equal(0.025198, e.StandardError, 6);
        Assert.Equal((0.258241, 0.475092), (Math.Round(e.Low, 6), Math.Round(e.High, 6)));
        Assert.Equal(3, e.Years);
    }

    [Fact]
    public void Too_few_price_years_to_estimate_the_substitution_is_a_clear_error()
    {
        var r = new Dictionary<int, double> { [1994] = 0.5, [1995] = 0.7 };
        var e = Assert.Throws<Campo.Errors.CampoException>(() => MexicoMaize.EstimateTransmission(r, r));
        Assert.Contains("2", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gulf_price_series_that_stops_is_a_clear_error_naming_the_file_the_series_and_the_year()
    {
        // The default dataset with the World Bank maize price cut after 2003: the path needs 2004.
        var folder = Directory.CreateTempSubdirectory("campo-maize").FullName;
        try
        {
            var source = Path.Combine(Campo.Tests.TestSupport.SharedData.RepositoryRoot, "data", "default");
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var prices = Path.Combine(folder, Campo.Data.DatasetFiles.Prices);
            var lines = File.ReadAllLines(prices);
            var header = lines[0].Split(',');
            var cut = Array.IndexOf(header, "2004");
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("Maize,", StringComparison.Ordinal))
                {
                    // The description holds quoted commas: keep the first cells up to the 2003 column, blank the rest.
                    var cells = System.Text.RegularExpressions.Regex.Split(lines[i], ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                    lines[i] = string.Join(",", cells.Take(cut).Concat(Enumerable.Repeat(string.Empty, cells.Length - cut)));
                }
            }

            File.WriteAllLines(prices, lines);
            var data = Campo.Data.DatasetLoader.Load(folder);
            var error = Assert.Throws<Campo.Errors.CampoException>(() => MexicoMaize.Run(data, Nafta.Scenario().Regional!));
            Assert.Contains(Campo.Data.DatasetFiles.Prices, error.Message, StringComparison.Ordinal);
            Assert.Contains("'Maize' for 2004", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
