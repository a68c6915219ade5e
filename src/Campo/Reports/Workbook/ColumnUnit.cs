namespace Campo.Reports.Workbook;

/// <summary>The unit of a workbook column, which decides its number format and the line it gets on the Units sheet.</summary>
public enum ColumnUnit
{
    /// <summary>Text, codes and names.</summary>
    Text,

    /// <summary>Million US dollars a year at the base year's prices.</summary>
    MillionUsd,

    /// <summary>A share or a relative change, as a fraction (0.05 = +5%), shown as a percentage.</summary>
    Fraction,

    /// <summary>US dollars per tonne.</summary>
    UsdPerTonne,

    /// <summary>US dollars per hectare.</summary>
    UsdPerHectare,

    /// <summary>Thousand tonnes.</summary>
    ThousandTonnes,

    /// <summary>A count (members, draws, sweeps).</summary>
    Count,

    /// <summary>True or false.</summary>
    Flag,

    /// <summary>A number without a unit of its own (a coefficient, a tolerance, a year).</summary>
    Number,
}

/// <summary>
/// Which unit a field of Campo's JSON output is in, read from its path: the nearest named segment that is known
/// decides (so <c>bands.producerSurplus.low</c> is money and <c>producerPriceChangeBand.low</c> a fraction). The
/// table is the one place that states the units of the JSON fields; a test fails when a numeric field of a shipped
/// draft's output has no unit here, so a new field cannot reach a workbook unexplained.
/// </summary>
public static class ColumnUnits
{
    private static readonly Dictionary<string, ColumnUnit> Named = new(StringComparer.Ordinal)
    {
        // Welfare and its components, payoffs, support: million USD a year.
        ["welfare"] = ColumnUnit.MillionUsd,
        ["payoff"] = ColumnUnit.MillionUsd,
        ["world"] = ColumnUnit.MillionUsd,
        ["producerSurplus"] = ColumnUnit.MillionUsd,
        ["consumerSurplus"] = ColumnUnit.MillionUsd,
        ["government"] = ColumnUnit.MillionUsd,
        ["quotaRent"] = ColumnUnit.MillionUsd,
        ["total"] = ColumnUnit.MillionUsd,
        ["farmRevenueChange"] = ColumnUnit.MillionUsd,
        ["farmers"] = ColumnUnit.MillionUsd,
        ["consumers"] = ColumnUnit.MillionUsd,
        ["treasury"] = ColumnUnit.MillionUsd,
        ["quotaHolders"] = ColumnUnit.MillionUsd,
        ["farmersLoss"] = ColumnUnit.MillionUsd,
        ["producer"] = ColumnUnit.MillionUsd,
        ["consumer"] = ColumnUnit.MillionUsd,
        ["exports"] = ColumnUnit.MillionUsd,
        ["support"] = ColumnUnit.MillionUsd,
        ["marketPriceSupport"] = ColumnUnit.MillionUsd,
        ["amberBefore"] = ColumnUnit.MillionUsd,
        ["amberAfter"] = ColumnUnit.MillionUsd,
        ["boundAms"] = ColumnUnit.MillionUsd,
        ["boundAmsAfter"] = ColumnUnit.MillionUsd,
        ["green"] = ColumnUnit.MillionUsd,
        ["blue"] = ColumnUnit.MillionUsd,
        ["deMinimis"] = ColumnUnit.MillionUsd,
        ["supportCut"] = ColumnUnit.MillionUsd,
        ["exportSubsidyCut"] = ColumnUnit.MillionUsd,
        ["size"] = ColumnUnit.MillionUsd,

        // Prices in USD per tonne, and per-unit gains.
        ["producerPriceBase"] = ColumnUnit.UsdPerTonne,
        ["base"] = ColumnUnit.UsdPerTonne,
        ["scenario"] = ColumnUnit.UsdPerTonne,
        ["producerSurplusPerTonne"] = ColumnUnit.UsdPerTonne,
        ["producerSurplusPerHectare"] = ColumnUnit.UsdPerHectare,

        // Quantities in thousand tonnes.
        ["productionBase"] = ColumnUnit.ThousandTonnes,
        ["productionScenario"] = ColumnUnit.ThousandTonnes,
        ["consumptionBase"] = ColumnUnit.ThousandTonnes,
        ["consumptionScenario"] = ColumnUnit.ThousandTonnes,
        ["importsBase"] = ColumnUnit.ThousandTonnes,
        ["importsScenario"] = ColumnUnit.ThousandTonnes,
        ["exportsBase"] = ColumnUnit.ThousandTonnes,
        ["exportsScenario"] = ColumnUnit.ThousandTonnes,
        ["quotaAfter"] = ColumnUnit.ThousandTonnes,

        // Rates, shares and changes as fractions.
        ["tariffBefore"] = ColumnUnit.Fraction,
        ["tariffAfter"] = ColumnUnit.Fraction,
        ["appliedBefore"] = ColumnUnit.Fraction,
        ["appliedAfter"] = ColumnUnit.Fraction,
        ["boundBefore"] = ColumnUnit.Fraction,
        ["boundAfter"] = ColumnUnit.Fraction,
        ["waterBefore"] = ColumnUnit.Fraction,
        ["waterAfter"] = ColumnUnit.Fraction,
        ["cut"] = ColumnUnit.Fraction,
        ["change"] = ColumnUnit.Fraction,
        ["changeBand"] = ColumnUnit.Fraction,
        ["producerPriceChange"] = ColumnUnit.Fraction,
        ["consumerPriceChange"] = ColumnUnit.Fraction,
        ["producerPriceChangeBand"] = ColumnUnit.Fraction,
        ["share"] = ColumnUnit.Fraction,
        ["shareAlone"] = ColumnUnit.Fraction,
        ["passShare"] = ColumnUnit.Fraction,
        ["objectShare"] = ColumnUnit.Fraction,
        ["farmersChange"] = ColumnUnit.Fraction,
        ["farmersShareOfLosses"] = ColumnUnit.Fraction,
        ["consumersShareOfLosses"] = ColumnUnit.Fraction,
        ["treasuryShareOfLosses"] = ColumnUnit.Fraction,
        ["quotaHoldersShareOfLosses"] = ColumnUnit.Fraction,
        ["shareRejectersPredicted"] = ColumnUnit.Fraction,
        ["shareOthersPredicted"] = ColumnUnit.Fraction,
        ["shareRejectersPredictedAlone"] = ColumnUnit.Fraction,
        ["shareOthersPredictedAlone"] = ColumnUnit.Fraction,

        // Counts.
        ["members"] = ColumnUnit.Count,
        ["voting"] = ColumnUnit.Count,
        ["objecting"] = ColumnUnit.Count,
        ["dissatisfied"] = ColumnUnit.Count,
        ["accepting"] = ColumnUnit.Count,
        ["draws"] = ColumnUnit.Count,
        ["converged"] = ColumnUnit.Count,
        ["sweeps"] = ColumnUnit.Count,
        ["markets"] = ColumnUnit.Count,
        ["commoditiesCut"] = ColumnUnit.Count,
        ["rejecters"] = ColumnUnit.Count,
        ["rejectersPredictedToObject"] = ColumnUnit.Count,
        ["others"] = ColumnUnit.Count,
        ["othersPredictedToAccept"] = ColumnUnit.Count,
        ["predictedToObject"] = ColumnUnit.Count,
        ["predictedToObjectAlone"] = ColumnUnit.Count,

        // The negotiation model: probabilities and shares, its stake in money, its index and errors unitless.
        ["objectProbability"] = ColumnUnit.Fraction,
        ["delivered"] = ColumnUnit.Fraction,
        ["discipline"] = ColumnUnit.Fraction,
        ["blockAloneTradeShare"] = ColumnUnit.Fraction,
        ["farmOutput"] = ColumnUnit.MillionUsd,
        ["index"] = ColumnUnit.Number,
        ["standardError"] = ColumnUnit.Number,

        // Numbers without a unit of their own.
        ["seed"] = ColumnUnit.Number,
        ["baseYear"] = ColumnUnit.Number,
        ["tolerance"] = ColumnUnit.Number,
        ["maxRelativeResidual"] = ColumnUnit.Number,
        ["value"] = ColumnUnit.Number,
    };

    /// <summary>The unit of a numeric field, or null when no segment of its path is known.</summary>
    /// <param name="path">The field's path in the JSON output, segments separated by dots.</param>
    public static ColumnUnit? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('.');
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (Named.TryGetValue(segments[i], out var unit))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>The Excel number format of a unit (invariant codes; Excel shows them in the reader's locale).</summary>
    public static string NumberFormat(ColumnUnit unit) => unit switch
    {
        ColumnUnit.MillionUsd or ColumnUnit.ThousandTonnes => "#,##0.0",
        ColumnUnit.Fraction => "0.0%",
        ColumnUnit.UsdPerTonne or ColumnUnit.UsdPerHectare => "#,##0.00",
        ColumnUnit.Count => "0",
        _ => "General",
    };
}
