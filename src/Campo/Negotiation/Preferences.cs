using System.Globalization;

namespace Campo.Negotiation;

/// <summary>
/// A change in a member's welfare split the way its government weighs it, in million US dollars a year at 2005
/// prices: farmers (producer surplus), consumers (consumer surplus), the treasury (tariff revenue less support and
/// subsidy outlays), quota rents received, and the value of its exports at world prices (offensive interests).
/// </summary>
/// <param name="Producer">Producer surplus change.</param>
/// <param name="Consumer">Consumer surplus change.</param>
/// <param name="Government">Treasury change.</param>
/// <param name="QuotaRent">Quota rents received, change.</param>
/// <param name="Exports">Export value change at world prices.</param>
public readonly record struct WelfareParts(double Producer, double Consumer, double Government, double QuotaRent, double Exports)
{
    /// <summary>No change.</summary>
    public static readonly WelfareParts Zero;

    /// <summary>National welfare: producers, consumers, treasury and quota rents (exports are not a welfare component).</summary>
    public double Welfare => Producer + Consumer + Government + QuotaRent;

    /// <summary>Component-wise sum.</summary>
    public static WelfareParts operator +(WelfareParts a, WelfareParts b) =>
        new(a.Producer + b.Producer, a.Consumer + b.Consumer, a.Government + b.Government, a.QuotaRent + b.QuotaRent, a.Exports + b.Exports);

    /// <summary>Component-wise difference.</summary>
    public static WelfareParts operator -(WelfareParts a, WelfareParts b) =>
        new(a.Producer - b.Producer, a.Consumer - b.Consumer, a.Government - b.Government, a.QuotaRent - b.QuotaRent, a.Exports - b.Exports);

    /// <summary>Component-wise sum (for languages without operators).</summary>
    public static WelfareParts Add(WelfareParts a, WelfareParts b) => a + b;

    /// <summary>Component-wise difference (for languages without operators).</summary>
    public static WelfareParts Subtract(WelfareParts a, WelfareParts b) => a - b;
}

/// <summary>
/// The weights a government puts on each part of a welfare change (reference negotiation-and-civil-society.md
/// §2.2: G = w_P·ΔPS + w_C·ΔCS + w_R·ΔRevenue, after Gawande, Krishna and Olarreaga 2015), extended with quota rents
/// and export gains. Weights are non-negative, so a draft better for a member in every part never lowers its payoff.
/// </summary>
public sealed record GovernmentWeights
{
    /// <summary>Creates weights.</summary>
    /// <param name="producer">Weight on farmers' surplus; finite, at least 0.</param>
    /// <param name="consumer">Weight on consumers' surplus; finite, at least 0.</param>
    /// <param name="government">Weight on the treasury; finite, at least 0.</param>
    /// <param name="quotaRent">Weight on quota rents; finite, at least 0.</param>
    /// <param name="exports">Weight on export value; finite, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite, or all are 0.</exception>
    public GovernmentWeights(double producer, double consumer, double government, double quotaRent, double exports)
    {
        Check(producer, nameof(producer));
        Check(consumer, nameof(consumer));
        Check(government, nameof(government));
        Check(quotaRent, nameof(quotaRent));
        Check(exports, nameof(exports));
        if (producer + consumer + government + quotaRent + exports == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(producer), 0.0, "At least one government weight must be above 0.");
        }

        (Producer, Consumer, Government, QuotaRent, Exports) = (producer, consumer, government, quotaRent, exports);
    }

    /// <summary>Equal weights on the four welfare parts, none on exports: national welfare, the neutral default.</summary>
    public static GovernmentWeights Welfare { get; } = new(1, 1, 1, 1, 0);

    /// <summary>Weight on farmers' surplus.</summary>
    public double Producer { get; }

    /// <summary>Weight on consumers' surplus.</summary>
    public double Consumer { get; }

    /// <summary>Weight on the treasury.</summary>
    public double Government { get; }

    /// <summary>Weight on quota rents.</summary>
    public double QuotaRent { get; }

    /// <summary>Weight on export value.</summary>
    public double Exports { get; }

    /// <summary>The weighted payoff G = Σ w·Δ, in the units of <paramref name="parts"/>.</summary>
    public double Apply(in WelfareParts parts) =>
        (Producer * parts.Producer) + (Consumer * parts.Consumer) + (Government * parts.Government) + (QuotaRent * parts.QuotaRent) + (Exports * parts.Exports);

    /// <summary>"farmers 2, consumers 1, treasury 1, quota rents 1, exports 0".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"farmers {Producer:0.##}, consumers {Consumer:0.##}, treasury {Government:0.##}, quota rents {QuotaRent:0.##}, exports {Exports:0.##}");

    private static void Check(double weight, string name)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(name, weight, "A government weight is a finite number of at least 0.");
        }
    }
}

/// <summary>
/// A government's defensive red lines, for the products it really produces (base production at least
/// <see cref="SurgeFloor"/> of base consumption): it objects when the producer price of a staple or of a special or
/// sensitive product falls by more than <see cref="PriceFall"/>, or when imports of a staple rise by more than
/// <see cref="ImportSurge"/> above the alternative while exceeding <see cref="SurgeFloor"/> of its consumption.
/// </summary>
public sealed record RedLines
{
    /// <summary>Creates red lines.</summary>
    /// <param name="enabled">False to switch them off.</param>
    /// <param name="priceFall">Largest acceptable producer-price fall, a fraction from 0 to 1.</param>
    /// <param name="importSurge">Largest acceptable import rise above the baseline, a fraction of at least 0.</param>
    /// <param name="surgeFloor">Share of consumption imports must exceed for a surge to count, and base production must reach for a product to be defended; 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value outside its range.</exception>
    public RedLines(bool enabled, double priceFall, double importSurge, double surgeFloor)
    {
        if (!(priceFall >= 0 && priceFall <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(priceFall), priceFall, "A price-fall red line is a fraction from 0 to 1.");
        }

        if (!(importSurge >= 0 && double.IsFinite(importSurge)))
        {
            throw new ArgumentOutOfRangeException(nameof(importSurge), importSurge, "An import-surge red line is a finite fraction of at least 0.");
        }

        if (!(surgeFloor >= 0 && surgeFloor <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(surgeFloor), surgeFloor, "The share of consumption for an import surge is a fraction from 0 to 1.");
        }

        (Enabled, PriceFall, ImportSurge, SurgeFloor) = (enabled, priceFall, importSurge, surgeFloor);
    }

    /// <summary>True when the red lines apply.</summary>
    public bool Enabled { get; }

    /// <summary>Largest acceptable producer-price fall on a protected product (fraction).</summary>
    public double PriceFall { get; }

    /// <summary>Largest acceptable rise of a staple's imports above the baseline (fraction).</summary>
    public double ImportSurge { get; }

    /// <summary>Imports must exceed this share of consumption for a surge to count, and base production must reach it for a product to be defended (fraction).</summary>
    public double SurgeFloor { get; }
}

/// <summary>One government's preferences: how it weighs the draft, the least gain it accepts, and its red lines.</summary>
/// <param name="Weights">The weights on each welfare part.</param>
/// <param name="Threshold">The least weighted gain over the baseline at which it accepts, million USD a year (0: no worse off).</param>
/// <param name="RedLines">Its defensive red lines.</param>
/// <param name="Source">Where the settings come from (preset, scenario keys), in words.</param>
public sealed record MemberPreferences(GovernmentWeights Weights, double Threshold, RedLines RedLines, string Source);
