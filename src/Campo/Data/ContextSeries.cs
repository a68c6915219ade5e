namespace Campo.Data;

/// <summary>
/// A FAOSTAT balance series (old food balance and commodity balance sheets, primary equivalent, 1973-2009):
/// one element of one item in one area, in thousand tonnes by year.
/// </summary>
/// <param name="Area">The ISO3 code of the country (FAOSTAT area), or a region code for sums (WLD, EUN).</param>
/// <param name="ItemCode">The FAOSTAT item code (2514 maize and products).</param>
/// <param name="Item">The FAOSTAT item name.</param>
/// <param name="Element">Production, Import, Export, Stock Variation, Food, Feed, Seed, Loss, Processed or Other uses.</param>
/// <param name="Values">Thousand tonnes by year; years without data are absent.</param>
public sealed record FaostatSeries(string Area, int ItemCode, string Item, string Element, IReadOnlyDictionary<int, double> Values);

/// <summary>An annual World Bank commodity price series (Pink Sheet, nominal US dollars).</summary>
/// <param name="Name">The Pink Sheet name (Maize).</param>
/// <param name="Description">What is priced, where (Maize (US), no. 2, yellow, f.o.b. US Gulf ports).</param>
/// <param name="Unit">The unit as published ($/mt, $/kg).</param>
/// <param name="Values">The annual average by year.</param>
public sealed record PriceSeries(string Name, string Description, string Unit, IReadOnlyDictionary<int, double> Values);

/// <summary>USDA ERS costs and returns of US corn for one year (per planted acre).</summary>
/// <param name="Year">The year.</param>
/// <param name="GrossValueUsdPerAcre">Gross value of production, USD per planted acre.</param>
/// <param name="OperatingCostsUsdPerAcre">Total operating costs, USD per planted acre.</param>
/// <param name="UnpaidLaborUsdPerAcre">Opportunity cost of unpaid labor, USD per planted acre.</param>
/// <param name="LandUsdPerAcre">Opportunity cost of land, USD per planted acre.</param>
/// <param name="TotalCostsUsdPerAcre">Total costs listed, USD per planted acre.</param>
/// <param name="YieldBushelsPerAcre">Yield, bushels per planted acre.</param>
/// <param name="HarvestPriceUsdPerBushel">Price at harvest, USD per bushel.</param>
public sealed record CornCostsAndReturns(
    int Year,
    double GrossValueUsdPerAcre,
    double OperatingCostsUsdPerAcre,
    double UnpaidLaborUsdPerAcre,
    double LandUsdPerAcre,
    double TotalCostsUsdPerAcre,
    double YieldBushelsPerAcre,
    double HarvestPriceUsdPerBushel);

/// <summary>An assumption the dataset makes in place of a missing fact, stated as data so that reports can show it.</summary>
/// <param name="Key">A stable key (bound-unknown, feed-elasticity, ...).</param>
/// <param name="Text">The assumption in words.</param>
public sealed record DatasetAssumption(string Key, string Text);
