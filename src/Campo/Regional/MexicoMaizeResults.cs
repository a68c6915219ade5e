using Campo.Errors;

namespace Campo.Regional;

/// <summary>The three paths of the Mexican maize model, on the same growing baseline.</summary>
public enum MaizePath
{
    /// <summary>Without NAFTA: the baseline, the domestic real price held at its 1991-93 level by the licences.</summary>
    WithoutNafta,

    /// <summary>With NAFTA under the legal duties: the quota duty-free, the allowed over-quota duty above it.</summary>
    Legal,

    /// <summary>With NAFTA under the duties Mexico actually charged over the quota (1%).</summary>
    Applied,
}

/// <summary>A parameter of the model with its value, source and status (verified, secondary, computed or assumption).</summary>
/// <param name="Key">What it is.</param>
/// <param name="Value">Its value.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Status">verified, secondary, computed or assumption.</param>
/// <param name="Low">The low end of the range the draws take it from, or null when it is not drawn.</param>
/// <param name="High">The high end of that range, or null.</param>
/// <param name="ScenarioKey">The key of <c>[regional.maize_model]</c> that sets it, or null.</param>
public sealed record MaizeParameter(string Key, double Value, string Source, string Status, double? Low = null, double? High = null, string? ScenarioKey = null);

/// <summary>The parameters of the Mexican maize model a scenario can set (<c>[regional.maize_model]</c>).</summary>
public enum MaizeParameterName
{
    /// <summary>s_w, white maize's share of production (<c>white_share</c>).</summary>
    WhiteShare,

    /// <summary>ε_w, the supply elasticity of white maize (<c>white_supply_elasticity</c>).</summary>
    WhiteSupplyElasticity,

    /// <summary>ε_y, the supply elasticity of yellow maize (<c>yellow_supply_elasticity</c>).</summary>
    YellowSupplyElasticity,

    /// <summary>η_w, the own-price elasticity of white maize uses (<c>white_demand_elasticity</c>).</summary>
    WhiteDemandElasticity,

    /// <summary>η_y, the own-price elasticity of feed use (<c>feed_demand_elasticity</c>).</summary>
    FeedDemandElasticity,

    /// <summary>θ, the substitution: the white price moves as the yellow import parity to the power θ (<c>transmission</c>).</summary>
    Transmission,
}

/// <summary>One parameter as a scenario sets it: a value, a range for the draws, or both.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Value">The value, or null to keep the model's cited default.</param>
/// <param name="Source">The value's source as the scenario gives it, or null.</param>
/// <param name="Status">The value's status (verified, to-verify, computed, assumption), or null.</param>
/// <param name="Low">The low end of the range of the draws, or null for the default range.</param>
/// <param name="High">The high end, or null.</param>
public sealed record MaizeModelSetting(MaizeParameterName Name, double? Value, string? Source, string? Status, double? Low, double? High);

/// <summary>The <c>[regional.maize_model]</c> table of a scenario: parameters, their ranges, the trend years and the baseline.</summary>
/// <param name="Settings">The parameters the scenario sets.</param>
/// <param name="TrendFrom">First year of the pre-NAFTA trends, or null for 1980.</param>
/// <param name="TrendTo">Last year, or null for 1993.</param>
/// <param name="Location">Where the table is written.</param>
/// <param name="Baseline">The baseline (<c>baseline = "trend"</c> or <c>"observed"</c>), or null for the trend.</param>
public sealed record MexicoMaizeSettings(IReadOnlyList<MaizeModelSetting> Settings, int? TrendFrom, int? TrendTo, SourceLocation Location, MaizeBaseline? Baseline = null);

/// <summary>How the Mexican maize model's baseline (the market without NAFTA's price change) is built (docs/models/nafta.md).</summary>
public enum MaizeBaseline
{
    /// <summary>
    /// The 1991-93 means grown at FAOSTAT's log-linear trends of the pre-NAFTA years: an out-of-sample projection, so
    /// the look-back's imports and production test the model (the default).
    /// </summary>
    Trend,

    /// <summary>
    /// FAOSTAT's uses, production, losses, exports and stock changes of each year as they were, with the model's price
    /// response at the duties Mexico charged removed: the applied path then reproduces the record (in sample, not a
    /// test) and the legal path and the path without NAFTA differ from it by the price change alone.
    /// </summary>
    Observed,
}

/// <summary>The substitution θ estimated from the white maize price record (<see cref="MexicoMaize.EstimateTransmission"/>).</summary>
/// <param name="Theta">The estimate.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Years">Years used.</param>
/// <param name="Low">Low end of the 95% interval (at least 0).</param>
/// <param name="High">High end (at most 1).</param>
public sealed record TransmissionEstimate(double Theta, double StandardError, int Years, double Low, double High);

/// <summary>The 90% band of a modelled series in one year of a path, over the draws of the parameters.</summary>
/// <param name="Series">production, imports or white price.</param>
/// <param name="Path">The path.</param>
/// <param name="Year">The year.</param>
/// <param name="Low">5th percentile.</param>
/// <param name="High">95th percentile.</param>
public sealed record MaizeBand(string Series, MaizePath Path, int Year, double Low, double High);

/// <summary>The spread of an error measure over the draws.</summary>
/// <param name="Series">production, imports or white price.</param>
/// <param name="Path">The path.</param>
/// <param name="Low">5th percentile of the MAPE.</param>
/// <param name="Median">Median MAPE.</param>
/// <param name="High">95th percentile of the MAPE.</param>
public sealed record MaizeErrorBand(string Series, MaizePath Path, double Low, double Median, double High);

/// <summary>The demand and supply a year would have at the base real prices (the baseline), thousand tonnes.</summary>
/// <param name="Year">The year.</param>
/// <param name="WhiteDemandKt">White maize uses: FAOSTAT food, seed, processing and other uses.</param>
/// <param name="YellowDemandKt">Yellow maize uses: FAOSTAT feed.</param>
/// <param name="ProductionKt">Production, both types.</param>
/// <param name="LossShare">Losses as a share of production.</param>
/// <param name="ExportsKt">Exports (outside the model: held at their value).</param>
/// <param name="StockVariationKt">FAOSTAT stock variation, positive for a draw on stocks (outside the model).</param>
public sealed record MaizeShifters(int Year, double WhiteDemandKt, double YellowDemandKt, double ProductionKt, double LossShare, double ExportsKt, double StockVariationKt);

/// <summary>One year of one path.</summary>
/// <param name="Year">The year.</param>
/// <param name="Path">The path.</param>
/// <param name="WorldRealIndex">The US Gulf price in real pesos against its 1991-93 mean (the 1995 devaluation raises it).</param>
/// <param name="Tariff">The tariff on the last tonne imported (fraction); for the path without NAFTA, the 1991-93 protection.</param>
/// <param name="Regime">in quota, binding, over quota, or licences (without NAFTA).</param>
/// <param name="QuotaKt">The duty-free quota, thousand tonnes (0 without NAFTA).</param>
/// <param name="YellowPriceIndex">The real yellow maize price against 1991-93.</param>
/// <param name="WhitePriceIndex">The real white maize price against 1991-93.</param>
/// <param name="WhiteDemandKt">White maize uses.</param>
/// <param name="YellowDemandKt">Yellow maize (feed) uses.</param>
/// <param name="WhiteProductionKt">White maize production.</param>
/// <param name="YellowProductionKt">Yellow maize production.</param>
/// <param name="ProductionKt">Production.</param>
/// <param name="ImportsKt">Imports.</param>
public sealed record MaizeYear(int Year, MaizePath Path, double WorldRealIndex, double Tariff, string Regime, double QuotaKt, double YellowPriceIndex, double WhitePriceIndex, double WhiteDemandKt, double YellowDemandKt, double WhiteProductionKt, double YellowProductionKt, double ProductionKt, double ImportsKt);

/// <summary>What happened in a year: FAOSTAT production and imports, and the real white maize price index where a source gives it.</summary>
/// <param name="Year">The year.</param>
/// <param name="ProductionKt">FAOSTAT production.</param>
/// <param name="ImportsKt">FAOSTAT imports.</param>
/// <param name="WhitePriceIndex">Mexico's white maize price (Hufbauer and Schott 2005, Table 5.15) in real pesos against 1991-93, or null.</param>
public sealed record MaizeObservation(int Year, double ProductionKt, double ImportsKt, double? WhitePriceIndex);

/// <summary>The error of one modelled series against the record.</summary>
/// <param name="Series">production, imports or white price.</param>
/// <param name="Path">The path.</param>
/// <param name="Years">Years compared.</param>
/// <param name="MeanAbsolutePercentageError">Mean of |modelled/observed − 1|.</param>
/// <param name="MeanPercentageError">Mean of modelled/observed − 1 (its sign is the bias).</param>
public sealed record MaizeError(string Series, MaizePath Path, int Years, double MeanAbsolutePercentageError, double MeanPercentageError);

/// <summary>A figure of the farmers' view with its band and source.</summary>
/// <param name="Key">What it is.</param>
/// <param name="Value">The central value.</param>
/// <param name="Low">The low end of the band, or null.</param>
/// <param name="High">The high end of the band, or null.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Source">The source or the calculation.</param>
public sealed record MaizeFigure(string Key, double Value, double? Low, double? High, string Unit, string Source);

/// <summary>The Mexican maize model's result: parameters, the three paths, the record, the errors and the farmers' view.</summary>
/// <param name="Parameters">Every parameter, with its source.</param>
/// <param name="Years">Every year of every path.</param>
/// <param name="Observed">What happened.</param>
/// <param name="Errors">Error measures per series and path.</param>
/// <param name="Farmers">Producers, hectares, and the price change per hectare and per household.</param>
/// <param name="Notes">Equations, assumptions and the misses, in words.</param>
/// <param name="Draws">Draws of the parameters behind the bands (0: no bands).</param>
/// <param name="Bands">The 90% band of each modelled series, year and NAFTA path over the draws.</param>
/// <param name="ErrorBands">The spread of each error measure over the draws.</param>
public sealed record MexicoMaizeReport(IReadOnlyList<MaizeParameter> Parameters, IReadOnlyList<MaizeYear> Years, IReadOnlyList<MaizeObservation> Observed, IReadOnlyList<MaizeError> Errors, IReadOnlyList<MaizeFigure> Farmers, IReadOnlyList<string> Notes, int Draws, IReadOnlyList<MaizeBand> Bands, IReadOnlyList<MaizeErrorBand> ErrorBands);

/// <summary>The model's parameters (docs/models/nafta.md, "The Mexican maize model").</summary>
/// <param name="WhiteShareOfProduction">White maize's share of production.</param>
/// <param name="WhiteSupplyElasticity">Supply elasticity of white maize to its real price.</param>
/// <param name="YellowSupplyElasticity">Supply elasticity of yellow maize.</param>
/// <param name="WhiteDemandElasticity">Own-price elasticity of white maize uses (food).</param>
/// <param name="YellowDemandElasticity">Own-price elasticity of feed use.</param>
/// <param name="Transmission">θ: the white price moves as the yellow import-parity price to the power θ (the substitution between the two).</param>
/// <param name="TrendFrom">First year of the pre-NAFTA trends.</param>
/// <param name="TrendTo">Last year of the pre-NAFTA trends.</param>
/// <param name="Baseline">How the baseline is built: the pre-NAFTA trends (default) or the observed series.</param>
public sealed record MexicoMaizeParameters(double WhiteShareOfProduction, double WhiteSupplyElasticity, double YellowSupplyElasticity, double WhiteDemandElasticity, double YellowDemandElasticity, double Transmission, int TrendFrom = 1980, int TrendTo = 1993, MaizeBaseline Baseline = MaizeBaseline.Trend);
