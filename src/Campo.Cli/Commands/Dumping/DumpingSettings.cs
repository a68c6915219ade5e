using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Commands.Data;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Dumping;

/// <summary>Settings of <c>campo dumping</c>: the commodity, the years and every input of the margin.</summary>
public sealed class DumpingSettings : DataSettings
{
    /// <summary>The commodity.</summary>
    [CommandOption("-c|--commodity <NAME>")]
    [LocalizedDescription(CliStrings.Option_Commodity)]
    [DefaultValue("maize")]
    public string Commodity { get; init; } = "maize";

    /// <summary>First year.</summary>
    [CommandOption("--from <YEAR>")]
    [LocalizedDescription(CliStrings.Option_From)]
    public int? From { get; init; }

    /// <summary>Last year.</summary>
    [CommandOption("--to <YEAR>")]
    [LocalizedDescription(CliStrings.Option_To)]
    public int? To { get; init; }

    /// <summary>The cost measure.</summary>
    [CommandOption("--cost-basis <BASIS>")]
    [LocalizedDescription(CliStrings.Option_CostBasis)]
    [DefaultValue("total")]
    public string CostBasis { get; init; } = "total";

    /// <summary>The price compared.</summary>
    [CommandOption("--price <PRICE>")]
    [LocalizedDescription(CliStrings.Option_Price)]
    [DefaultValue("harvest")]
    public string Price { get; init; } = "harvest";

    /// <summary>Cost added per tonne.</summary>
    [CommandOption("--transport <USD_PER_T>")]
    [LocalizedDescription(CliStrings.Option_Transport)]
    [DefaultValue(0.0)]
    public double Transport { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!RegionalReader.CostBases.ContainsKey(CostBasis))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_CostBasis, CostBasis, string.Join(", ", RegionalReader.CostBases.Keys)));
        }

        if (!RegionalReader.Prices.ContainsKey(Price))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Price, Price, string.Join(", ", RegionalReader.Prices.Keys)));
        }

        if (!(Transport >= 0) || !double.IsFinite(Transport))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Transport, Transport.ToString(CultureInfo.InvariantCulture)));
        }

        if (From is { } from && To is { } to && from > to)
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_FromAfterTo, from.ToString(CultureInfo.InvariantCulture), to.ToString(CultureInfo.InvariantCulture)));
        }

        return base.Validate();
    }
}
