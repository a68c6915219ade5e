using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Errors;
using Campo.Negotiation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Negotiate;

/// <summary>Settings of <c>campo negotiate</c>: the draft and its data (as <c>campo run</c>), the decision, the search.</summary>
public sealed class NegotiateSettings : EvaluationSettings
{
    private static readonly string[] Presets = ["welfare", "gko", "exports"];
    private static readonly string[] CoalitionRules = ["none", "unanimity", "majority", "leaders"];

    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("The scenario (draft) file, such as scenarios/cancun-2003.toml.")]
    public string File { get; init; } = string.Empty;

    /// <summary>The weight preset.</summary>
    [CommandOption("--weights <PRESET>")]
    [Description("Government weights: welfare (equal, national welfare; the default), gko (producers first in developed members, revenue in developing ones; magnitudes assumed) or exports (export gains only). Same as --set decision.weights=PRESET.")]
    public string? Weights { get; init; }

    /// <summary>The coalition rule.</summary>
    [CommandOption("--coalition-rule <RULE>")]
    [Description("How coalitions with a common position decide: none (members alone; the default), unanimity, majority or leaders. Same as --set decision.coalition_rule=RULE.")]
    public string? CoalitionRule { get; init; }

    /// <summary>Where to write every member's verdict.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("Also write every member's verdict, payoff and reasons to this .csv file.")]
    public string? Out { get; init; }

    /// <summary>Cluster members by interest and compare with the real coalitions.</summary>
    [CommandOption("--discover")]
    [Description("Cluster members by interest profile (payoffs and trade by commodity, response to the draft's parameters) and compare with the real coalitions (adjusted Rand index).")]
    public bool Discover { get; init; }

    /// <summary>Parameters to search.</summary>
    [CommandOption("--search <PARAM=LOW:HIGH>")]
    [Description("Search drafts over a parameter: swiss, cuts, cap, special, sdt, support or export_end, with a range (swiss=10:60) or its default range; repeat for several.")]
    public string[] Search { get; init; } = [];

    /// <summary>Drafts in the Latin hypercube.</summary>
    [CommandOption("--drafts <N>")]
    [Description("Drafts to evaluate in the search (Latin hypercube). Default 1000.")]
    [DefaultValue(1000)]
    public int Drafts { get; init; } = 1000;

    /// <summary>Grid points per parameter.</summary>
    [CommandOption("--grid <N>")]
    [Description("Search a full grid with N points per parameter instead of a Latin hypercube.")]
    public int? Grid { get; init; }

    /// <summary>The objective of the best draft.</summary>
    [CommandOption("--best <GROUP[-PART]>")]
    [Description("What the best passable draft maximises: world (default), ldc-farmers, developing-consumers, G20-total, ... (parts: total, farmers, consumers, treasury).")]
    public string Best { get; init; } = "world";

    /// <summary>Measure the search's speed.</summary>
    [CommandOption("--timing")]
    [Description("Report how long the search took and how many drafts a minute it judged (noisy on a busy machine).")]
    public bool Timing { get; init; }

    /// <summary>Where to write every searched draft.</summary>
    [CommandOption("--search-out <FILE>")]
    [Description("Also write every searched draft (parameters, verdict, objectors, objective) to this .csv file.")]
    public string? SearchOut { get; init; }

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Threads for the draws and the search; default all cores.")]
    public int? Threads { get; init; }

    /// <summary>The <c>--set</c> assignments with the shortcuts added.</summary>
    public IReadOnlyList<string> Assignments()
    {
        var list = new List<string>(Set);
        if (Weights is { } w)
        {
            list.Add("decision.weights=" + w);
        }

        if (CoalitionRule is { } r)
        {
            list.Add("decision.coalition_rule=" + r);
        }

        return list;
    }

    /// <summary>The search request, or null without <c>--search</c>.</summary>
    /// <exception cref="CampoException">A malformed parameter, range or objective.</exception>
    public DraftSearchRequest? SearchRequest() => Search.Length == 0 ? null : new DraftSearchRequest
    {
        Dimensions = Search.Select(SearchDimension.Parse).ToArray(),
        Drafts = Drafts,
        GridPoints = Grid,
        Seed = Seed,
        Objective = SearchObjective.Parse(Best),
        Timing = Timing,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Weights is { } w && !Presets.Contains(w, StringComparer.Ordinal))
        {
            return ValidationResult.Error("--weights: \"" + w + "\" is not a preset; give " + string.Join(", ", Presets));
        }

        if (CoalitionRule is { } r && !CoalitionRules.Contains(r, StringComparer.Ordinal))
        {
            return ValidationResult.Error("--coalition-rule: \"" + r + "\" is not a rule; give " + string.Join(", ", CoalitionRules));
        }

        if (Drafts is < 1 or > 1_000_000)
        {
            return ValidationResult.Error("--drafts: " + Drafts.ToString(CultureInfo.InvariantCulture) + " is out of range; give 1 to 1000000 drafts");
        }

        if (Grid is { } g && g < 2)
        {
            return ValidationResult.Error("--grid: give at least 2 points per parameter");
        }

        if (Threads is { } t && t < 1)
        {
            return ValidationResult.Error("--threads: give at least 1 thread");
        }

        if (Search.Length == 0 && (SearchOut is not null || Timing || Grid is not null))
        {
            return ValidationResult.Error("--search-out, --timing and --grid need a search: add --search PARAM=LOW:HIGH");
        }

        return base.Validate();
    }
}
