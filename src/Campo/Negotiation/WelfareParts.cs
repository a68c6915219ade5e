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
