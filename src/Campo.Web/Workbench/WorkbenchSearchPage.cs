using System.Globalization;
using Campo.Negotiation;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Web.Pages;

namespace Campo.Web.Workbench;

/// <summary>
/// The nearest passable draft, written on the server: while the search runs, its progress (drafts judged of the
/// sample) and, for a page without scripts, a link that shows it again; once done, each searched parameter with the
/// edited draft's value, the nearest passable draft's and the move between them, and the verdict there. With scripts
/// the workbench polls <see cref="Fragment"/> in place.
/// </summary>
public static class WorkbenchSearchPage
{
    /// <summary>The address of a search's page.</summary>
    public static string Address(WorkbenchSearch search, string language, bool partial = false)
    {
        ArgumentNullException.ThrowIfNull(search);
        return "/workbench/search/" + search.Id + "?lang=" + language + (partial ? "&partial=1" : string.Empty);
    }

    /// <summary>The workbench link of the searched draft (the draft and its changes).</summary>
    public static string Workbench(WorkbenchSearch search, string language)
    {
        ArgumentNullException.ThrowIfNull(search);
        var parts = new List<string> { "draft=" + Uri.EscapeDataString(search.Draft) };
        foreach (var assignment in search.Assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            parts.Add(Uri.EscapeDataString(WorkbenchQuery.KnobPrefix + assignment[..equals]) + "=" + Uri.EscapeDataString(assignment[(equals + 1)..]));
        }

        parts.Add("lang=" + language);
        return "/workbench?" + string.Join("&", parts);
    }

    /// <summary>The whole page of a search.</summary>
    public static string Render(ReportText text, WorkbenchSearch search)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(search);
        var html = new HtmlBuilder();
        PageRenderer.Header(html, text, "/workbench/search", title: false);
        html.Element("h1", text[nameof(Strings.Workbench_Search)]);
        html.Element("p", search.Assignments.Count == 0
            ? search.Draft + ": " + text[nameof(Strings.Workbench_NoChanges)]
            : search.Draft + ": " + text.Fill(nameof(Strings.Workbench_Changes), string.Join("; ", search.Assignments)));
        html.Open("div", ("id", "search-result"), ("aria-live", "polite"));
        html.Raw(Fragment(text, search));
        html.Close();
        html.Open("p").Element("a", text[nameof(Strings.Workbench_SearchBack)], ("href", Workbench(search, text.Language.Code)), ("id", "search-back")).Close();
        // Without scripts a running search's page refreshes itself (as a run's page does); with them, it is polled in place.
        var refresh = search.Finished ? string.Empty : "<noscript><meta http-equiv=\"refresh\" content=\"3\" /></noscript>";
        return ReportDocument.Wrap(text, text[nameof(Strings.Workbench_Search)], html.ToString(), refresh + "<style>" + Style + "</style><script>" + PollScript + "</script>");
    }

    /// <summary>The search's state: its progress while it runs, its answer once done.</summary>
    public static string Fragment(ReportText text, WorkbenchSearch search)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(search);
        var html = new HtmlBuilder();
        if (!search.Finished)
        {
            var judged = search.Judged;
            html.Open("div", ("class", "search-progress"), ("id", "search-progress"), ("data-poll", Address(search, text.Language.Code, partial: true)));
            var words = search.Stage switch
            {
                SearchStage.Queued => text[nameof(Strings.Workbench_SearchQueued)],
                SearchStage.Refining => text[nameof(Strings.Workbench_SearchRefining)],
                _ => text.Fill(nameof(Strings.Workbench_SearchRunning), judged, search.Drafts),
            };
            html.Element("p", words, ("id", "search-stage"));
            html.Element("progress", judged + " / " + search.Drafts, ("max", search.Drafts.ToString(CultureInfo.InvariantCulture)), ("value", judged.ToString(CultureInfo.InvariantCulture)), ("aria-labelledby", "search-stage"));
            html.Open("p").Element("a", text[nameof(Strings.Workbench_SearchRefresh)], ("href", Address(search, text.Language.Code)), ("id", "search-refresh")).Close();
            html.Close();
            return html.ToString();
        }

        html.Open("div", ("class", "search-answer"), ("id", "search-answer"), ("data-stage", search.Stage.ToString().ToLowerInvariant()));
        switch (search.Stage)
        {
            case SearchStage.TimedOut:
                html.Element("p", text.Fill(nameof(Strings.Workbench_SearchTimedOut), (int)WorkbenchSearches.Limit.TotalSeconds), ("class", "error"), ("role", "alert"));
                break;
            case SearchStage.Failed:
                html.Element("p", text.Fill(nameof(Strings.Workbench_SearchFailed), search.Error?.Message ?? string.Empty), ("class", "error"), ("role", "alert"));
                break;
            default:
                Answer(html, text, search, search.Report!);
                break;
        }

        html.Close();
        return html.ToString();
    }

    private static void Answer(HtmlBuilder html, ReportText text, WorkbenchSearch search, DraftSearchReport report)
    {
        var found = report.Refined ?? report.Nearest;
        var shown = found ?? report.Closest;
        html.Element("p", report.Tabled.Passes
            ? text.Fill(nameof(Strings.Workbench_SearchPassesAsEdited), report.Passable, report.Converged, Number(text, search.Seconds, "0.0"))
            : found is not null
            ? text.Fill(nameof(Strings.Workbench_SearchFound), Number(text, found.Distance, "0.00"), report.Passable, report.Converged, Number(text, search.Seconds, "0.0"))
            : text.Fill(nameof(Strings.Workbench_SearchNone), report.Drafts, shown.Objecting, Number(text, search.Seconds, "0.0")), ("id", "search-summary"));
        html.Open("div", ("class", "table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", "search-caption"));
        html.Open("table", ("id", "search-table"));
        html.Element("caption", text[found is not null ? nameof(Strings.Workbench_SearchCaptionFound) : nameof(Strings.Workbench_SearchCaptionClosest)], ("id", "search-caption"));
        html.Open("thead").Open("tr");
        html.Element("th", text[nameof(Strings.Workbench_SearchParameter)], ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_SearchRange)], ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_Edited)], ("scope", "col"));
        html.Element("th", text[found is not null ? nameof(Strings.Workbench_SearchNearest) : nameof(Strings.Workbench_SearchClosest)], ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_SearchMove)], ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_SearchPassable)], ("scope", "col"));
        html.Close().Close();
        html.Open("tbody");
        for (var d = 0; d < report.Dimensions.Count; d++)
        {
            var dimension = report.Dimensions[d];
            var value = shown.Values[d];
            html.Open("tr", ("data-knob", dimension.Name));
            html.Element("th", KnobName(text, search.Dimensions[d].Knob), ("scope", "row"));
            html.Element("td", Number(text, dimension.Low) + " – " + Number(text, dimension.High));
            html.Element("td", dimension.Tabled is { } tabled ? Number(text, tabled) : text[nameof(Strings.Workbench_SearchNone_Value)]);
            html.Element("td", Number(text, value));
            html.Element("td", dimension.Tabled is { } from ? Signed(text, value - from) : string.Empty, ("class", "move"));
            html.Element("td", dimension.PassableLow is { } low && dimension.PassableHigh is { } high ? Number(text, low) + " – " + Number(text, high) : "—");
            html.Close();
        }

        html.Close().Close().Close();
        html.Element("p", text.Fill(nameof(Strings.Workbench_SearchVerdict), shown.Passes ? text[nameof(Strings.Workbench_Passes)] : text.Fill(nameof(Strings.Workbench_SearchObjecting), shown.Objecting)), ("id", "search-verdict"));
        if (!shown.Passes && shown.Blocking.Count > 0)
        {
            html.Element("p", text.Fill(nameof(Strings.Workbench_SearchBlocking), string.Join(", ", shown.Blocking.Select(m => m.Code))), ("class", "note"));
        }

        html.Element("p", text.Fill(nameof(Strings.Workbench_SearchMethod), report.Drafts), ("class", "note"));
    }

    /// <summary>A searched parameter's name and unit in the reader's language.</summary>
    public static string KnobName(ReportText text, DraftKnob knob)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[knob switch
        {
            DraftKnob.Swiss => nameof(Strings.Workbench_SearchSwiss),
            DraftKnob.Cuts => nameof(Strings.Workbench_SearchCuts),
            DraftKnob.Cap => nameof(Strings.Workbench_SearchCap),
            DraftKnob.Special => nameof(Strings.Workbench_SearchSpecial),
            DraftKnob.Sdt => nameof(Strings.Workbench_SearchSdt),
            _ => nameof(Strings.Workbench_SearchSupport),
        }];
    }

    private static string Number(ReportText text, double value, string format = "0.#") => value.ToString(format, text.Culture);

    private static string Signed(ReportText text, double value) => Math.Abs(value) < 0.05 ? "0" : (value > 0 ? "+" : "−") + Number(text, Math.Abs(value));

    /// <summary>The style of the search's parts (on the workbench and on its own page).</summary>
    public const string Style = """
        #search-table td { text-align: right; }
        .search-progress progress { width: 100%; max-width: 24em; height: 1.2em; }
        """;

    /// <summary>
    /// Polls a running search's part in place (the page works without it: its refresh link shows the progress). A loop
    /// stops when its part is no longer in the box (replaced by a newer part, which is polled by whoever put it there),
    /// so that an older answer never overwrites a newer one.
    /// </summary>
    public const string PollScript = """
        (function () {
          function poll(box) {
            var running = box.querySelector("[data-poll]");
            if (!running || !window.fetch) return;
            setTimeout(function () {
              if (!box.contains(running)) return;
              fetch(running.getAttribute("data-poll")).then(function (r) { return r.text(); })
                .then(function (t) { if (!box.contains(running)) return; box.innerHTML = t; poll(box); })
                .catch(function () { if (box.contains(running)) poll(box); });
            }, 700);
          }
          window.campoPollSearch = poll;
          document.addEventListener("DOMContentLoaded", function () {
            var box = document.getElementById("search-result");
            if (box) poll(box);
          });
        })();
        """;
}
