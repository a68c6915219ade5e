using System.Globalization;
using System.Text;
using Campo.Errors;
using Campo.Evaluation;
using Parquet.Serialization;

namespace Campo.Reports;

/// <summary>
/// One row of the results file: a region's market for a commodity, with the region's identity so that analysts
/// can sum by member, group or commodity themselves. Money in million USD, prices in USD/t, quantities in
/// thousand tonnes, changes as fractions.
/// </summary>
public sealed class ResultRow
{
    /// <summary>Scenario title.</summary>
    public string Scenario { get; init; } = string.Empty;

    /// <summary>Market region code.</summary>
    public string Region { get; init; } = string.Empty;

    /// <summary>Region name.</summary>
    public string RegionName { get; init; } = string.Empty;

    /// <summary>Lead WTO member, or empty.</summary>
    public string Lead { get; init; } = string.Empty;

    /// <summary>Lead's development status, or empty.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Groups the region is counted in, separated by semicolons.</summary>
    public string Groups { get; init; } = string.Empty;

    /// <summary>Commodity code.</summary>
    public string Commodity { get; init; } = string.Empty;

    /// <summary>Commodity name.</summary>
    public string CommodityName { get; init; } = string.Empty;

    /// <summary>Applied tariff before (fraction).</summary>
    public double TariffBefore { get; init; }

    /// <summary>Applied tariff after (fraction).</summary>
    public double TariffAfter { get; init; }

    /// <summary>Producer price, USD/t, base.</summary>
    public double ProducerPriceBase { get; init; }

    /// <summary>Relative change of the producer price.</summary>
    public double ProducerPriceChange { get; init; }

    /// <summary>5th percentile of the producer price change (empty without draws).</summary>
    public double? ProducerPriceChangeP5 { get; init; }

    /// <summary>95th percentile of the producer price change.</summary>
    public double? ProducerPriceChangeP95 { get; init; }

    /// <summary>Relative change of the consumer price.</summary>
    public double ConsumerPriceChange { get; init; }

    /// <summary>Production, kt, base.</summary>
    public double ProductionBase { get; init; }

    /// <summary>Production, kt, scenario.</summary>
    public double ProductionScenario { get; init; }

    /// <summary>Consumption, kt, base.</summary>
    public double ConsumptionBase { get; init; }

    /// <summary>Consumption, kt, scenario.</summary>
    public double ConsumptionScenario { get; init; }

    /// <summary>Imports, kt, base.</summary>
    public double ImportsBase { get; init; }

    /// <summary>Imports, kt, scenario.</summary>
    public double ImportsScenario { get; init; }

    /// <summary>Exports, kt, base.</summary>
    public double ExportsBase { get; init; }

    /// <summary>Exports, kt, scenario.</summary>
    public double ExportsScenario { get; init; }

    /// <summary>Farm revenue change, million USD.</summary>
    public double FarmRevenueChange { get; init; }

    /// <summary>Farmers' surplus change per tonne, USD/t.</summary>
    public double? ProducerSurplusPerTonne { get; init; }

    /// <summary>Farmers' surplus change per hectare, USD/ha.</summary>
    public double? ProducerSurplusPerHectare { get; init; }

    /// <summary>Farmers (producer surplus), million USD.</summary>
    public double ProducerSurplus { get; init; }

    /// <summary>Consumers (consumer surplus), million USD.</summary>
    public double ConsumerSurplus { get; init; }

    /// <summary>Treasury, million USD.</summary>
    public double Government { get; init; }

    /// <summary>Quota rents, million USD.</summary>
    public double QuotaRent { get; init; }

    /// <summary>Total, million USD.</summary>
    public double Total { get; init; }
}

/// <summary>Writes an evaluation's markets as a CSV or Parquet file, chosen by the file's extension.</summary>
public static class ResultsFile
{
    /// <summary>The rows of an evaluation, region by region.</summary>
    public static IReadOnlyList<ResultRow> Rows(DraftEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var regions = evaluation.Regions.ToDictionary(r => r.Region);
        return evaluation.Markets.Select(m =>
        {
            var r = regions[m.Region];
            return new ResultRow
            {
                Scenario = evaluation.Scenario.Title,
                Region = m.Region.Code,
                RegionName = r.Name,
                Lead = r.Lead?.Code ?? string.Empty,
                Status = r.Status is { } status ? Domain.EnumSpelling.Of(status) : string.Empty,
                Groups = string.Join(';', r.Groups),
                Commodity = m.Commodity.Code,
                CommodityName = m.CommodityName,
                TariffBefore = m.TariffBefore,
                TariffAfter = m.TariffAfter,
                ProducerPriceBase = m.ProducerPriceBase,
                ProducerPriceChange = m.ProducerPriceChange,
                ProducerPriceChangeP5 = m.ProducerPriceChangeBand?.Low,
                ProducerPriceChangeP95 = m.ProducerPriceChangeBand?.High,
                ConsumerPriceChange = m.ConsumerPriceChange,
                ProductionBase = m.ProductionBase,
                ProductionScenario = m.ProductionScenario,
                ConsumptionBase = m.ConsumptionBase,
                ConsumptionScenario = m.ConsumptionScenario,
                ImportsBase = m.ImportsBase,
                ImportsScenario = m.ImportsScenario,
                ExportsBase = m.ExportsBase,
                ExportsScenario = m.ExportsScenario,
                FarmRevenueChange = m.FarmRevenueChange,
                ProducerSurplusPerTonne = m.ProducerSurplusPerTonne,
                ProducerSurplusPerHectare = m.ProducerSurplusPerHectare,
                ProducerSurplus = m.Welfare.ProducerSurplus,
                ConsumerSurplus = m.Welfare.ConsumerSurplus,
                Government = m.Welfare.Government,
                QuotaRent = m.Welfare.QuotaRent,
                Total = m.Welfare.Total,
            };
        }).ToArray();
    }

    /// <summary>Writes the rows to <paramref name="path"/>: <c>.csv</c> or <c>.parquet</c>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The full path to write.</param>
    /// <param name="shown">The path as the user gave it, for messages.</param>
    /// <exception cref="CampoException">Another extension, or the file cannot be written.</exception>
    public static void Write(DraftEvaluation evaluation, string path, string shown)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".CSV" or ".PARQUET"))
        {
            throw new CampoException(Messages.Fill(Messages.Output_ResultsExtension, Path.GetExtension(path)), Messages.Text(Messages.Output_ResultsExtensionFix), new SourceLocation(shown, Field: "--out"));
        }

        try
        {
            var rows = Rows(evaluation);
            Data.OutputFile.Write(path, stream =>
            {
                if (extension == ".CSV")
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    WriteCsv(rows, writer);
                }
                else
                {
                    ParquetSerializer.SerializeAsync(rows, stream).GetAwaiter().GetResult();
                }
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new CampoException(Messages.Fill(Messages.Output_ResultsNotWritten, exception.Message), Messages.Text(Messages.Output_WritableFolderFix), new SourceLocation(shown, Field: "--out"), exception);
        }
    }

    /// <summary>Writes rows as CSV (RFC 4180, invariant culture, a header naming each column).</summary>
    public static void WriteCsv(IReadOnlyList<ResultRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        var properties = typeof(ResultRow).GetProperties();
        writer.Write(string.Join(',', properties.Select(p => ToSnake(p.Name))));
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', properties.Select(p => Field(p.GetValue(row)))));
            writer.Write('\n');
        }
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s when s.IndexOfAny([',', '"', '\n', '\r']) >= 0 => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string ToSnake(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
