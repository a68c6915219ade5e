using Campo.Reports.Localization;

namespace Campo.Reports.Html;

/// <summary>The shell of every Campo document (report files and web pages): language, title, inline styles.</summary>
public static class ReportDocument
{
    /// <summary>The styles: readable on screen and on paper, no web fonts, no network.</summary>
    public const string Styles = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;max-width:62rem;margin:0 auto;padding:1rem 1.25rem;line-height:1.45}
        h1{font-size:1.6rem;margin:.2rem 0 .4rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #01665e;padding-bottom:.2rem}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        .meta{color:#555;font-size:.9rem}.brief p{font-size:1.08rem}.brief .lead{font-size:1.2rem;font-weight:600}
        div.table-wrap{overflow-x:auto;margin:.6rem 0 1rem}table{border-collapse:collapse;font-size:.9rem;width:100%}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}th{text-align:left;background:#f4f4f4}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .gain{color:#01665e}.loss{color:#8c510a}
        svg.chart{width:100%;height:auto;max-width:60rem;display:block;margin:.5rem 0}
        details{margin:.4rem 0 1rem}summary{cursor:pointer;color:#01665e}
        dl.glossary dt{font-weight:600;margin-top:.6rem}dl.glossary dd{margin-left:1rem}
        .note{color:#555;font-size:.88rem}.error{border-left:4px solid #8c510a;background:#fbf3e6;padding:.6rem .8rem}
        form.run{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem 1rem;background:#f6f8f7;padding:1rem;border-radius:6px}
        form.run label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}form.run label.check{flex-direction:row;align-items:center;gap:.4rem}
        p.verdict{font-size:1.15rem;font-weight:600}ul.caveats li{margin:.25rem 0}
        form.run button{padding:.5rem 1rem;background:#01665e;color:#fff;border:0;border-radius:4px;font-size:1rem;cursor:pointer}
        nav.languages a{margin-right:.6rem}progress{width:100%}
        @page{size:A4;margin:14mm 12mm}
        @media print{body{max-width:none;padding:0;font-size:10pt}nav.languages,form.run,p.downloads{display:none}div.table-wrap{overflow:visible}table{font-size:8pt}td,th{padding:.12rem .25rem}th,th.num{white-space:normal}td{overflow-wrap:anywhere}td.num{overflow-wrap:normal}thead{display:table-header-group}tr,svg.chart{page-break-inside:avoid}details{display:block}summary{display:none}h2{page-break-after:avoid}}
        """;

    /// <summary>A complete document around a body.</summary>
    /// <param name="text">The language (sets <c>lang</c> and the footer).</param>
    /// <param name="title">The title.</param>
    /// <param name="body">The body's markup, built by Campo's writers.</param>
    /// <param name="head">Extra markup for the head (a page's script), or null.</param>
    public static string Wrap(ReportText text, string title, string body, string? head = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new HtmlBuilder();
        html.Raw("<!DOCTYPE html>\n");
        html.Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", text.Language.Code));
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", title);
        html.Raw("<style>" + Styles + "</style>"); // raw text: CSS holds no markup
        if (head is not null)
        {
            html.Raw(head);
        }

        html.Close();
        html.Open("body");
        html.Raw(body);
        html.Open("footer", ("class", "note"));
        html.Text(text[nameof(Strings.Footer_MadeWith)]);
        html.Close();
        html.Close();
        html.Close();
        return html.ToString();
    }
}
