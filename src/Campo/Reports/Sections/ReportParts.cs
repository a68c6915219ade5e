using System.Globalization;
using Campo.Evaluation;
using Campo.Reports.Html;
using Campo.Reports.Localization;

namespace Campo.Reports.Sections;

/// <summary>A table cell: its text, and for a number the exact value it shows (written as <c>data-value</c>, so a
/// reader or a test can check the table against the JSON output).</summary>
/// <param name="Text">The text shown.</param>
/// <param name="Value">The number behind the text, or null.</param>
/// <param name="Class">CSS classes, or null.</param>
/// <param name="Key">For a row's first cell, the code of what the row is about (a region, a commodity, a group),
/// written as <c>data-key</c>; or null.</param>
/// <param name="Lang">The language of the text when it is not the report's (the model's English notes), or null.</param>
public sealed record Cell(string Text, double? Value = null, string? Class = null, string? Key = null, string? Lang = null);

/// <summary>Tables, phrases and names shared by the sections.</summary>
public static class ReportParts
{
    /// <summary>Money changes smaller than this (million USD) count as no change in words and colours.</summary>
    public const double Negligible = Views.RunViews.Negligible;

    /// <summary>Writes a table with a caption, a header row and numeric cells carrying their values.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="caption">The caption.</param>
    /// <param name="headers">Column headers; numeric columns are right-aligned.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cssClass">A class for the table (tests find tables by it), or null.</param>
    public static void Table(HtmlBuilder html, string caption, IReadOnlyList<(string Text, bool Numeric)> headers, IEnumerable<IReadOnlyList<Cell>> rows, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        // A table wider than the screen scrolls inside its box; the box takes the keyboard focus so that it can be
        // scrolled without a mouse (WCAG 2.1.1), and is named by the table's caption.
        html.Open("div", ("class", "table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-label", caption));
        html.Open("table", ("class", cssClass));
        html.Element("caption", caption);
        html.Open("thead").Open("tr");
        foreach (var (text, numeric) in headers)
        {
            html.Element("th", text, ("scope", "col"), ("class", numeric ? "num" : null));
        }

        html.Close().Close().Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var value = cell.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null;
                html.Element(i == 0 ? "th" : "td", cell.Text, ("scope", i == 0 ? "row" : null), ("class", cell.Class), ("data-value", value), ("data-key", cell.Key), ("lang", cell.Lang));
            }

            html.Close();
        }

        html.Close().Close().Close();
    }

    /// <summary>A cell of money (million USD), coloured by sign.</summary>
    public static Cell Money(ReportContext context, double millions)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.Format.Money(millions), millions, SignClass(millions));
    }

    /// <summary>A cell of a relative change.</summary>
    public static Cell Change(ReportContext context, double fraction)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.Format.Change(fraction), fraction, "num");
    }

    /// <summary>A cell of a 90% band of money, or an empty cell.</summary>
    public static Cell MoneyBand(ReportContext context, Band? band)
    {
        ArgumentNullException.ThrowIfNull(context);
        return band is null ? new(string.Empty, null, "num") : new(context.Format.MoneyRange(band.Low, band.High, context.Text[nameof(Strings.Word_To)]), null, "num");
    }

    /// <summary>A cell of a 90% band of a relative change, or an empty cell.</summary>
    public static Cell ChangeBand(ReportContext context, Band? band)
    {
        ArgumentNullException.ThrowIfNull(context);
        return band is null ? new(string.Empty, null, "num") : new(context.Format.Change(band.Low) + " " + context.Text[nameof(Strings.Word_To)] + " " + context.Format.Change(band.High), null, "num");
    }

    /// <summary>A cell of a plain label, with the code of what the row is about when it starts a row.</summary>
    public static Cell Label(string text, string? key = null) => new(text, Key: key);

    /// <summary>"num gain", "num loss" or "num".</summary>
    public static string SignClass(double value) => value > Negligible ? "num gain" : value < -Negligible ? "num loss" : "num";

    /// <summary>An amount of money in words: "about 37 million dollars", "4.1 billion dollars".</summary>
    public static string MoneyWords(ReportText text, double millions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var magnitude = Math.Abs(millions);
        return magnitude >= 1000
            ? text.Fill(nameof(Strings.Money_Billions), text.Format.Number(magnitude / 1000, 1))
            : text.Fill(nameof(Strings.Money_Millions), text.Format.Amount(magnitude));
    }

    /// <summary>Picks the key for a gain, a loss, or no change.</summary>
    public static string Verb(double value, string gain, string loss, string none) =>
        value > Negligible ? gain : value < -Negligible ? loss : none;

    /// <summary>A heading followed by an optional lead paragraph.</summary>
    public static void Heading(HtmlBuilder html, string title, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Element("h2", title);
        if (lead is not null)
        {
            html.Element("p", lead, ("class", "note"));
        }
    }

    /// <summary>The region of an evaluation that carries a member's figures, or null.</summary>
    public static RegionOutcome? RegionOf(DraftEvaluation evaluation, Domain.MemberId member)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Regions.FirstOrDefault(r => r.Region == member)
            ?? evaluation.Regions.FirstOrDefault(r => r.Lead == member)
            ?? evaluation.Regions.FirstOrDefault(r => r.Represented.Contains(member));
    }

    /// <summary>The focus member's name: its own name in the language when it is a WTO member of the dataset.</summary>
    public static string MemberName(ReportContext context, Domain.MemberId member, RegionOutcome region)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(region);
        return context.Dataset?.FindMember(member) is { } m ? m.NameIn(context.Text.Language.Code) : context.RegionName(region.Region, region.Name);
    }
}
