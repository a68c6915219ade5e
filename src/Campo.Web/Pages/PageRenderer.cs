using System.Globalization;
using Campo.Data;
using Campo.Reports;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Web.Drafts;
using Campo.Web.Runs;

namespace Campo.Web.Pages;

/// <summary>The values a form was filled with, so that a page with an error shows them again.</summary>
/// <param name="Draft">The chosen draft.</param>
/// <param name="Member">The chosen member.</param>
/// <param name="CompareWith">The second draft.</param>
/// <param name="Draws">The draws.</param>
/// <param name="Verdict">True when the verdict is to be judged in every draw.</param>
public sealed record FormValues(string? Draft, string? Member, string? CompareWith, int Draws, bool Verdict = false);

/// <summary>
/// The web pages, written on the server with the same HTML writer and report sections as the report files: the
/// form, a run's progress, a run's brief and charts. The only script polls a running run's progress.
/// </summary>
public static class PageRenderer
{
    /// <summary>The form page, with an error above it when a submission could not be run.</summary>
    public static string Index(ReportText text, ShippedDrafts drafts, Dataset dataset, FormValues values, string? error, string path = "/")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(values);
        var html = new HtmlBuilder();
        Header(html, text, path, title: true);
        html.Element("p", text[nameof(Strings.Web_Intro)]);
        html.Open("p").Element("a", text[nameof(Strings.Workbench_Open)], ("href", "/workbench?lang=" + text.Language.Code), ("id", "open-workbench")).Close();
        if (error is not null)
        {
            html.Open("div", ("class", "error"), ("role", "alert"), ("id", "error"));
            html.Element("strong", text[nameof(Strings.Web_Error)]);
            html.Text(" ");
            html.Element("span", error, ("class", "message"));
            html.Close();
        }

        html.Open("form", ("class", "run"), ("method", "post"), ("action", "/run?lang=" + text.Language.Code), ("enctype", "multipart/form-data"));
        html.Open("label").Text(text[nameof(Strings.Web_Draft)]);
        html.Open("select", ("name", "draft"), ("id", "draft"));
        Option(html, string.Empty, text[nameof(Strings.Web_NoUpload)], false);
        foreach (var draft in drafts.All.Where(d => d.Kind != "unreadable"))
        {
            Option(html, draft.Name, draft.Title, draft.Name == (values.Draft ?? "cancun-2003"));
        }

        html.Close().Close();
        html.Open("label").Text(text[nameof(Strings.Web_Upload)]);
        html.Void("input", ("type", "file"), ("name", "file"), ("id", "file"), ("accept", ".toml,text/plain"));
        html.Close();
        html.Open("label").Text(text[nameof(Strings.Web_Member)]);
        html.Open("select", ("name", "member"), ("id", "member"));
        Option(html, string.Empty, text[nameof(Strings.Web_NoMember)], values.Member is null);
        foreach (var member in dataset.Members.Where(m => m.Region is not null).OrderBy(m => m.NameIn(text.Language.Code), StringComparer.Create(text.Culture, ignoreCase: true)))
        {
            Option(html, member.Id.Code, member.NameIn(text.Language.Code) + " (" + member.Id.Code + ")", member.Id.Code == values.Member);
        }

        html.Close().Close();
        html.Open("label").Text(text[nameof(Strings.Web_CompareWith)]);
        html.Open("select", ("name", "compareWith"), ("id", "compareWith"));
        Option(html, string.Empty, text[nameof(Strings.Web_NoCompare)], values.CompareWith is null);
        foreach (var draft in drafts.All.Where(d => d.Kind != "unreadable"))
        {
            Option(html, draft.Name, draft.Title, draft.Name == values.CompareWith);
        }

        html.Close().Close();
        html.Open("label").Text(text[nameof(Strings.Web_Draws)]);
        html.Void("input", ("type", "number"), ("name", "draws"), ("id", "draws"), ("min", "0"), ("max", "1000"), ("value", values.Draws.ToString(CultureInfo.InvariantCulture)));
        html.Close();
        html.Open("label", ("class", "check"));
        html.Void("input", ("type", "checkbox"), ("name", "verdict"), ("id", "verdict"), ("value", "true"), ("checked", values.Verdict ? "checked" : null));
        html.Text(text[nameof(Strings.Web_Verdict)]);
        html.Close();
        html.Open("div");
        html.Element("button", text[nameof(Strings.Web_Run)], ("type", "submit"), ("id", "run"));
        html.Close();
        html.Close();
        Footer(html, text);
        return ReportDocument.Wrap(text, text[nameof(Strings.Web_Title)], html.ToString());
    }

    /// <summary>A run's page: progress while it runs (with a small polling script), the brief and charts when done, the error when it failed.</summary>
    public static string Run(ReportText text, RunJob job, RunSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(snapshot);
        var html = new HtmlBuilder();
        var path = "/runs/" + job.Id;
        Header(html, text, path, title: false);
        string? head = null;
        switch (snapshot.State)
        {
            case RunState.Done:
                var context = new ReportContext(text, RunQueue.Dataset, job.Run.Member);
                html.Raw(job.Comparison is { } comparison ? HtmlReports.Comparison.RenderSections(comparison, context) : HtmlReports.Draft.RenderSections(job.Evaluation!, context));
                html.Open("p", ("class", "downloads"));
                html.Element("a", text[nameof(Strings.Web_DownloadReport)], ("href", "/api/runs/" + job.Id + "/report?download=true&lang=" + text.Language.Code), ("id", "download-report"));
                html.Text(" · ");
                html.Element("a", text[nameof(Strings.Web_DownloadCsv)], ("href", "/api/runs/" + job.Id + "/results.csv"), ("id", "download-csv"));
                html.Text(" · ");
                html.Element("a", text[nameof(Strings.Web_DownloadWorkbook)], ("href", "/api/runs/" + job.Id + "/results.xlsx?lang=" + text.Language.Code), ("id", "download-xlsx"));
                html.Text(" · ");
                html.Element("a", text[nameof(Strings.Web_Json)], ("href", "/api/runs/" + job.Id + "/result"));
                html.Close();
                break;
            case RunState.Failed:
                html.Open("div", ("class", "error"), ("role", "alert"), ("id", "error"));
                html.Element("strong", text[nameof(Strings.Web_Failed)]);
                html.Text(" ");
                html.Element("span", snapshot.Error ?? string.Empty, ("class", "message"));
                html.Close();
                break;
            default:
                html.Open("div", ("id", "progress"), ("data-run", job.Id), ("aria-live", "polite"));
                html.Open("progress", ("max", "1"), ("value", snapshot.Progress.ToString("0.##", CultureInfo.InvariantCulture))).Close();
                html.Element("p", Status(text, snapshot), ("id", "status"), ("data-queued", text[nameof(Strings.Web_Queued)]), ("data-running", text[nameof(Strings.Web_Running)]));
                html.Open("noscript").Element("p", text[nameof(Strings.Web_NoScript)]).Close();
                html.Close();
                head = "<noscript><meta http-equiv=\"refresh\" content=\"3\" /></noscript><script>" + PollScript + "</script>";
                break;
        }

        html.Open("p").Element("a", text[nameof(Strings.Web_Again)], ("href", "/?lang=" + text.Language.Code)).Close();
        Footer(html, text);
        return ReportDocument.Wrap(text, text[nameof(Strings.Web_Title)], html.ToString(), head);
    }

    /// <summary>The progress line of a queued or running run.</summary>
    public static string Status(ReportText text, RunSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.State == RunState.Queued
            ? text[nameof(Strings.Web_Queued)]
            : text.Fill(nameof(Strings.Web_Running), snapshot.DraftsDone, snapshot.Drafts, Math.Round(snapshot.ElapsedSeconds));
    }

    // Polls the run's status every second, updates the bar and the line, and reloads the page when the run ends.
    private const string PollScript = """
        document.addEventListener("DOMContentLoaded", function () {
          var box = document.getElementById("progress"); if (!box) return;
          var bar = box.querySelector("progress"), line = document.getElementById("status");
          function poll() {
            fetch("/api/runs/" + box.dataset.run).then(function (r) { return r.json(); }).then(function (s) {
              if (s.state === "done" || s.state === "failed") { location.reload(); return; }
              bar.value = s.progress;
              line.textContent = s.state === "queued" ? line.dataset.queued
                : line.dataset.running.replace("{0}", s.draftsDone).replace("{1}", s.drafts).replace("{2}", Math.round(s.elapsedSeconds));
              setTimeout(poll, 1000);
            }).catch(function () { setTimeout(poll, 3000); });
          }
          setTimeout(poll, 500);
        });
        """;

    /// <summary>The languages bar and the site's name, as every page starts.</summary>
    internal static void Header(HtmlBuilder html, ReportText text, string path, bool title)
    {
        html.Open("nav", ("class", "languages"), ("aria-label", text[nameof(Strings.Web_Language)]));
        foreach (var language in ReportLanguage.All)
        {
            html.Element("a", language.NativeName, ("href", path + "?lang=" + language.Code), ("hreflang", language.Code), ("lang", language.Code), ("aria-current", language == text.Language ? "true" : null));
        }

        html.Close();
        html.Element(title ? "h1" : "p", text[nameof(Strings.Web_Title)], ("class", title ? "site" : "meta"));
    }

    private static void Footer(HtmlBuilder html, ReportText text) =>
        html.Open("p", ("class", "note")).Element("a", text[nameof(Strings.Web_Api)], ("href", "/openapi/v1.json")).Close();

    private static void Option(HtmlBuilder html, string value, string label, bool selected) =>
        html.Element("option", label, ("value", value), ("selected", selected ? "selected" : null));
}
