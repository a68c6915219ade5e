using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Web.Drafts;
using Campo.Web.Pages;

namespace Campo.Web.Workbench;

/// <summary>
/// The workbench page, written on the server: a form (GET, so that its address is the link that restores it) with
/// every number of the draft as a labelled control stating its range and provenance, and the results of the draft as
/// edited beside the draft as tabled. Without JavaScript the Recompute button submits the form; with it, a change
/// recomputes in place and the address follows.
/// </summary>
public static class WorkbenchPage
{
    /// <summary>The draws of the bands a user can ask for from the page (through the run queue): the default draws of <see cref="Defaults.Draws"/>.</summary>
    public const int BandDraws = Defaults.Draws;

    /// <summary>The whole page.</summary>
    public static string Render(ReportText text, WorkbenchState state, ShippedDrafts drafts, Dataset dataset, WorkbenchSearch? search = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(dataset);
        var html = new HtmlBuilder();
        PageRenderer.Header(html, text, "/workbench", title: false);
        html.Element("h1", text[nameof(Strings.Workbench_Title)]);
        html.Element("p", text[nameof(Strings.Workbench_Intro)]);
        html.Open("form", ("class", "workbench"), ("method", "get"), ("action", "/workbench"), ("id", "workbench"));
        html.Void("input", ("type", "hidden"), ("name", "lang"), ("value", text.Language.Code));
        html.Open("label").Text(text[nameof(Strings.Web_Draft)]);
        html.Open("select", ("name", "draft"), ("id", "draft"));
        foreach (var draft in drafts.All.Where(d => d.Kind == "multilateral"))
        {
            html.Element("option", draft.Title, ("value", draft.Name), ("selected", draft.Name == state.Query.Draft ? "selected" : null));
        }

        html.Close().Close();
        html.Open("label").Text(text[nameof(Strings.Web_Member)]);
        html.Open("select", ("name", "member"), ("id", "member"));
        html.Element("option", text[nameof(Strings.Web_NoMember)], ("value", string.Empty), ("selected", state.Query.Member is null ? "selected" : null));
        foreach (var member in dataset.Members.Where(m => m.Region is not null).OrderBy(m => m.NameIn(text.Language.Code), StringComparer.Create(text.Culture, ignoreCase: true)))
        {
            html.Element("option", member.NameIn(text.Language.Code) + " (" + member.Id.Code + ")", ("value", member.Id.Code), ("selected", member.Id == state.Query.Member ? "selected" : null));
        }

        html.Close().Close();
        Knobs(html, text, state);
        html.Open("div", ("class", "actions"));
        html.Element("button", text[nameof(Strings.Workbench_Recompute)], ("type", "submit"), ("id", "recompute"));
        html.Element("span", string.Empty, ("id", "workbench-status"), ("role", "status"), ("aria-live", "polite"), ("data-computing", text[nameof(Strings.Workbench_Computing)]));
        html.Close();
        html.Close();
        html.Open("div", ("id", "results"));
        html.Raw(Results(text, state, dataset, search));
        html.Close();
        return ReportDocument.Wrap(text, text[nameof(Strings.Workbench_Title)], html.ToString(), "<style>" + Style + WorkbenchSearchPage.Style + "</style><script>" + WorkbenchSearchPage.PollScript + Script + "</script>");
    }

    /// <summary>The results part alone (what a change replaces in place).</summary>
    public static string Results(ReportText text, WorkbenchState state, Dataset dataset, WorkbenchSearch? search = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(state);
        var html = new HtmlBuilder();
        var changes = state.Changes.Select(k => k.Parameter.Path + " " + Number(text, k.Parameter.Value) + " → " + Number(text, k.Value))
            .Concat(state.ChangedChoices.Select(c => c.Choice.Path + " " + c.Choice.Value + " → " + c.Value)).ToList();
        html.Open("section", ("class", "comparison"), ("aria-labelledby", "tabled-vs-edited"));
        html.Element("h2", text[nameof(Strings.Workbench_Comparison)], ("id", "tabled-vs-edited"));
        if (state.HasErrors)
        {
            html.Element("p", text[nameof(Strings.Workbench_ShowingTabled)], ("class", "error"), ("role", "alert"));
        }

        html.Element("p", changes.Count == 0
            ? text[nameof(Strings.Workbench_NoChanges)]
            : text.Fill(nameof(Strings.Workbench_Changes), string.Join("; ", changes)), ("id", "changes"));
        if (state.LeftOut.Count > 0)
        {
            html.Element("p", text.Fill(nameof(Strings.Workbench_LeftOut), string.Join(", ", state.LeftOut)), ("id", "left-out"));
        }

        html.Open("div", ("class", "table-wrap"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", "tabled-vs-edited"));
        html.Open("table", ("id", "comparison"));
        html.Open("thead").Open("tr");
        html.Element("th", string.Empty, ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_Tabled)], ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_Edited)], ("scope", "col"));
        html.Element("th", text[nameof(Strings.Workbench_Difference)], ("scope", "col"));
        html.Close().Close();
        html.Open("tbody");
        Welfare(html, text, text[nameof(Strings.Workbench_World)], state.Tabled.World, state.Edited.World, "world");
        if (state.Query.Member is { } focus
            && state.Tabled.Regions.FirstOrDefault(r => r.Region == focus || r.Represented.Contains(focus)) is { } before
            && state.Edited.Regions.FirstOrDefault(r => r.Region == before.Region) is { } after)
        {
            Welfare(html, text, focus.Code, before.Welfare, after.Welfare, "member");
        }

        html.Open("tr", ("id", "verdict-row"));
        html.Element("th", text[nameof(Strings.Verdict_Title)], ("scope", "row"));
        html.Element("td", Verdict(text, state.Tabled));
        html.Element("td", Verdict(text, state.Edited), ("id", "verdict-edited"));
        html.Element("td", string.Empty);
        html.Close();
        html.Close().Close().Close();
        html.Element("p", text[nameof(Strings.Workbench_Units)], ("class", "note"));
        Links(html, text, state);
        html.Close();
        Search(html, text, state, search);
        var context = new ReportContext(text, dataset, state.Query.Member);
        html.Raw(HtmlReports.Draft.RenderSections(state.Edited, context));
        return html.ToString();
    }

    /// <summary>
    /// The nearest passable draft: a link that starts the search of the draft as edited (its page shows the progress
    /// and the answer without scripts; with them it appears here in place), and the search's state when one was started.
    /// </summary>
    private static void Search(HtmlBuilder html, ReportText text, WorkbenchState state, WorkbenchSearch? search)
    {
        html.Open("section", ("class", "search"), ("aria-labelledby", "search-heading"));
        html.Element("h2", text[nameof(Strings.Workbench_Search)], ("id", "search-heading"));
        if (state.HasErrors)
        {
            html.Element("p", text[nameof(Strings.Workbench_SearchRefused)]);
            html.Close();
            return;
        }

        html.Element("p", text.Fill(nameof(Strings.Workbench_SearchIntro), WorkbenchSearches.Drafts, (int)WorkbenchSearches.Limit.TotalSeconds));
        var link = ShareLink(state, text.Language.Code).Replace("/workbench?", "/workbench/search?", StringComparison.Ordinal);
        html.Open("p").Element("a", text[nameof(Strings.Workbench_SearchStart)], ("href", link), ("id", "search-start"), ("class", "button")).Close();
        html.Open("div", ("id", "search-result"), ("aria-live", "polite"));
        if (search is not null)
        {
            html.Raw(WorkbenchSearchPage.Fragment(text, search));
        }

        html.Close();
        html.Close();
    }

    /// <summary>The link that restores the page: the draft, the member and only the changed knobs.</summary>
    public static string ShareLink(WorkbenchState state, string language)
    {
        ArgumentNullException.ThrowIfNull(state);
        var parts = new List<string> { "draft=" + Uri.EscapeDataString(state.Query.Draft) };
        if (state.Query.Member is { } member)
        {
            parts.Add("member=" + member.Code);
        }

        parts.AddRange(state.Changes.Select(k => Uri.EscapeDataString(WorkbenchQuery.KnobPrefix + k.Parameter.Path) + "=" + Uri.EscapeDataString(k.Text)));
        parts.AddRange(state.ChangedChoices.Select(c => Uri.EscapeDataString(WorkbenchQuery.KnobPrefix + c.Choice.Path) + "=" + Uri.EscapeDataString(c.Value)));
        parts.Add("lang=" + language);
        return "/workbench?" + string.Join("&", parts);
    }

    private static void Knobs(HtmlBuilder html, ReportText text, WorkbenchState state)
    {
        html.Element("h2", text[nameof(Strings.Workbench_Knobs)]);
        var controls = state.Knobs.Select(k => (Path: k.Parameter.Path, Line: k.Parameter.Location.Line ?? 0, Knob: (object)k))
            .Concat(state.Choices.Select(c => (Path: c.Choice.Path, Line: c.Choice.Location.Line ?? 0, Knob: (object)c)))
            .OrderBy(c => c.Line);
        foreach (var section in controls.GroupBy(c => Section(c.Path)))
        {
            html.Open("fieldset", ("class", "knobs"));
            html.Element("legend", section.Key);
            foreach (var control in section)
            {
                if (control.Knob is ChoiceKnob choice)
                {
                    Choice(html, text, state, choice);
                    continue;
                }

                var knob = (Knob)control.Knob;
                var id = ControlId(knob.Parameter.Path);
                var range = knob.Parameter.Range;
                var help = id + "-help";
                var error = id + "-error";
                html.Open("div", ("class", knob.Changed ? "knob changed" : "knob"));
                html.Element("label", Label(knob.Parameter.Path), ("for", id));
                html.Void(
                    "input",
                    ("type", "number"),
                    ("id", id),
                    ("name", WorkbenchQuery.KnobPrefix + knob.Parameter.Path),
                    ("value", knob.Text),
                    ("step", range is { WholeNumbers: true } ? "1" : "any"),
                    ("min", range is null ? null : range.Min.ToString("R", CultureInfo.InvariantCulture)),
                    ("max", range is null ? null : range.Max.ToString("R", CultureInfo.InvariantCulture)),
                    ("data-tabled", knob.Parameter.Value.ToString("R", CultureInfo.InvariantCulture)),
                    ("aria-describedby", knob.Refusal is null ? help : help + " " + error),
                    ("aria-invalid", knob.Refusal is null ? null : "true"));
                html.Open("small", ("id", help));
                if (range is not null)
                {
                    html.Text(text.Fill(nameof(Strings.Workbench_Range), RangeText(text, range)) + " · ");
                }

                html.Text(Provenance(text, knob.Parameter.Provenance));
                html.Close();
                if (knob.Refusal is not null)
                {
                    html.Element("p", text.Fill(nameof(Strings.Workbench_Refused), Refusal(text, knob)), ("id", error), ("class", "error"), ("role", "alert"));
                }

                html.Close();
            }

            html.Close();
        }
    }

    /// <summary>A choice among named values as a labelled list: the names the reader accepts, the tabled one stated, a refusal at the control.</summary>
    private static void Choice(HtmlBuilder html, ReportText text, WorkbenchState state, ChoiceKnob choice)
    {
        var id = ControlId(choice.Choice.Path);
        var help = id + "-help";
        var error = id + "-error";
        html.Open("div", ("class", choice.Changed ? "knob choice changed" : "knob choice"));
        html.Element("label", Label(choice.Choice.Path), ("for", id));
        html.Open(
            "select",
            ("id", id),
            ("name", WorkbenchQuery.KnobPrefix + choice.Choice.Path),
            ("data-tabled", choice.Choice.Value),
            ("aria-describedby", choice.Refusal is null ? help : help + " " + error),
            ("aria-invalid", choice.Refusal is null ? null : "true"));
        foreach (var name in choice.Choice.Allowed)
        {
            html.Element("option", name, ("value", name), ("selected", name == choice.Value ? "selected" : null));
        }

        html.Close();
        html.Element(
            "small",
            text.Fill(nameof(Strings.Workbench_ChoiceHelp), string.Join(", ", choice.Choice.Allowed), choice.Choice.Value, state.Query.Draft + ".toml", (choice.Choice.Location.Line ?? 0).ToString(CultureInfo.InvariantCulture)),
            ("id", help));
        if (choice.Refusal is not null)
        {
            html.Element("p", text.Fill(nameof(Strings.Workbench_Refused), ChoiceRefusal(text, choice)), ("id", error), ("class", "error"), ("role", "alert"));
        }

        html.Close();
    }

    /// <summary>Why a choice was refused, in the reader's language, with the names allowed.</summary>
    public static string ChoiceRefusal(ReportText text, ChoiceKnob choice)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choice);
        return choice.Refusal?.Problem == KnobProblem.NotAChoice
            ? text.Fill(nameof(Strings.Workbench_NotAChoice), choice.Value, string.Join(", ", choice.Choice.Allowed))
            : choice.Refusal?.ReaderMessage ?? string.Empty;
    }

    private static string ControlId(string path) => "k-" + path.Replace('.', '-').Replace('[', '-').Replace("]", string.Empty, StringComparison.Ordinal);

    /// <summary>Why a knob was refused, in the reader's language, with the range where there is one.</summary>
    public static string Refusal(ReportText text, Knob knob)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knob);
        return knob.Refusal?.Problem switch
        {
            KnobProblem.NotANumber => text.Fill(nameof(Strings.Workbench_NotANumber), knob.Typed),
            KnobProblem.OutOfRange when knob.Parameter.Range is { } range => text.Fill(nameof(Strings.Workbench_OutOfRange), knob.Text, RangeText(text, range)),
            _ => knob.Refusal?.ReaderMessage ?? string.Empty,
        };
    }

    /// <summary>The range as the control states it: "from 0 to 100 %", "a whole number from 1 to 20" (numbers as the control takes them).</summary>
    public static string RangeText(ReportText text, ParameterRange range)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(range);
        var from = range.Min.ToString("G", CultureInfo.InvariantCulture);
        var to = range.Max.ToString("G", CultureInfo.InvariantCulture);
        var words = text.Fill(range.WholeNumbers ? nameof(Strings.Workbench_RangeWhole) : nameof(Strings.Workbench_RangeFrom), from, to);
        return range.Unit.Length > 0 ? words + " " + range.Unit : words;
    }

    private static void Welfare(HtmlBuilder html, ReportText text, string who, WelfareFigures before, WelfareFigures after, string id)
    {
        (string Key, Func<WelfareFigures, double> Of)[] rows =
        [
            (nameof(Strings.Col_Farmers), w => w.ProducerSurplus),
            (nameof(Strings.Col_Consumers), w => w.ConsumerSurplus),
            (nameof(Strings.Col_Treasury), w => w.Government),
            (nameof(Strings.Workbench_Total), w => w.Total),
        ];
        foreach (var (key, of) in rows)
        {
            html.Open("tr", ("id", id + "-" + key.Split('_')[^1].ToLowerInvariant()));
            html.Element("th", who + ": " + text[key], ("scope", "row"));
            html.Element("td", text.Format.Money(of(before)));
            html.Element("td", text.Format.Money(of(after)));
            html.Element("td", text.Format.Money(of(after) - of(before)));
            html.Close();
        }
    }

    private static string Verdict(ReportText text, DraftEvaluation evaluation) => evaluation.Negotiation is { } n
        ? n.Verdict.Passes
            ? text[nameof(Strings.Workbench_Passes)]
            : text.Fill(nameof(Strings.Workbench_Fails), n.Verdict.Objecting, n.Members.Count)
        : text[nameof(Strings.Workbench_NoVerdict)];

    private static void Links(HtmlBuilder html, ReportText text, WorkbenchState state)
    {
        var share = ShareLink(state, text.Language.Code);
        html.Open("p", ("class", "downloads"));
        html.Element("a", text[nameof(Strings.Workbench_Share)], ("href", share), ("id", "share"));
        html.Text(" · ");
        html.Element("a", text[nameof(Strings.Workbench_Download)], ("href", share.Replace("/workbench?", "/workbench/draft.toml?", StringComparison.Ordinal)), ("id", "download-toml"), ("download", state.Query.Draft + "-edited.toml"));
        html.Close();
        html.Open("form", ("method", "post"), ("action", "/run?lang=" + text.Language.Code), ("enctype", "multipart/form-data"), ("class", "bands"));
        html.Element("textarea", state.ScenarioText, ("name", "scenario"), ("hidden", "hidden"), ("aria-hidden", "true"));
        html.Void("input", ("type", "hidden"), ("name", "fileName"), ("value", state.Query.Draft + "-edited.toml"));
        html.Void("input", ("type", "hidden"), ("name", "member"), ("value", state.Query.Member?.Code ?? string.Empty));
        html.Void("input", ("type", "hidden"), ("name", "draws"), ("value", BandDraws.ToString(CultureInfo.InvariantCulture)));
        html.Void("input", ("type", "hidden"), ("name", "verdict"), ("value", "true"));
        html.Element("button", text.Fill(nameof(Strings.Workbench_Bands), BandDraws), ("type", "submit"), ("id", "bands"));
        html.Close();
    }

    private static string Provenance(ReportText text, Provenance provenance) => provenance.Reliability switch
    {
        Reliability.Assumption => text[nameof(Strings.Reliability_Assumption)] + ": " + provenance.Source,
        Reliability.ToVerify => text[nameof(Strings.Reliability_ToVerify)] + ": " + provenance.Source,
        _ => provenance.Source,
    };

    private static string Section(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path[..dot];
    }

    private static string Label(string path) => path[(path.LastIndexOf('.') + 1)..].Replace('_', ' ');

    private static string Number(ReportText text, double value) => value.ToString("0.###", text.Culture);

    private const string Style = """
        form.workbench fieldset.knobs { border: 1px solid #767676; margin: 0.6em 0; padding: 0.4em 0.8em; }
        form.workbench .knob { display: grid; grid-template-columns: minmax(8em, 14em) 8em; gap: 0.2em 0.8em; align-items: center; margin: 0.3em 0; }
        form.workbench .knob small { grid-column: 1 / -1; color: #333; }
        form.workbench .knob.changed input { border: 2px solid #1a4f8b; }
        form.workbench .knob p.error { grid-column: 1 / -1; margin: 0; }
        form.workbench input[aria-invalid="true"] { border: 2px solid #a00000; }
        #comparison td { text-align: right; }
        form.workbench select { max-width: 100%; }
        p, li, small, dd, h1, h2, h3, legend, label { overflow-wrap: break-word; }
        @media (max-width: 480px) { form.workbench .knob { grid-template-columns: 1fr; } form.workbench input, form.workbench select { width: 100%; } }
        """;

    // Recomputes in place when a knob or a choice changes (after a short pause), keeps the address as the share link,
    // and never blocks the page: a newer change supersedes a pending answer, and a change event that leaves the draft as
    // shown (a field left after its change was answered) asks nothing. The search starts for the draft as the form holds
    // it (not as last shown), and stays in place when the figures of a change arrive after it started: their part is
    // rendered by the server, which may not know the search yet, so the search's part is asked for again (starting a
    // search is idempotent). Without JavaScript, Recompute submits.
    private const string Script = """
        document.addEventListener("DOMContentLoaded", function () {
          var form = document.getElementById("workbench"), results = document.getElementById("results");
          var status = document.getElementById("workbench-status");
          if (!form || !results || !window.fetch) return;
          var timer = null, latest = 0, searched = null;
          function current() { return new URLSearchParams(new FormData(form)).toString(); }
          var shown = current();
          function showSearch(query) {
            fetch("/workbench/search?" + query + "&partial=1").then(function (r) { return r.text(); })
              .then(function (t) {
                if (searched !== query) return;
                var box = document.getElementById("search-result");
                if (!box) return;
                box.innerHTML = t;
                if (window.campoPollSearch) window.campoPollSearch(box);
              })
              .catch(function () { if (searched === query) window.location = "/workbench/search?" + query; });
          }
          function recompute() {
            if (!form.checkValidity()) { form.reportValidity(); return; }
            var query = current(), asked = ++latest;
            if (query === shown) { status.textContent = ""; return; }
            status.textContent = status.dataset.computing;
            fetch("/workbench?" + query + "&partial=1").then(function (r) { return r.text().then(function (t) { return { ok: r.ok, text: t }; }); })
              .then(function (answer) {
                if (asked !== latest) return;
                if (!answer.ok) { window.location = "/workbench?" + query; return; }
                results.innerHTML = answer.text;
                shown = query;
                var share = document.getElementById("share");
                if (share) history.replaceState(null, "", share.getAttribute("href"));
                var box = document.getElementById("search-result");
                if (box && searched === query && !box.querySelector("[data-poll], #search-answer")) showSearch(query);
                else if (box && window.campoPollSearch) window.campoPollSearch(box);
                status.textContent = "";
              }).catch(function () { if (asked === latest) status.textContent = ""; });
          }
          form.addEventListener("change", function (e) {
            if (e.target && (e.target.name === "draft")) { form.submit(); return; }
            clearTimeout(timer); timer = setTimeout(recompute, 300);
          });
          form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); recompute(); });
          results.addEventListener("click", function (e) {
            var start = e.target && e.target.closest ? e.target.closest("#search-start") : null;
            var box = document.getElementById("search-result");
            if (!start || !box) return;
            e.preventDefault();
            if (!form.checkValidity()) { form.reportValidity(); return; }
            searched = current();
            box.textContent = status.dataset.computing;
            showSearch(searched);
          });
        });
        """;
}
