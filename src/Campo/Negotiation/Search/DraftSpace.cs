using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;
using Campo.Schedules.Drafts;

namespace Campo.Negotiation;

/// <summary>A parameter of a draft that the search varies. Units are those of scenario files.</summary>
public enum DraftKnob
{
    /// <summary>The developed members' Swiss coefficient (Swiss formula, or the Swiss part of a blended formula), in percentage points (25 for a = 25).</summary>
    Swiss,

    /// <summary>The developed members' cuts stated as cuts (band cuts of a tiered formula; average and minimum cuts of a UR, banded or blended formula; a linear cut), in percent of the tabled cuts (100 = as tabled).</summary>
    Cuts,

    /// <summary>The developed members' tariff cap, in percent.</summary>
    Cap,

    /// <summary>The developing members' special products, in percent of dutiable lines.</summary>
    Special,

    /// <summary>Special and differential treatment: the developing members' cuts stated as cuts, in percent of the developed members' cuts (66.7 for two-thirds).</summary>
    Sdt,

    /// <summary>The developed members' cut of trade-distorting domestic support, in percent.</summary>
    Support,

    /// <summary>The year by which developed members' export subsidies end (matters only with an evaluation year).</summary>
    ExportEnd,

    /// <summary>
    /// A package issue of the record (data/negotiation/issues.csv, named by its code: <see cref="SearchDimension.Issue"/>):
    /// the share of it the package delivers, 0 (not in the text) to 1 (in full), as packages.csv codes it. It changes
    /// no tariff: it changes what the members' and coalitions' stated conditions on the package get, that is the
    /// linkage feature of the decision model (<see cref="PackageKnobs"/>). Only the issues on the tabled draft's table.
    /// </summary>
    Issue,
}

/// <summary>One dimension of a search: a knob and its range, in the knob's units.</summary>
/// <param name="Knob">The knob.</param>
/// <param name="Low">The lowest value.</param>
/// <param name="High">The highest value (at least <paramref name="Low"/>).</param>
public sealed record SearchDimension(DraftKnob Knob, double Low, double High)
{
    /// <summary>The issue's code (issues.csv) when <see cref="Knob"/> is <see cref="DraftKnob.Issue"/>, else null.</summary>
    public string? Issue { get; init; }

    /// <summary>The names of the knobs on the command line and in reports.</summary>
    public static IReadOnlyDictionary<string, DraftKnob> Names { get; } = new Dictionary<string, DraftKnob>(StringComparer.OrdinalIgnoreCase)
    {
        ["swiss"] = DraftKnob.Swiss,
        ["cuts"] = DraftKnob.Cuts,
        ["cap"] = DraftKnob.Cap,
        ["special"] = DraftKnob.Special,
        ["sdt"] = DraftKnob.Sdt,
        ["support"] = DraftKnob.Support,
        ["export_end"] = DraftKnob.ExportEnd,
    };

    /// <summary>The knob's name: a tariff knob's name, or a package issue's code.</summary>
    public string Name => Knob == DraftKnob.Issue ? Issue ?? "issue" : NameOf(Knob);

    /// <summary>The name of a knob ("issue" for the package issues, which are named by their codes).</summary>
    public static string NameOf(DraftKnob knob) => knob == DraftKnob.Issue ? "issue" : Names.First(n => n.Value == knob).Key;

    /// <summary>A package issue as a search dimension, delivered between <paramref name="low"/> and <paramref name="high"/> (0-1).</summary>
    public static SearchDimension OfIssue(string issue, double low = 0, double high = 1) => new(DraftKnob.Issue, low, high) { Issue = issue };

    /// <summary>The package issues the shipped record knows (data/negotiation/issues.csv), in file order.</summary>
    public static IReadOnlyList<string> RecordIssues => Record.NegotiationRecord.Shipped(_ => true).Issues.Keys.ToArray();

    /// <summary>The default range of a knob, used when a search names the knob without a range.</summary>
    public static (double Low, double High) DefaultRange(DraftKnob knob) => knob switch
    {
        DraftKnob.Swiss => (10, 100),
        DraftKnob.Cuts => (50, 150),
        DraftKnob.Cap => (50, 300),
        DraftKnob.Special => (0, 20),
        DraftKnob.Sdt => (33.3, 100),
        DraftKnob.Support => (0, 100),
        DraftKnob.Issue => (0, 1),
        _ => (2006, 2020),
    };

    /// <summary>
    /// Reads <c>name=low:high</c> or <c>name</c> (the default range). The name is a tariff knob (<see cref="Names"/>) or
    /// a package issue's code from the record (<see cref="RecordIssues"/>: <c>cotton_specific=0:1</c>, delivered 0-1,
    /// default range 0:1).
    /// </summary>
    /// <exception cref="CampoException">An unknown knob or a malformed or empty range; the message names --search and the allowed knobs.</exception>
    public static SearchDimension Parse(string text) => Parse(text, RecordIssues);

    /// <summary>Reads <c>name=low:high</c> or <c>name</c>, with the package issues given.</summary>
    /// <exception cref="CampoException">An unknown knob or a malformed or empty range.</exception>
    public static SearchDimension Parse(string text, IReadOnlyCollection<string> issues)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(issues);
        var location = SourceLocation.OfField("--search");
        var parts = text.Split('=', 2);
        var name = parts[0].Trim();
        string? issue = null;
        if (!Names.TryGetValue(name, out var knob))
        {
            // An issue's code, or an unambiguous start of one (cotton for cotton_specific).
            issue = issues.FirstOrDefault(i => string.Equals(i, name, StringComparison.OrdinalIgnoreCase));
            var starting = name.Length >= 3 ? issues.Where(i => i.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToArray() : [];
            issue ??= starting.Length == 1 ? starting[0] : null;
            if (issue is null)
            {
                var closest = Errors.Suggestions.Closest(name, Names.Keys.Concat(issues)) ?? (starting.Length > 1 ? starting[0] : null);
                throw new CampoException(
                    "unknown draft parameter \"" + name + "\"",
                    (closest is null ? string.Empty : Errors.Messages.Fill(Errors.Messages.Common_DidYouMean, closest) + " ") + Allowed(issues),
                    location);
            }

            knob = DraftKnob.Issue;
        }

        if (parts.Length == 1)
        {
            var (low, high) = DefaultRange(knob);
            return new SearchDimension(knob, low, high) { Issue = issue };
        }

        var range = parts[1].Split(':');
        if (range.Length != 2
            || !double.TryParse(range[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            || !double.TryParse(range[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            || !double.IsFinite(a) || !double.IsFinite(b) || b < a)
        {
            throw new CampoException("\"" + text + "\" is not a range", "write name=low:high with low ≤ high, such as swiss=10:60", location);
        }

        var (min, max) = knob switch
        {
            DraftKnob.Issue => (0.0, 1.0),
            DraftKnob.Swiss => (0.1, 10_000.0),
            DraftKnob.Cuts => (0.0, 1_000.0),
            DraftKnob.Cap => (0.0, 10_000.0),
            DraftKnob.ExportEnd => (1995.0, 2100.0),
            _ => (0.0, 100.0),
        };
        if (a < min || b > max)
        {
            throw new CampoException(
                string.Create(CultureInfo.InvariantCulture, $"the range {a}:{b} of {name} is outside {min}:{max}"),
                "give a range within " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture),
                location);
        }

        return new SearchDimension(knob, a, b) { Issue = issue };
    }

    /// <summary>The allowed knobs in words, for messages.</summary>
    internal static string Allowed(IEnumerable<string> issues) =>
        "allowed: the draft parameters " + string.Join(", ", Names.Keys) + ", or a package issue of the record delivered 0-1 (" + string.Join(", ", issues) + "; as cotton_specific=0:1)";
}

/// <summary>
/// Applies knob values to a tabled draft (<see cref="DraftKnob"/> for each knob's meaning). Knobs act on the
/// developed members' commitments, except <see cref="DraftKnob.Special"/> and <see cref="DraftKnob.Sdt"/> which act
/// on the developing members', and <see cref="DraftKnob.Issue"/>, which leaves the text and changes the package
/// (<see cref="PackageKnobs"/>). A knob that the tabled draft has no place for (a Swiss coefficient in a tiered
/// formula) is an error naming the knob.
/// </summary>
public static class DraftSpace
{
    /// <summary>The tabled draft's value of a knob, or null when it has none (no cap, no special products).</summary>
    /// <exception cref="CampoException">The knob does not apply to the draft.</exception>
    public static double? Tabled(Scenario scenario, DraftKnob knob)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        GroupModalities Developed() => Group(scenario, DevelopmentStatus.Developed, knob);
        switch (knob)
        {
            case DraftKnob.Swiss:
                var developed = Developed();
                return developed.Formula switch
                {
                    SwissFormula f => f.Coefficient * 100,
                    BlendedFormula f => f.SwissCoefficient * 100,
                    _ => throw NotApplicable(scenario, knob, "the developed members' formula (" + developed.Formula.Name + ") has no Swiss coefficient"),
                };
            case DraftKnob.Cuts:
                _ = ScaleCuts(Developed().Formula, 1, scenario, knob);
                return 100;
            case DraftKnob.Cap:
                return Developed().Cap?.Percent;
            case DraftKnob.Special:
                return Group(scenario, DevelopmentStatus.Developing, knob).Special?.ShareOfLines.Percent;
            case DraftKnob.Sdt:
                var developing = Group(scenario, DevelopmentStatus.Developing, knob);
                var ratios = CutRatios(Developed().Formula, developing.Formula, scenario);
                return ratios.Max() - ratios.Min() <= 1e-9 ? ratios[0] * 100 : null;
            case DraftKnob.Support:
                return scenario.DomesticSupport.Tiers.Any(t => t.Status == DevelopmentStatus.Developed)
                    ? null
                    : scenario.DomesticSupport.Cuts.GetValueOrDefault(DevelopmentStatus.Developed).Percent;
            case DraftKnob.Issue:
                // A package issue is not in the draft's text: the record's package states it (PackageKnobs).
                return null;
            default:
                return scenario.ExportCompetition.EndYears.TryGetValue(DevelopmentStatus.Developed, out var end) ? end : null;
        }
    }

    /// <summary>The draft with the knobs set to the values given (parallel to <paramref name="dimensions"/>).</summary>
    /// <exception cref="CampoException">A knob does not apply to the draft.</exception>
    public static Scenario Apply(Scenario tabled, IReadOnlyList<SearchDimension> dimensions, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(tabled);
        ArgumentNullException.ThrowIfNull(dimensions);
        var scenario = tabled;
        double? sdt = null;
        for (var d = 0; d < dimensions.Count; d++)
        {
            var knob = dimensions[d].Knob;
            var v = values[d];
            switch (knob)
            {
                case DraftKnob.Issue:
                    // Changes the package, not the schedules (PackageKnobs): the draft's text stays.
                    break;
                case DraftKnob.Sdt:
                    sdt = v / 100;
                    break;
                case DraftKnob.Support:
                    var cuts = new Dictionary<DevelopmentStatus, Rate>(scenario.DomesticSupport.Cuts) { [DevelopmentStatus.Developed] = Rate.FromPercent(Math.Clamp(v, 0, 100)) };
                    scenario = scenario with { DomesticSupport = new DomesticSupportDraft(cuts, scenario.DomesticSupport.Tiers.Where(t => t.Status != DevelopmentStatus.Developed).ToArray()) };
                    break;
                case DraftKnob.ExportEnd:
                    var ends = new Dictionary<DevelopmentStatus, int>(scenario.ExportCompetition.EndYears) { [DevelopmentStatus.Developed] = (int)Math.Round(v) };
                    scenario = scenario with { ExportCompetition = scenario.ExportCompetition with { EndYears = ends } };
                    break;
                case DraftKnob.Special:
                    var developing = Group(scenario, DevelopmentStatus.Developing, knob);
                    var rules = developing.Special ?? throw NotApplicable(scenario, knob, "the draft gives developing members no special products");
                    var share = Rate.FromPercent(Math.Clamp(v, 0, 100));
                    scenario = WithGroup(scenario, DevelopmentStatus.Developing, developing with { Special = rules with { ShareOfLines = share, ZeroCutShare = Rate.Min(rules.ZeroCutShare, share) } });
                    break;
                default:
                    scenario = WithGroup(scenario, DevelopmentStatus.Developed, Set(Group(scenario, DevelopmentStatus.Developed, knob), knob, v, scenario));
                    break;
            }
        }

        if (sdt is { } fraction)
        {
            var developed = Group(scenario, DevelopmentStatus.Developed, DraftKnob.Sdt);
            var developing = Group(scenario, DevelopmentStatus.Developing, DraftKnob.Sdt);
            scenario = WithGroup(scenario, DevelopmentStatus.Developing, developing with { Formula = Developing(developed.Formula, developing.Formula, fraction, scenario) });
        }

        return scenario;
    }

    private static GroupModalities Set(GroupModalities developed, DraftKnob knob, double v, Scenario scenario) => knob switch
    {
        DraftKnob.Swiss => developed with
        {
            Formula = developed.Formula switch
            {
                SwissFormula f => f with { Coefficient = v / 100 },
                BlendedFormula f => f with { SwissCoefficient = v / 100 },
                _ => throw NotApplicable(scenario, knob, "the developed members' formula (" + developed.Formula.Name + ") has no Swiss coefficient"),
            },
        },
        DraftKnob.Cuts => developed with { Formula = ScaleCuts(developed.Formula, v / 100, scenario, knob) },
        DraftKnob.Cap => developed with { Cap = Rate.FromPercent(Math.Max(0, v)) },
        _ => developed,
    };

    private static TariffFormula ScaleCuts(TariffFormula formula, double factor, Scenario scenario, DraftKnob knob)
    {
        Rate Scale(Rate cut) => new(Math.Min(1, cut.Fraction * factor));
        return formula switch
        {
            LinearFormula f => f with { Cut = Scale(f.Cut) },
            UruguayRoundFormula f => f with { AverageCut = Scale(f.AverageCut), MinimumCut = Scale(f.MinimumCut) },
            BandedFormula f => f with { Bands = f.Bands.Select(b => b with { AverageCut = Scale(b.AverageCut), MinimumCut = Scale(b.MinimumCut) }).ToArray() },
            TieredFormula f => f with { Bands = f.Bands.Select(b => b with { Cut = Scale(b.Cut) }).ToArray() },
            BlendedFormula f => f with { AverageCut = Scale(f.AverageCut), MinimumCut = Scale(f.MinimumCut) },
            _ => throw NotApplicable(scenario, knob, "the developed members' formula (" + formula.Name + ") states no cut"),
        };
    }

    private static TariffFormula Developing(TariffFormula developed, TariffFormula developing, double share, Scenario scenario)
    {
        Rate Of(Rate cut) => new(Math.Min(1, cut.Fraction * share));
        return (developed, developing) switch
        {
            (LinearFormula a, LinearFormula b) => b with { Cut = Of(a.Cut) },
            (UruguayRoundFormula a, UruguayRoundFormula b) => b with { AverageCut = Of(a.AverageCut), MinimumCut = Of(a.MinimumCut) },
            (BlendedFormula a, BlendedFormula b) => b with { AverageCut = Of(a.AverageCut), MinimumCut = Of(a.MinimumCut) },
            (TieredFormula a, TieredFormula b) when a.Bands.Count == b.Bands.Count => b with { Bands = b.Bands.Select((band, i) => band with { Cut = Of(a.Bands[i].Cut) }).ToArray() },
            (BandedFormula a, BandedFormula b) when a.Bands.Count == b.Bands.Count => b with { Bands = b.Bands.Select((band, i) => band with { AverageCut = Of(a.Bands[i].AverageCut), MinimumCut = Of(a.Bands[i].MinimumCut) }).ToArray() },
            _ => throw NotApplicable(scenario, DraftKnob.Sdt, "developed (" + developed.Name + ") and developing (" + developing.Name + ") formulas do not state comparable cuts"),
        };
    }

    private static double[] CutRatios(TariffFormula developed, TariffFormula developing, Scenario scenario)
    {
        static double Ratio(Rate a, Rate b) => a.Fraction > 0 ? b.Fraction / a.Fraction : 1;
        return (developed, developing) switch
        {
            (LinearFormula a, LinearFormula b) => [Ratio(a.Cut, b.Cut)],
            (UruguayRoundFormula a, UruguayRoundFormula b) => [Ratio(a.AverageCut, b.AverageCut), Ratio(a.MinimumCut, b.MinimumCut)],
            (BlendedFormula a, BlendedFormula b) => [Ratio(a.AverageCut, b.AverageCut), Ratio(a.MinimumCut, b.MinimumCut)],
            (TieredFormula a, TieredFormula b) when a.Bands.Count == b.Bands.Count => a.Bands.Select((band, i) => Ratio(band.Cut, b.Bands[i].Cut)).ToArray(),
            (BandedFormula a, BandedFormula b) when a.Bands.Count == b.Bands.Count => a.Bands.SelectMany((band, i) => new[] { Ratio(band.AverageCut, b.Bands[i].AverageCut), Ratio(band.MinimumCut, b.Bands[i].MinimumCut) }).ToArray(),
            _ => throw NotApplicable(scenario, DraftKnob.Sdt, "developed (" + developed.Name + ") and developing (" + developing.Name + ") formulas do not state comparable cuts"),
        };
    }

    private static GroupModalities Group(Scenario scenario, DevelopmentStatus status, DraftKnob knob)
    {
        if (scenario.MarketAccess is { } access && access.Groups.TryGetValue(status, out var group))
        {
            return group;
        }

        throw NotApplicable(scenario, knob, "the draft has no market-access commitments for " + status.ToString().ToLowerInvariant() + " members");
    }

    private static Scenario WithGroup(Scenario scenario, DevelopmentStatus status, GroupModalities group)
    {
        var access = scenario.MarketAccess!;
        var groups = new Dictionary<DevelopmentStatus, GroupModalities>(access.Groups) { [status] = group };
        return scenario with { MarketAccess = access with { Groups = groups } };
    }

    private static CampoException NotApplicable(Scenario scenario, DraftKnob knob, string why) =>
        new(SearchDimension.NameOf(knob) + " cannot be varied: " + why, "choose parameters the draft has (campo negotiate --help lists them)", new SourceLocation(scenario.File, Field: "--search"));
}
