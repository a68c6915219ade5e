using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Commands.Data;
using Campo.Regional;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Dumping;

/// <summary>Settings of <c>campo dumping</c>: the commodity, the years and every input of the margin.</summary>
public sealed class DumpingSettings : DataSettings
{
    /// <summary>The commodity.</summary>
    [CommandOption("-c|--commodity <NAME>")]
    [Description("The commodity whose exporters' margins to compute. The data hold US cost of production for maize only. Default maize.")]
    [DefaultValue("maize")]
    public string Commodity { get; init; } = "maize";

    /// <summary>First year.</summary>
    [CommandOption("--from <YEAR>")]
    [Description("First year (default: the first year of the cost series, 1996).")]
    public int? From { get; init; }

    /// <summary>Last year.</summary>
    [CommandOption("--to <YEAR>")]
    [Description("Last year (default: the last year of the cost series, 2016).")]
    public int? To { get; init; }

    /// <summary>The cost measure.</summary>
    [CommandOption("--cost-basis <BASIS>")]
    [Description("The cost of production: total (ERS total costs listed, with the opportunity costs of land and unpaid labour; IATP's full cost), total-less-land, or operating. Default total.")]
    [DefaultValue("total")]
    public string CostBasis { get; init; } = "total";

    /// <summary>The price compared.</summary>
    [CommandOption("--price <PRICE>")]
    [Description("The price the cost is compared with: gulf (World Bank maize f.o.b. US Gulf, the export price) or harvest (the ERS price US farmers received). Default gulf.")]
    [DefaultValue("gulf")]
    public string Price { get; init; } = "gulf";

    /// <summary>Cost added per tonne.</summary>
    [CommandOption("--transport <USD_PER_T>")]
    [Description("US dollars per tonne added to the cost of production (Wise's transport and handling to Mexico; IATP adds none). Default 0.")]
    [DefaultValue(0.0)]
    public double Transport { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!RegionalReader.CostBases.ContainsKey(CostBasis))
        {
            return ValidationResult.Error("--cost-basis: \"" + CostBasis + "\" is not a cost basis; give one of " + string.Join(", ", RegionalReader.CostBases.Keys));
        }

        if (!RegionalReader.Prices.ContainsKey(Price))
        {
            return ValidationResult.Error("--price: \"" + Price + "\" is not a price; give one of " + string.Join(", ", RegionalReader.Prices.Keys));
        }

        if (!(Transport >= 0) || !double.IsFinite(Transport))
        {
            return ValidationResult.Error("--transport: " + Transport.ToString(CultureInfo.InvariantCulture) + " is not a cost; give US dollars per tonne of at least 0");
        }

        if (From is { } from && To is { } to && from > to)
        {
            return ValidationResult.Error("--from " + from.ToString(CultureInfo.InvariantCulture) + " is after --to " + to.ToString(CultureInfo.InvariantCulture) + "; give the first year first");
        }

        return base.Validate();
    }
}
