using System.Text.Json.Serialization;
using Campo.Domain;
using Campo.Regional;

namespace Campo.Evaluation;

/// <summary>
/// Who bears the adjustment in one market: each group's change (million USD) and, when someone loses, the share of
/// the losses each group carries. Farmers are the producer surplus, consumers the consumer surplus, the treasury
/// tariff revenue less outlays, quota holders the quota and licence rents.
/// </summary>
/// <param name="Farmers">Farmers' change.</param>
/// <param name="Consumers">Consumers' change.</param>
/// <param name="Treasury">The treasury's change.</param>
/// <param name="QuotaHolders">The change in quota and licence rents.</param>
/// <param name="FarmersShareOfLosses">Farmers' share of the summed losses, 0 to 1 (0 when they gain or no one loses).</param>
/// <param name="ConsumersShareOfLosses">Consumers' share of the losses.</param>
/// <param name="TreasuryShareOfLosses">The treasury's share of the losses.</param>
/// <param name="QuotaHoldersShareOfLosses">Quota holders' share of the losses.</param>
public sealed record AdjustmentSplit(
    double Farmers,
    double Consumers,
    double Treasury,
    double QuotaHolders,
    double FarmersShareOfLosses,
    double ConsumersShareOfLosses,
    double TreasuryShareOfLosses,
    double QuotaHoldersShareOfLosses)
{
    /// <summary>Changes below this many million USD count as none.</summary>
    public const double Negligible = 0.005;

    /// <summary>The split of a welfare change.</summary>
    public static AdjustmentSplit Of(WelfareFigures welfare)
    {
        ArgumentNullException.ThrowIfNull(welfare);
        var (f, c, t, q) = (welfare.ProducerSurplus, welfare.ConsumerSurplus, welfare.Government, welfare.QuotaRent);
        var losses = Loss(f) + Loss(c) + Loss(t) + Loss(q);
        double Share(double x) => losses > 0 ? Loss(x) / losses : 0;
        return new AdjustmentSplit(f, c, t, q, Share(f), Share(c), Share(t), Share(q));
    }

    private static double Loss(double x) => x < -Negligible ? -x : 0;
}

/// <summary>The terms of a regional agreement as evaluated.</summary>
/// <param name="Parties">The parties.</param>
/// <param name="BasePeriod">The base period ("1991-93").</param>
/// <param name="EntryIntoForce">The year of entry into force.</param>
/// <param name="Horizon">The last year modelled.</param>
/// <param name="Duties">Which duties the main tables use (legal or applied; "legal" or "applied" in JSON).</param>
/// <param name="EvaluatedYear">The year the main tables show (the horizon).</param>
/// <param name="Schedule">Every flow the agreement changes.</param>
public sealed record AgreementTerms(IReadOnlyList<MemberId> Parties, string BasePeriod, int EntryIntoForce, int Horizon, DutyRegime Duties, int EvaluatedYear, IReadOnlyList<ScheduleLine> Schedule);

/// <summary>What an agreement does to one flow.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="CommodityName">Its name.</param>
/// <param name="Exporter">The exporter.</param>
/// <param name="Importer">The importer.</param>
/// <param name="Terms">The terms in words (staging category, or quota, growth and over-quota path).</param>
/// <param name="BaseTariff">The base tariff (fraction).</param>
/// <param name="LegalAtHorizon">The marginal tariff in the horizon year under the legal duties (fraction).</param>
/// <param name="AppliedAtHorizon">The same under the applied duties.</param>
public sealed record ScheduleLine(CommodityId Commodity, string CommodityName, MemberId Exporter, MemberId Importer, string Terms, double BaseTariff, double LegalAtHorizon, double AppliedAtHorizon);

/// <summary>One year of a regional agreement's path for one commodity under one set of duties, against the base.</summary>
/// <param name="Year">The year.</param>
/// <param name="Duties">The duties of this path (legal or applied).</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="CommodityName">Its name.</param>
/// <param name="Converged">True when the year's market was solved.</param>
/// <param name="Markets">Each region's market.</param>
/// <param name="Quotas">Each tariff-rate quota's state.</param>
public sealed record PathYear(int Year, DutyRegime Duties, CommodityId Commodity, string CommodityName, bool Converged, IReadOnlyList<PathMarket> Markets, IReadOnlyList<PathQuota> Quotas);

/// <summary>A region's market in one year of a path.</summary>
/// <param name="Region">The region.</param>
/// <param name="ProducerPriceChange">Change of its producers' (export) price against the base.</param>
/// <param name="ConsumerPriceChange">Change of its composite consumer price.</param>
/// <param name="Production">Production, thousand t.</param>
/// <param name="Imports">Imports from the other regions, thousand t.</param>
/// <param name="Exports">Exports to the other regions, thousand t.</param>
/// <param name="Welfare">Welfare change against the base, million USD.</param>
public sealed record PathMarket(MemberId Region, double ProducerPriceChange, double ConsumerPriceChange, double Production, double Imports, double Exports, WelfareFigures Welfare);

/// <summary>A tariff-rate quota in one year of a path.</summary>
/// <param name="Exporter">The exporter.</param>
/// <param name="Importer">The importer.</param>
/// <param name="QuotaKt">The quota, thousand t.</param>
/// <param name="InQuota">The in-quota rate (fraction).</param>
/// <param name="OverQuota">The over-quota rate (fraction; ad valorem equivalent for specific duties).</param>
/// <param name="MarginalTariff">The tariff on the last tonne.</param>
/// <param name="Regime">Where the flow ends up; written "in quota", "binding" or "over quota".</param>
/// <param name="ImportsKt">The flow, thousand t.</param>
/// <param name="Rent">The quota rent, million USD.</param>
public sealed record PathQuota(MemberId Exporter, MemberId Importer, double QuotaKt, double InQuota, double OverQuota, double MarginalTariff, Markets.Armington.QuotaRegime Regime, double ImportsKt, double Rent);

/// <summary>The model's path set against what happened.</summary>
/// <param name="Series">One series per commodity, region and measure.</param>
/// <param name="Notes">What is compared, what is not and why, in words.</param>
public sealed record LookBackReport(IReadOnlyList<LookBackSeries> Series, IReadOnlyList<string> Notes);

/// <summary>A modelled series against an observed one.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="CommodityName">Its name.</param>
/// <param name="Region">The region.</param>
/// <param name="Measure">What the series measures (imports, production or the export price).</param>
/// <param name="Unit">"thousand t" or "USD/t".</param>
/// <param name="Base">The observed base-period value the model starts from.</param>
/// <param name="ObservedSource">Where the observed series comes from.</param>
/// <param name="Points">One point per year with an observation.</param>
/// <param name="Errors">The error measures, one per set of duties.</param>
public sealed record LookBackSeries(CommodityId Commodity, string CommodityName, MemberId Region, LookBackMeasure Measure, string Unit, double Base, string ObservedSource, IReadOnlyList<LookBackPoint> Points, IReadOnlyList<ErrorMeasure> Errors)
{
    /// <summary>A measure as the outputs spell it: "imports", "production" or "export price" (the JSON's spelling).</summary>
    public static string MeasureName(LookBackMeasure measure) => measure switch
    {
        LookBackMeasure.Imports => "imports",
        LookBackMeasure.Production => "production",
        _ => "export price",
    };
}

/// <summary>What a look-back series measures; JSON writes "imports", "production" and "export price".</summary>
public enum LookBackMeasure
{
    /// <summary>The region's imports, thousand t (FAOSTAT).</summary>
    Imports,

    /// <summary>The region's production, thousand t (FAOSTAT).</summary>
    Production,

    /// <summary>The largest exporter's export price against a World Bank price series, USD/t.</summary>
    [JsonStringEnumMemberName("export price")]
    ExportPrice,
}

/// <summary>On which side of what happened a modelled series lies on average (the sign of the mean percentage error).</summary>
public enum ErrorBias
{
    /// <summary>The model under-predicts on average.</summary>
    Below,

    /// <summary>The model over-predicts on average.</summary>
    Above,

    /// <summary>Neither: the mean percentage error is zero.</summary>
    On,
}

/// <summary>One year of a look-back series.</summary>
/// <param name="Year">The year.</param>
/// <param name="Observed">What happened.</param>
/// <param name="Legal">The model with the legal duties.</param>
/// <param name="Applied">The model with the applied duties.</param>
public sealed record LookBackPoint(int Year, double Observed, double Legal, double Applied);

/// <summary>
/// How far a modelled series is from the observed one: the mean absolute percentage error
/// <c>MAPE = (1/n)·Σ |m − o| / |o|</c> and the mean percentage error <c>MPE = (1/n)·Σ (m − o) / |o|</c>, whose
/// sign is the bias (negative: the model is below what happened on average), over years with o ≠ 0.
/// </summary>
/// <param name="Duties">The duties of the modelled series (legal or applied).</param>
/// <param name="MeanAbsolutePercentageError">MAPE, a fraction (0.35 is 35%).</param>
/// <param name="MeanPercentageError">MPE, a fraction; its sign is the bias.</param>
/// <param name="Years">Years compared.</param>
public sealed record ErrorMeasure(DutyRegime Duties, double MeanAbsolutePercentageError, double MeanPercentageError, int Years)
{
    /// <summary>Below when the model under-predicts on average, above when it over-predicts, on otherwise (JSON: "below", "above", "on").</summary>
    public ErrorBias Bias => MeanPercentageError < -1e-12 ? ErrorBias.Below : MeanPercentageError > 1e-12 ? ErrorBias.Above : ErrorBias.On;

    /// <summary>The measures of a modelled series against an observed one; years with an observation of 0 are left out.</summary>
    /// <param name="duties">The duties of the modelled series.</param>
    /// <param name="observed">What happened.</param>
    /// <param name="modelled">The model, the same years.</param>
    /// <exception cref="ArgumentException">The series differ in length, or no year has a non-zero observation.</exception>
    public static ErrorMeasure Of(DutyRegime duties, IReadOnlyList<double> observed, IReadOnlyList<double> modelled)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(modelled);
        if (observed.Count != modelled.Count)
        {
            throw new ArgumentException("The observed and modelled series differ in length.", nameof(modelled));
        }

        var errors = observed.Zip(modelled).Where(p => p.First != 0).Select(p => (p.Second - p.First) / Math.Abs(p.First)).ToArray();
        if (errors.Length == 0)
        {
            throw new ArgumentException("No year has a non-zero observation.", nameof(observed));
        }

        return new ErrorMeasure(duties, errors.Average(Math.Abs), errors.Average(), errors.Length);
    }
}
