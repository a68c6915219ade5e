using Campo.Reports.Localization;

namespace Campo.Web.Api;

/// <summary>The language of a request: <c>?lang=</c>, then the <c>lang</c> cookie, then Accept-Language, then English.</summary>
public static class RequestLanguage
{
    /// <summary>The reader's language and its text.</summary>
    public static ReportText Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return ReportText.For(LanguageNegotiation.Choose(
            request.Query[LanguageNegotiation.Parameter],
            request.Cookies[LanguageNegotiation.Parameter],
            request.Headers.AcceptLanguage));
    }
}
