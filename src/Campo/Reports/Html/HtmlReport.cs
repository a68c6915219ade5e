using Campo.Data;
using Campo.Domain;
using Campo.Reports.Charts;
using Campo.Reports.Localization;

namespace Campo.Reports.Html;

/// <summary>What every section of a report shares: the reader's language, the dataset for names and the map, the
/// member in focus, and unique ids for charts.</summary>
public sealed class ReportContext
{
    private int _ids;

    /// <summary>Creates a context.</summary>
    /// <param name="text">The reader's language.</param>
    /// <param name="dataset">The dataset the results were computed on (member names in four languages, the
    /// countries of each region for the map), or null: then names are the evaluation's and there is no map.</param>
    /// <param name="focus">The member reported in detail, or null.</param>
    public ReportContext(ReportText text, Dataset? dataset = null, MemberId? focus = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Dataset = dataset;
        Focus = focus;
    }

    /// <summary>The reader's language.</summary>
    public ReportText Text { get; }

    /// <summary>Formats of the reader's culture.</summary>
    public ReportFormat Format => Text.Format;

    /// <summary>The dataset, or null.</summary>
    public Dataset? Dataset { get; }

    /// <summary>The member reported in detail, or null.</summary>
    public MemberId? Focus { get; }

    /// <summary>The map outlines.</summary>
    public WorldMap Map { get; init; } = WorldMap.Default;

    /// <summary>A new id, unique in the document.</summary>
    public string NextId(string prefix) => prefix + "-" + (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A region's name in the reader's language.</summary>
    public string RegionName(MemberId region, string fallback) => Text.Region(region, fallback, Dataset);
}

/// <summary>
/// One part of a report: a heading, its prose, charts and tables. Reports are lists of sections, so that new parts
/// (a negotiation verdict, a look-back) are added without touching the others.
/// </summary>
/// <typeparam name="TInput">What the report is about: a <see cref="Evaluation.DraftEvaluation"/> or a
/// <see cref="DraftComparison"/>.</typeparam>
public interface IReportSection<in TInput>
{
    /// <summary>The section's id in the document (an HTML id), such as "brief".</summary>
    string Id { get; }

    /// <summary>False when the section has nothing to say for this input (then it writes nothing, not even a heading).</summary>
    bool AppliesTo(TInput input, ReportContext context);

    /// <summary>Writes the section.</summary>
    void Write(HtmlBuilder html, TInput input, ReportContext context);
}

/// <summary>A report: an ordered list of sections rendered into one self-contained HTML document.</summary>
/// <typeparam name="TInput">What the report is about.</typeparam>
public sealed class HtmlReport<TInput>
{
    /// <summary>Creates a report from its sections, in order.</summary>
    /// <exception cref="ArgumentException">Two sections share an id.</exception>
    public HtmlReport(IEnumerable<IReportSection<TInput>> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        Sections = [.. sections];
        var duplicate = Sections.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException("Two report sections have the id '" + duplicate.Key + "'.", nameof(sections));
        }
    }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<IReportSection<TInput>> Sections { get; }

    /// <summary>A report with one more section, placed after the section with id <paramref name="after"/>.</summary>
    /// <exception cref="ArgumentException">No section has that id.</exception>
    public HtmlReport<TInput> Insert(IReportSection<TInput> section, string after)
    {
        ArgumentNullException.ThrowIfNull(section);
        var index = Sections.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Id == after, (null!, -1)).Item2;
        if (index < 0)
        {
            throw new ArgumentException("No report section has the id '" + after + "'.", nameof(after));
        }

        var list = Sections.ToList();
        list.Insert(index + 1, section);
        return new HtmlReport<TInput>(list);
    }

    /// <summary>The sections that apply, rendered one after the other (the body of a page).</summary>
    public string RenderSections(TInput input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var html = new HtmlBuilder();
        foreach (var section in Sections)
        {
            if (section.AppliesTo(input, context))
            {
                html.Open("section", ("id", section.Id), ("class", "report-section"));
                section.Write(html, input, context);
                html.Close();
            }
        }

        return html.ToString();
    }

    /// <summary>The whole self-contained document: styles inline, charts inline, no script, no network.</summary>
    /// <param name="input">What to report.</param>
    /// <param name="context">Language, dataset, focus.</param>
    /// <param name="title">The document's title.</param>
    public string Render(TInput input, ReportContext context, string title)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReportDocument.Wrap(context.Text, title, "<main>" + RenderSections(input, context) + "</main>");
    }
}
