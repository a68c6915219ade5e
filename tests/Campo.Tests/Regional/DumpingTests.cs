using Campo.Data;
using Campo.Errors;
using Campo.Regional.Dumping;
using Campo.Tests.Data;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Regional;

public class DumpingTests
{
    [Fact]
    public void The_margin_of_iatps_worked_example_is_20_percent() =>
        // IATP fact sheet: corn that costs 2.50 USD/bu sold at 2.00: (2.50 − 2.00)/2.50 = 20% (reference §3.1 [V]).
        Assert.Equal(0.20, DumpingCalculator.Margin(2.50, 2.00), 12);

    [Fact]
    public void The_margin_of_oxfams_2002_figures_is_12_7_percent() =>
        // Oxfam (2003), US corn 2002: cost 3.08, export price 2.69 USD/bu: 0.39/3.08 = 12.66% (reference §3.3 [S]).
        Assert.Equal(0.127, DumpingCalculator.Margin(3.08, 2.69), 3);

    [Fact]
    public void A_bushel_of_corn_is_56_pounds()
    {
        // 56 lb × 0.45359237 kg/lb = 25.40117272 kg; a tonne is 1000 / 25.40117272 = 39.368 bushels.
        Assert.Equal(0.02540117272, DumpingCalculator.TonnesPerBushel, 12);
        Assert.Equal(39.368, 1 / DumpingCalculator.TonnesPerBushel, 3);
    }

    [Fact]
    public void The_2002_calendar_year_gulf_margin_is_the_hand_calculation_from_ers_costs_and_the_gulf_price()
    {
        // ERS 2002: total costs listed 334.31 USD per planted acre, yield 134 bu per planted acre: 2.49485 USD/bu,
        // 98.218 USD/t. World Bank maize (US Gulf) 2002: 99.271 USD/t. Margin = (98.218 − 99.271)/98.218 = −1.07%.
        var row = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2002, 2002, Price: ExportPrice.Gulf)).Years.Single();
        Assert.Equal(334.31 / 134, row.CostUsdPerBushel, 12);
        Assert.Equal(334.31 / 134 / 0.02540117272, row.CostUsdPerTonne, 9);
        Assert.Equal(99.271, row.PriceUsdPerTonne, 9);
        Assert.Equal((row.CostUsdPerTonne - 99.271) / row.CostUsdPerTonne, row.Margin, 12);
        Assert.Equal(-0.0107, row.Margin, 4);
    }

    [Fact]
    public void Other_cost_bases_prices_and_transport_follow_the_same_formula()
    {
        // ERS 2005: operating costs 186.37 USD/acre, yield 149 bu/acre; harvest price 1.74 USD/bu; transport 20 USD/t.
        // Cost = 186.37/149/0.02540117272 + 20; price = 1.74/0.02540117272.
        var inputs = new DumpingInputs(2005, 2005, CostBasis.Operating, ExportPrice.Harvest, 20);
        var row = DumpingCalculator.Compute(Nafta.Data, "maize", inputs).Years.Single();
        var cost = (186.37 / 149 / 0.02540117272) + 20;
        var price = 1.74 / 0.02540117272;
        Assert.Equal((cost - price) / cost, row.Margin, 12);
    }

    [Fact]
    public void Years_without_cost_data_are_refused()
    {
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(1994, 2000)));
        Assert.Equal("--from: no cost data for 1994: the USDA ERS corn costs in the data cover 1996-2016; choose years from 1996 to 2016", error.Message);
    }

    [Fact]
    public void A_commodity_without_cost_data_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "beans", new DumpingInputs(2000, 2001)));
        Assert.StartsWith("--commodity: no cost of production data for Beans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_transport_cost_is_refused() =>
        Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2000, 2001, TransportUsdPerTonne: -5)));

    [Fact]
    public void The_default_compares_like_for_like_the_farm_price_and_the_full_cost_of_the_same_crop_year()
    {
        // ERS 2002 crop: total costs listed 334.31 USD/acre over 134 bu/acre = 2.494851 USD/bu; farm price 2.32 USD/bu.
        // Margin = (2.494851 − 2.32)/2.494851 = 0.174851/2.494851 = 7.008%. Units cancel: per tonne gives the same.
        var series = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2002, 2002));
        var row = series.Years.Single();
        Assert.Equal(ExportPrice.Harvest, series.Inputs.Price);
        Assert.Equal(334.31, row.CostUsdPerAcre, 9);
        Assert.Equal(134, row.YieldBushelsPerAcre, 9);
        Assert.Equal(2.32, row.PriceUsdPerBushel, 9);
        Assert.Equal(0, row.BasisUsdPerTonne);
        Assert.Equal(0.07008, row.Margin, 5);
        Assert.StartsWith("Like for like at the farm gate", series.Comparison, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_port_the_basis_is_added_to_the_cost_so_the_margin_is_the_farm_shortfall_over_a_larger_cost()
    {
        // With basis b = P_MY − P_farm: (C + b − P_MY)/(C + b) = (C − P_farm)/(C + b), whatever the Gulf price.
        var row = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2003, 2003, Price: ExportPrice.MarketingYear)).Years.Single();
        var cost = 354.41 / 149 / 0.02540117272;
        var farm = 2.13 / 0.02540117272;
        Assert.Equal(row.PriceUsdPerTonne - farm, row.BasisUsdPerTonne, 9);
        Assert.Equal((cost - farm) / (cost + row.BasisUsdPerTonne), row.Margin, 12);
    }

    [SkippableFact]
    public void The_marketing_year_price_is_the_september_to_august_mean_of_the_monthly_pink_sheet()
    {
        // Crop year 2002: September 2002 to August 2003, the twelve MAIZE rows of the monthly file, averaged by hand here.
        var path = SharedData.Require("prices/pinksheet_monthly_nominal_long.csv");
        var months = File.ReadLines(path).Select(l => l.Split(',')).Where(f => f.Length == 5 && f[1] == "MAIZE")
            .ToDictionary(f => f[0], f => double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture));
        string[] year = ["2002M09", "2002M10", "2002M11", "2002M12", "2003M01", "2003M02", "2003M03", "2003M04", "2003M05", "2003M06", "2003M07", "2003M08"];
        var expected = year.Sum(m => months[m]) / 12;
        var row = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2002, 2002, Price: ExportPrice.MarketingYear)).Years.Single();
        Assert.Equal(expected, row.PriceUsdPerTonne, 3);
    }

    [Fact]
    public void The_like_for_like_margins_land_near_iatps_and_wises()
    {
        // Published: IATP 13% (2002, NewFarm 27 Feb 2004) and 10% (2003, IATP fact sheet 2005); Wise 19% (mean
        // 1997-2005, NACLA Jan/Feb 2011). Tolerance reached: the mean within 3 points and 2003 within 1; 2002 is 6 points
        // low, because ERS's revised 2002 cost (2.49 USD/bu) is 23% below the cost IATP used (3.08, via Oxfam), a gap in
        // the input explained in docs/models/dumping.md, so it is held to 7 points here.
        var series = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(1997, 2005));
        var byYears = series.Published.ToDictionary(p => (p.Target.From, p.Target.To));
        Assert.InRange(byYears[(1997, 2005)].Modelled!.Value, 0.16, 0.22);
        Assert.InRange(byYears[(2003, 2003)].Modelled!.Value, 0.09, 0.11);
        Assert.InRange(byYears[(2002, 2002)].Modelled!.Value, 0.06, 0.20);
        Assert.Equal(series.MeanMargin, byYears[(1997, 2005)].Modelled!.Value, 12);
    }

    [Fact]
    public void The_2002_gap_note_shows_iatps_price_is_the_marketing_year_port_price_and_its_comparison_moves_further_away()
    {
        // By hand from the data rows: ERS 2002 total costs listed 334.31 USD per planted acre over 134 bu = 2.4948 USD/bu;
        // World Bank Gulf, Sep 2002-Aug 2003 mean, 106.255 USD/t × 0.0254012 t/bu = 2.6990 USD/bu (Oxfam's export price
        // 2.69). IATP's comparison, that port price against the farm-gate cost: (2.4948 − 2.6990)/2.4948 = −8.2%.
        var series = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(1997, 2005));

        Assert.Contains("marketing-year Gulf price in the data (2.70 USD/bu)", series.Gap, StringComparison.Ordinal);
        Assert.Contains("gives -8.2%", series.Gap, StringComparison.Ordinal);
        Assert.Contains("23% above", series.Gap, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_year_gulf_comparison_is_kept_as_an_option_and_says_it_is_not_like_for_like()
    {
        var series = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(1997, 2005, Price: ExportPrice.Gulf));
        Assert.StartsWith("Not like for like", series.Comparison, StringComparison.Ordinal);

        // The Gulf price carries the inland basis: over 1997-2005 its margin is lower than the farm-gate one in every year
        // the Gulf price is above the farm price, which is every year of the ERS series here.
        var farm = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(1997, 2005));
        Assert.True(series.MeanMargin < farm.MeanMargin - 0.15, series.MeanMargin + " vs " + farm.MeanMargin);
    }

    [Fact]
    public void A_year_missing_inside_the_cost_series_names_the_file_and_the_year()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.CornCosts, CostHeader, "2004,362.35,175.94,26.98,92.14,377.5,169.0,2.13", "2006,351.87,205.98,23.56,90.84,409.74,138.0,2.54");
        var data = DatasetLoader.Load(tiny.Folder);
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(data, "maize", new DumpingInputs(2004, 2006)));
        Assert.Contains(DatasetFiles.CornCosts, error.Message, StringComparison.Ordinal);
        Assert.Contains("no cost data for 2005", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_series_that_stops_before_the_last_year_names_the_file_the_series_and_where_it_ends()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.CornCosts, CostHeader, "2004,362.35,175.94,26.98,92.14,377.5,169.0,2.13", "2005,260.43,186.37,22.02,93.27,386.88,149.0,1.74");

        // The marketing-year series has crop year 2004 only: crop year 2005 would need the months to August 2006.
        tiny.Write(DatasetFiles.Prices, "name,description,unit,2004,2005", "Maize,Gulf,$/mt,111.8,98.7", "\"Maize, Sep-Aug\",Gulf Sep-Aug,$/mt,97.4,");
        var data = DatasetLoader.Load(tiny.Folder);
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(data, "maize", new DumpingInputs(2004, 2005, Price: ExportPrice.MarketingYear)));
        Assert.Contains(DatasetFiles.Prices, error.Message, StringComparison.Ordinal);
        Assert.Contains("no World Bank price 'Maize, Sep-Aug' for 2005: the series runs 2004-2004", error.Message, StringComparison.Ordinal);
        Assert.Contains("September 2005 to August 2006", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_us_crops_say_which_cost_data_are_missing()
    {
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "wheat", new DumpingInputs(2000, 2001)));
        Assert.Contains("ERS publishes them for wheat, soybeans, cotton and rice too, but the shared data transcribe corn alone", error.Message, StringComparison.Ordinal);
    }

    private const string CostHeader = "year,gross_value_of_production_usd_per_planted_acre,total_operating_costs_usd_per_planted_acre,opportunity_cost_unpaid_labor_usd_per_planted_acre,opportunity_cost_land_usd_per_planted_acre,total_costs_listed_usd_per_planted_acre,yield_bu_per_planted_acre,price_usd_per_bu_at_harvest";
}
